/**
 * A speech verb whose reported clause follows, with no "that", after a time or occasion phrase set off by a comma:
 * `The Ledger reported on Monday, based on the latest count, the mayor will need a runoff`, `He explained after losing
 * the state, he would have to win most of the rest`. The verb opens its sentence's main clause (its subject first,
 * no subordinating word before it); the phrase after it opens with a preposition of time or place, a time word or
 * "after"/"before"/"during"; the words after the comma are a clause: a subject (a pronoun, a determiner and a noun, or
 * a name) then a finite verb, with an opening "based on …," or "if …," allowed before it. The content runs to the
 * sentence's end. The verbs are those of `lexicon/set-off-adverbial-cues.json`. Pure; no I/O; one anchored match a
 * sentence, every part bounded.
 */
import { alternation } from '../lexicon';
import type { Range } from '../text';
import { trimRange } from './reported-content';
import { type PassiveDraft, sourcedDraft } from './reported-passive';
import { type ReportedContext, sourceBefore } from './reported-sources';
import cues from '../lexicon/set-off-adverbial-cues.json';

/** Words that make the words before the verb a subordinate clause or no subject. */
const SUBORDINATE_RE = /^(?:as|when|whenever|if|while|because|what|after|before|since|although|though|where|who|which|once|unless|until|how|why|whether|that)\b/iu;

/** Auxiliaries and adverbs between the subject and the verb. */
const AUX = '(?:(?:has|have|had|also|later|then|again|repeatedly|publicly|previously|first|once|recently)\\s+){0,3}';

/** What opens the set-off phrase: a preposition of time or place, a time word, "after", "before", "during". */
const ADVERBIAL_OPENING =
  '(?:on|in|at|after|before|during|last|this|earlier|later|late|early|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)';

/**
 * From the sentence's start: an opening connective, the subject (no clause mark in it), auxiliaries, the verb, the
 * set-off phrase and its comma. Group 1: the subject; 2: the verb; 3: the phrase.
 */
const SHAPE_RE = new RegExp(
  `^\\s*(?:(?:But|And|Yet|Still|Now|Meanwhile)\\s*,?\\s+)?([^\\s,;:"“”()—–][^,;:"“”()—–]{0,59}?)\\s+${AUX}(${alternation(cues.verbs)})\\s+(${ADVERBIAL_OPENING}\\s[^,;:"“”()—–]{1,80}),\\s+`,
  'iu',
);

/** Words no subject of the reported clause starts with (the phrase after the comma goes on the main clause). */
const NOT_SUBJECT = '(?:and|but|or|adding|saying|noting|according|which|who|where|when|as|that|while|before|after|with|in|on|at|for|to|from|by|during)';

/**
 * A clause after the comma: an optional "based on …," or "if …,", a subject of up to four words, optional adverbs, a
 * finite verb (an auxiliary, a modal or a verb in -s or -ed).
 */
const CLAUSE_RE = new RegExp(
  `^(?:(?:based\\s+on|if)\\s[^,;:"“”()—–]{1,120},\\s+){0,2}(?!${NOT_SUBJECT}\\b)(?:he|she|they|we|i|it|there|you|(?:the|a|an|his|her|their|its|our|this|that|these|those)\\s+[\\p{L}’'-]+(?:\\s+[\\p{L}’'-]+){0,3}?|\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*){0,3})\\s+(?:(?:also|still|never|not|now|already|only|just)\\s+)?(?:will|would|is|was|are|were|has|have|had|can|could|must|should|may|might|does|did|won[’']t|wouldn[’']t|isn[’']t|wasn[’']t|\\p{Ll}{2,}(?:ed|es|s))(?![\\p{L}’'-])`,
  'u',
);

/** The attribution of a sentence whose speech verb is followed by a set-off phrase and a clause without "that". */
export function setOffAdverbialCues(ctx: ReportedContext, p: number, text: string, sentence: Range, outside: (i: number) => boolean): PassiveDraft[] {
  const slice = text.slice(sentence.start, sentence.end);
  const m = SHAPE_RE.exec(slice);
  if (!m) return [];
  const subject = m[1];
  if (SUBORDINATE_RE.test(subject)) return [];
  const restAt = m.index + m[0].length;
  if (!CLAUSE_RE.test(slice.slice(restAt))) return [];
  const subjectEnd = m[0].indexOf(subject) + subject.length;
  const phraseAt = m[0].indexOf(m[3], subjectEnd);
  const cueAt = sentence.start + m[0].lastIndexOf(m[2], phraseAt - 1);
  const cueEnd = cueAt + m[2].length;
  if (!outside(cueAt) || !outside(sentence.start + restAt)) return [];
  const content = trimRange(text, { start: sentence.start + restAt, end: sentence.end });
  if (content.end <= content.start || !outside(content.end - 1)) return [];
  const source = sourceBefore(ctx, p, text, sentence, sentence.start + subjectEnd + 1);
  const draft = sourcedDraft(content, { at: cueAt, end: cueEnd, word: m[2].toLowerCase(), phrase: m[2], phraseStart: cueAt }, source);
  return draft ? [draft] : [];
}
