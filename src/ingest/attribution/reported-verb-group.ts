/**
 * The auxiliaries and adverbs between a subject and its verb cue: the listed ones (`has repeatedly said`, `continued to
 * insist`), and any adverb in -ly or of frequency among them (`has vigorously denied`, `have always maintained`, `has
 * not yet responded to`, `have in the past said`; `lexicon/verb-group-adverbs.json`). Pure; no I/O; reads the bounded
 * words before a cue.
 */
import { NOT_ADVERBS_IN_LY_ALT } from '../lexicon';
import groupAdverbs from '../lexicon/verb-group-adverbs.json';
import { suffixMatcher } from './cue-scan';
import { lastLetterRuns } from './word-presence';
import { spentTimeBefore } from './reported-spent-time';
import { auxAsideBefore } from './reported-aux-asides';

/**
 * An adverb in -ly written in lower case (`vigorously`, `plainly`; not `family`, `rally`: lexicon/not-adverbs-in-ly.json,
 * nor a name, `Kelly`; nor a hedge that leaves the verb a guess: `would probably recognize`, `hardly expected`), or a
 * listed adverb of frequency or time, ending the text.
 */
const ADVERB_BEFORE_RE = new RegExp(`(?:\\b(?!(?:${NOT_ADVERBS_IN_LY_ALT}|${groupAdverbs.hedges.join('|')})\\b)[a-z]{2,}ly|\\b(?:${groupAdverbs.adverbs.join('|')}))\\s+$`, 'u');
/** The last run of letters of each listed adverb: with a word in -ly, what the text before ADVERB_BEFORE_RE's closing space ends in. */
const ADVERB_LAST_RUNS = lastLetterRuns(groupAdverbs.adverbs);
const adverbBefore = suffixMatcher(ADVERB_BEFORE_RE, /[a-z\s]/, (run) => run.endsWith('ly') || ADVERB_LAST_RUNS.has(run));

/** A verb a participle cue may follow as its clause's verb, and adverbs after it ("has lately started asking", "began urging"). */
const CATENATIVE_BEFORE_RE = new RegExp(String.raw`\b(?:${groupAdverbs.catenatives.join('|')})\s+(?:\p{Ll}+ly\s+)?$`, 'u');
const CATENATIVE_LAST_RUNS = lastLetterRuns(groupAdverbs.catenatives);
const catenativeBefore = suffixMatcher(CATENATIVE_BEFORE_RE, /[a-z\s]/, (run) => run.endsWith('ly') || CATENATIVE_LAST_RUNS.has(run));

/** Whether a participle cue follows a catenative verb ("began urging", "has taken to saying"): it is then finite. */
export function catenativeIngBefore(near: string): boolean {
  return catenativeBefore(near) !== null || spentTimeBefore(near) !== null;
}

/** At most this many pieces are taken off before a cue: a verb group is short. */
const MAX_PIECES = 6;

/**
 * The verb group ending `near`: the run of what `listed` matches (the listed auxiliaries and adverbs) and ADVERB_BEFORE_RE's
 * adverbs, in any order (`has vigorously`, `has not yet`, `plainly`), and before a participle the catenative verbs
 * (`has lately started`) and a form of "spend" with its time phrase (`has spent the past week`; reported-spent-time.ts);
 * null when none ends it.
 */
export function verbGroupBefore(near: string, listed: (near: string) => string | null, participle = false): string | null {
  let end = near.length;
  let found = false;
  for (let i = 0; i < MAX_PIECES; i++) {
    const rest = near.slice(0, end);
    const piece = listed(rest) ?? adverbBefore(rest) ?? auxAsideBefore(rest) ?? (participle ? (catenativeBefore(rest) ?? spentTimeBefore(rest)) : null);
    if (piece === null || piece.length === 0) break;
    end -= piece.length;
    found = true;
  }
  return found ? near.slice(end) : null;
}
