/**
 * `Holt seemed to …`, `She appeared to …`, `The council seems to …`: a raising verb whose subject is a person or an
 * organization the text names or refers to gives it as the source of what follows (the impression is of what it said
 * or did); any other subject (`The plan seemed to …`), a hearsay adverb or "expected" keeps no source. One look-up
 * per cue.
 */
import type { Range } from '../text';
import type { PassiveDraft } from './reported-passive';
import type { ReportedContext } from './reported-sources';

/** A cue of seeming or appearing, auxiliaries and adverbs allowed before it. */
const SEEM_RE = /(?:^|\s)(?:seem|seems|seemed|appear|appears|appeared)$/iu;

/** The drafts, a raising verb's given the person or organization its subject names as source. */
export function raisedSubjectSources(ctx: ReportedContext, p: number, sentence: Range, drafts: PassiveDraft[]): PassiveDraft[] {
  return drafts.map((d) => {
    if (d.source !== null || !SEEM_RE.test(d.cue.phrase) || d.content.start >= d.cue.at) return d;
    const found = ctx.subjectBefore(p, sentence.start, d.cue.at);
    return found ? { ...d, source: found } : d;
  });
}
