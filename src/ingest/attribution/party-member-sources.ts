/**
 * A party credited where the sentence names only its members ("Republicans wanted …", "the backing of many Democrats",
 * "led Republicans to say"): the source is the members as written, not the party organization. Pure; no I/O; one walk
 * over the sentence's mentions.
 */
import type { Range } from '../text';
import { firstMentionFrom } from './context';
import type { ReportedAttribution } from './reported-attribution';
import { partyMembers } from './reported-named-subjects';
import type { ReportedContext } from './reported-source-types';

/**
 * The attribution with its source as the members as written, when the source is an organization every mention of
 * which in the sentence is a plural of members (the nearest to the source's place taken); else the attribution unchanged.
 */
export function membersAsWritten(ctx: ReportedContext, p: number, text: string, sentence: Range, a: ReportedAttribution): ReportedAttribution {
  const ref = a.source?.speaker;
  if (!ref || ref.type !== 'organization') return a;
  const mentions = ctx.mentions[p];
  let best: { text: string; start: number } | null = null;
  for (let k = firstMentionFrom(mentions, sentence.start); k < mentions.length && mentions[k].start < sentence.end; k++) {
    const m = mentions[k];
    if (m.type !== 'organization' || m.entity !== ref.index) continue;
    const members = partyMembers(text, m);
    // "the Republican Party …, Republicans …": a sentence naming the party itself keeps it.
    if (members === null || members.text === null) return a;
    if (best === null || Math.abs(members.start - a.sourceAt) < Math.abs(best.start - a.sourceAt)) best = { text: members.text, start: members.start };
  }
  return best === null ? a : { ...a, source: null, sourceText: best.text, sourceAt: best.start };
}
