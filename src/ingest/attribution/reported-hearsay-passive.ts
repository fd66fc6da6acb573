/**
 * Impersonal hearsay passives, with no source:
 * - `it was said that …`, `it is widely assumed that …`, `it was revealed in
 *   March that …`, `It's been reported that …`: the clause after "that" is the
 *   content (a short time or place phrase may stand before "that");
 * - `X was said to be …`, `X is reported to have …`: the clause from its
 *   subject on is the content;
 * - `… go to a second ballot as expected`, `As predicted, …`: the clause the
 *   reduced "as" clause stands in.
 * The participles are those of `lexicon/hearsay-passive-cues.json`; listed
 * participles followed right by "that" after "it" are read by
 * `reported-agentless.ts` first.
 * Pure; no I/O; every scan is bounded by its sentence.
 */
import { alternation } from '../lexicon';
import { words, type Range } from '../text';
import type { Cue } from './reported-content';
import { trimRange } from './reported-content';
import { subjectBefore, type PassiveDraft } from './reported-passive';
import { pronounBefore } from './reported-agentless';
import { holdsRunIn } from './sentence-runs';
import cues from '../lexicon/hearsay-passive-cues.json';

/** Adverbs that may stand inside the verb group. */
const ADVERBS = '(?:(?:also|widely|generally|commonly|long|often|now|still|already|once|later|first|quickly|increasingly|privately|repeatedly|reportedly|previously|well|even|largely|universally|being)\\s+)*';
/** A form of "be", perfect and modal included ("It's been", "it had long been"). */
const BE = `(?:\\s+(?:(?:has|have|had|will|would|could|may|might|should|must|can)\\s+${ADVERBS})?(?:is|was|be|been|being)|['’]s(?:\\s+been)?)`;
/** "it" (its own word), a form of "be", adverbs, a listed participle. */
const IT_RE = new RegExp(`(?<![\\p{L}\\p{N}’'-])([Ii]t${BE}\\s+${ADVERBS})(${alternation(cues.itThat)})(?![\\p{L}\\p{N}’'-])`, 'gu');
/** A short time or place phrase and "that" ("in March that", "for some time that", "last week that"); no agent ("by"). */
const THAT_RE = /^(?:\s+(?:in|on|at|for|during|over|since|last|this|early|late|earlier|later|again|yesterday|today|recently|publicly)\b(?:\s+(?!by\b|that\b)[\p{L}\p{N}’'.-]+){0,4})?\s+that\s+/u;
/** A subject's "be", adverbs, a listed participle, "to be" or "to have". */
const TO_RE = new RegExp(
  `(?<![\\p{L}\\p{N}’'-])((?:is|are|was|were|been|being)\\s+${ADVERBS})(${alternation(cues.toPerfect)})\\s+to\\s+(?:be|have)(?![\\p{L}\\p{N}’'-])`,
  'gu',
);
/** "as expected", "as widely predicted", "as many had anticipated"; not "as fast as expected" (a comparison). */
const AS_RE = new RegExp(
  `(?<![\\p{L}\\p{N}’'-])(?<!\\bas\\s+\\p{L}+\\s+)([Aa]s\\s+(?:(?:widely|generally|many|most|some|had|have|been|was|were|is|long)\\s+){0,3})(${alternation(cues.asClause)})(?![\\p{L}\\p{N}’'-])(?!\\s+(?:by|to|in|for|that|of)\\b)`,
  'gu',
);
/** Where the clause before a closing "as expected" starts: after the last comma, semicolon, colon or dash. */
const CLAUSE_START_RE = /(?:^|[,;:—–(]\s*)(?!.*[,;:—–(])/u;
/** Connectives that open that clause and are not its content. */
const CONNECTIVE_RE = /^(?:(?:and|but|or|so|yet|should|if|when|while|because|though|although|since|that|then)\s+)+/iu;

/**
 * Cheap checks before the scans, each a condition its pattern needs, read from the sentence's runs of letters in
 * lower case (shared with the other finders, sentence-runs.ts): a listed participle as a word of its own, with "it"
 * for IT_RE, followed by "to" for TO_RE, with "as" for AS_RE. The patterns read the participles in lower case.
 */
const IT_PARTICIPLES: ReadonlySet<string> = new Set(cues.itThat);
const TO_PARTICIPLES: ReadonlySet<string> = new Set(cues.toPerfect);
const AS_PARTICIPLES: ReadonlySet<string> = new Set(cues.asClause);
const IT_WORD: ReadonlySet<string> = new Set(['it']);
const AS_WORD: ReadonlySet<string> = new Set(['as']);
const TO_AFTER_RE = /\s+to\s/uy;
/** A negation before the participle: no one made the claim ("it was never said that"). */
const NEGATED_RE = /(?<![\p{L}\p{N}’'-])(?:not|never|n[’']t)\s/iu;
/** A subject that denies what follows. */
const NEGATIVE_SUBJECT_RE = /^(?:neither|none|nobody|no\s+one|no)\b/iu;

/** A relative pronoun set off by a comma or dash: a non-restrictive aside. */
const RELATIVE_ASIDE_RE = /[,—–]\s*(?:who|which)\s*$/iu;
/** Where such an aside ends. */
const ASIDE_END_RE = /,\s|\s?[—–]/u;

/** The impersonal hearsay passives of a sentence. */
export function hearsayPassiveCues(text: string, sentence: Range, outside: (i: number) => boolean): PassiveDraft[] {
  const out: PassiveDraft[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  const mayIt = holdsRunIn(slice, IT_PARTICIPLES) && holdsRunIn(slice, IT_WORD);
  const mayTo = holdsRunIn(slice, TO_PARTICIPLES, TO_AFTER_RE);
  const mayAs = holdsRunIn(slice, AS_PARTICIPLES) && holdsRunIn(slice, AS_WORD);
  if (!mayIt && !mayTo && !mayAs) return out;
  for (const m of mayIt ? slice.matchAll(IT_RE) : []) {
    const at = sentence.start + m.index;
    const cueEnd = at + m[0].length;
    const that = THAT_RE.exec(text.slice(cueEnd, sentence.end));
    if (!outside(at) || !that || NEGATED_RE.test(m[1])) continue;
    const cue: Cue = { at: at + m[1].length, end: cueEnd, word: m[2].toLowerCase(), phrase: m[0], phraseStart: at };
    const content = trimRange(text, { start: cueEnd + that[0].length, end: sentence.end });
    if (content.end > content.start) out.push({ content, cue, source: null, sourceText: null, sourceAt: at, clauseAt: content.start });
  }
  for (const m of mayTo ? slice.matchAll(TO_RE) : []) {
    const at = sentence.start + m.index;
    if (!outside(at) || NEGATED_RE.test(m[1]) || NEGATED_RE.test(text.slice(Math.max(sentence.start, at - 6), at))) continue;
    const subject = subjectBefore(text, sentence, at) ?? pronounBefore(text, sentence, at);
    if (!subject || NEGATIVE_SUBJECT_RE.test(text.slice(subject.start, subject.end))) continue;
    const cueEnd = at + m[1].length + m[2].length;
    const cue: Cue = { at: at + m[1].length, end: cueEnd, word: m[2].toLowerCase(), phrase: `${m[1]}${m[2]}`, phraseStart: at };
    // "Ana Silva, who is said to have …, and Tom Reyes agree": an aside's relative clause ends at its closing comma or dash.
    const aside = RELATIVE_ASIDE_RE.test(text.slice(Math.max(sentence.start, subject.start - 3), subject.end)) ? ASIDE_END_RE.exec(text.slice(cueEnd, sentence.end)) : null;
    const end = aside ? cueEnd + aside.index : sentence.end;
    out.push({ content: trimRange(text, { start: subject.start, end }), cue, source: null, sourceText: null, sourceAt: at, clauseAt: subject.start });
  }
  for (const m of mayAs ? slice.matchAll(AS_RE) : []) {
    const at = sentence.start + m.index;
    const cueEnd = at + m[0].length;
    if (!outside(at)) continue;
    const cue: Cue = { at: at + m[1].length, end: cueEnd, word: m[2].toLowerCase(), phrase: m[0], phraseStart: at };
    const after = text.slice(cueEnd, sentence.end);
    let content: Range;
    if (/^\s*,/u.test(after) && /^[\s"“]*$/u.test(text.slice(sentence.start, at))) {
      // "As expected, the council …": the sentence after the comma.
      content = trimRange(text, { start: cueEnd + after.indexOf(',') + 1, end: sentence.end });
    } else {
      // "… should the vote go to a second ballot as expected": the clause before it, from its first word after a connective.
      // "Prices fell, as expected": the clause before the comma.
      const head = text.slice(sentence.start, at).replace(/[\s,]+$/u, '');
      const open = CLAUSE_START_RE.exec(head);
      let start = sentence.start + (open ? open.index + open[0].length : 0);
      start += CONNECTIVE_RE.exec(text.slice(start, at))?.[0].length ?? 0;
      content = trimRange(text, { start, end: sentence.start + head.length });
    }
    if (words(text.slice(content.start, content.end)).length >= 2) out.push({ content, cue, source: null, sourceText: null, sourceAt: at, clauseAt: content.start });
  }
  return out;
}
