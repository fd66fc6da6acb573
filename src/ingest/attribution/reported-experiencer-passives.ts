/**
 * A participle of feeling before "by": `Trump was delighted by the controversy`, `Many voters were taken aback by how far
 * the race has gone`, `She seemed put off by the questions`. Unlike a passive of saying (`was criticized by X`, where the
 * agent is the source), the subject holds the stance and the agent after "by" is what it is about: the subject is the
 * source, the agent phrase the content, up to a comma or a clause's opening word. The participles are listed in
 * `lexicon/experiencer-participles.json`; a negation before the participle, or "by" before an -ing form (a means), reads
 * nothing. Pure; no I/O; one scan of the sentence, gated on " by ".
 */
import { alternation } from '../lexicon';
import type { Range } from '../text';
import type { Cue } from './reported-content';
import { trimRange } from './reported-content';
import type { NominalDraft } from './reported-nominal';
import { type ReportedContext, sourceBefore } from './reported-sources';
import lexicon from '../lexicon/experiencer-participles.json';

/** A form of "be" or a linking verb, up to three adverbs, a listed participle, "by". Group 1: the verb group; 2: the participle. */
const EXPERIENCER_RE = new RegExp(
  `(?<![\\p{L}\\p{N}’'-])((?:(?:is|was|are|were|be|been|being|get|gets|got|gotten|seem|seems|seemed|appear|appears|appeared|became|become|becomes|remain|remains|remained|feel|feels|felt)\\s+)(?:(?:\\p{Ll}+ly|also|so|very|more|less|not|never|still|once|all|both|too|even|especially)\\s+){0,3})(${alternation(
    lexicon.participles.map((p) => p.replace(/ /g, '\\s+')),
  )})\\s+by\\s+(?!\\p{Ll}+ing\\b)`,
  'giu',
);
/** A negation in the verb group: no feeling is reported. */
const NEGATED_RE = /\b(?:not|never)\b|n['’]t\b/iu;
/** Where what the feeling is about ends: a comma or a clause's opening word. */
const ABOUT_END_RE = /[,;:—–()]|\s(?:and\s+(?:is|was|are|were|has|had|said|says)|but|because|when|while|after|before|since|who|which)\b|[.?!]["”]?\s*$/u;

/** The stances of feeling in a sentence whose object follows "by". */
export function experiencerPassiveCues(ctx: ReportedContext, p: number, text: string, sentence: Range, outside: (i: number) => boolean): NominalDraft[] {
  const out: NominalDraft[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  if (!slice.includes(' by ')) return out;
  for (const m of slice.matchAll(EXPERIENCER_RE)) {
    const at = sentence.start + m.index;
    if (!outside(at) || NEGATED_RE.test(m[1]) || /n['’]t\s*$/u.test(text.slice(Math.max(sentence.start, at - 4), at))) continue;
    const source = sourceBefore(ctx, p, text, sentence, at);
    if (!source || (!source.found && !source.text)) continue;
    const from = at + m[0].length;
    const rest = text.slice(from, sentence.end);
    const content = trimRange(text, { start: from, end: from + (ABOUT_END_RE.exec(rest)?.index ?? rest.length) });
    if (content.end <= content.start) continue;
    const cueAt = at + m[1].length;
    const cue: Cue = { at: cueAt, end: cueAt + m[2].length, word: m[2].toLowerCase(), phrase: `${m[1]}${m[2]} by`, phraseStart: at };
    out.push({ content, cue, source: source.found, sourceText: source.found ? null : source.text, sourceAt: source.start, clauseAt: source.start });
  }
  return out;
}
