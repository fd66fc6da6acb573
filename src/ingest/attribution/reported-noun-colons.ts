/**
 * A noun of saying that a colon ends, as the object of a verb that delivers
 * or holds it: `Party leaders sent the senator a blunt message: He is hurting
 * the party.`, `Auditors have two main questions: how the money moved, and who
 * approved it.`, `Suddenly I had an epiphany: the system was rigged.` The rest
 * of the sentence after the colon is the content; the clause's subject before
 * the verb is the source. The verbs and nouns are listed in
 * `lexicon/colon-object-nouns.json`. A quotation after the colon is a direct
 * quote the quotation rules read.
 * Pure; no I/O; every scan is bounded by its sentence.
 */
import { alternation } from '../lexicon';
import lexicon from '../lexicon/colon-object-nouns.json';
import { words, type Range } from '../text';
import { type Cue, trimRange } from './reported-content';
import type { Draft } from './reported-draft';
import { type ReportedContext, sourceBefore } from './reported-sources';

/** The noun (or its plural) right before a colon, and prose after it. */
const NOUN_COLON_RE = new RegExp(`(?<![\\p{L}’'-])(?:${alternation(lexicon.nouns)})s?:\\s+(?=[^\\s"“‘'])`, 'giu');
/** The verb of the clause, its last occurrence before the noun. */
const VERB_RE = new RegExp(`(?<![\\p{L}’'-])(?:${alternation(lexicon.verbs)})(?![\\p{L}’'-])`, 'giu');
/** Most words between the verb and the noun (`sent Mr. Ruiz an unmistakable message`). */
const MAX_WORDS_BETWEEN = 7;

/** The colon-ended object nouns of a sentence (at most one: the first). */
export function nounColonCues(ctx: ReportedContext, p: number, text: string, sentence: Range, outside: (i: number) => boolean): Draft[] {
  // The pattern ends in a colon: a sentence without one is not scanned.
  const colon = text.indexOf(':', sentence.start);
  if (colon < 0 || colon >= sentence.end) return [];
  const slice = text.slice(sentence.start, sentence.end);
  NOUN_COLON_RE.lastIndex = 0;
  const m = NOUN_COLON_RE.exec(slice);
  if (!m) return [];
  const nounAt = sentence.start + m.index;
  if (!outside(nounAt)) return [];
  let verb: { at: number; text: string } | null = null;
  for (const v of slice.slice(0, m.index).matchAll(VERB_RE)) verb = { at: sentence.start + v.index, text: v[0] };
  if (verb === null) return [];
  const between = text.slice(verb.at + verb.text.length, nounAt);
  if (words(between).length > MAX_WORDS_BETWEEN || /[;:"“”]/.test(between)) return [];
  const found = sourceBefore(ctx, p, text, sentence, verb.at);
  if (found === null) return [];
  const content = trimRange(text, { start: sentence.start + m.index + m[0].length, end: sentence.end });
  if (words(text.slice(content.start, content.end)).length < 3) return [];
  const cueEnd = nounAt + m[0].trimEnd().length;
  const cue: Cue = { at: verb.at, end: cueEnd, word: verb.text, phrase: text.slice(verb.at, cueEnd), phraseStart: verb.at };
  return [{ content, cue, info: null, source: found.found, sourceText: found.text, sourceAt: found.start, clauseAt: found.start }];
}
