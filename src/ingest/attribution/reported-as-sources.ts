/**
 * Reported speech in an "as" clause whose source the subject rules do not read: a noun phrase with a determiner such
 * as "another" or a modifier after its head (`As another survey from 2014 noted, CONTENT`, `As a 2014 study by the
 * state auditor found, CONTENT`), and an "as" clause resuming its sentence after "and" or "but" (`The levy passed,
 * and as the Herald reported at the time, CONTENT`). The clause opens its sentence (after a lone connective) or
 * follows a comma and "and", "but" or "yet"; the source is the whole noun phrase between "as" and the verb (a person
 * or organization named at its start is linked); the content is the clause after the comma to the sentence's end.
 * The verbs are those of `lexicon/as-clause-report-verbs.json`. Pure; no I/O; one bounded scan per sentence.
 */
import { alternation } from '../lexicon';
import { words, type Range } from '../text';
import type { Cue } from './reported-content';
import { trimRange } from './reported-content';
import type { PassiveDraft } from './reported-passive';
import type { FoundSource, ReportedContext } from './reported-sources';
import { holdsRunIn } from './sentence-runs';
import { TIME_PHRASE } from './patterns';
import lexicon from '../lexicon/as-clause-report-verbs.json';

/** What opens the source's noun phrase: a determiner, a quantifier or a capitalized word (not "I", "We", "You"). */
const DETERMINER =
  "(?:another|the|a|an|one|this|that|these|those|his|her|their|its|several|many|some|other|recent|earlier|previous|(?!(?:I|We|You|It|He|She|They)(?![\\p{L}’'-]))\\p{Lu})";
/** Adverbs that may stand before the verb. */
const ADVERBS = '(?:(?:has|have|had|also|first|once|recently|previously|earlier|later|rightly|correctly|famously|often|repeatedly)\\s+){0,3}';
/**
 * "as", the noun phrase (its opening word, then at most nine words of no comma, clause word or verb group), adverbs and
 * the verb; group 1 the phrase, group 2 the adverbs and verb, group 3 the verb.
 */
const AS_SOURCE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}’'-])[Aa]s\\s+(${DETERMINER}[\\p{L}\\p{N}’'.&-]*(?:\\s+(?!(?:that|which|who|whom|if|when|and|or|but|is|was|are|were|be|been|will|would|could|can|may|might|should|has|have|had|it|he|she|they)\\s)[\\p{L}\\p{N}’'.&-]+){0,9}?)\\s+(${ADVERBS}(${alternation(lexicon.verbs)}))(?![\\p{L}\\p{N}’'-])`,
  'gu',
);
/** A place of publication or an occasion after the verb ("in its report", "at the time", "to reporters"), at most six words, then the comma. */
const TAIL_RE = new RegExp(`^(?:${TIME_PHRASE.source.slice(1)})?(?:\\s+(?:in|on|at|to|during)\\s+[^,;:"“”]{1,50}?)?\\s*,\\s*`, 'u');
/** What may stand before an opening "as" clause: a quotation mark, a lone connective. */
const OPENING_ONLY_RE = /^[\s"“]*(?:(?:But|And|Yet|So|Still|Indeed|However|Now|Again|Also|Moreover|In\s+fact|Of\s+course)\s*,?\s+)?$/u;
/** A comma, then "and", "but" or "yet", right before a resumed "as" clause. */
const RESUMED_RE = /,\s+(?:and|but|yet)\s+$/u;
/** What may not open the content: a participle, a conjunction, a relative (the clause is then not the one the aside reports). */
const NOT_CONTENT_RE = /^(?:\p{L}+ing|and|but|or|which|who|whom|whose)\b/iu;
/** Words an "as" clause needs, as words of their own. */
const AS_WORD: ReadonlySet<string> = new Set(['as']);
const VERB_WORDS: ReadonlySet<string> = new Set(lexicon.verbs.map((v) => v.split(' ')[0]));
/** Least words of the content. */
const MIN_CONTENT_WORDS = 3;

/** The "as" clauses of a sentence that report the clause after their comma. */
export function asSourceCues(ctx: ReportedContext, p: number, text: string, sentence: Range, outside: (i: number) => boolean): PassiveDraft[] {
  const out: PassiveDraft[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  if (!holdsRunIn(slice, AS_WORD) || !holdsRunIn(slice, VERB_WORDS)) return out;
  for (const m of slice.matchAll(AS_SOURCE_RE)) {
    const at = sentence.start + m.index;
    if (!outside(at)) continue;
    const before = text.slice(sentence.start, at);
    if (!OPENING_ONLY_RE.test(before) && !RESUMED_RE.test(before)) continue;
    const cueEnd = at + m[0].length;
    const tail = TAIL_RE.exec(text.slice(cueEnd, sentence.end));
    if (!tail) continue;
    const content = trimRange(text, { start: cueEnd + tail[0].length, end: sentence.end });
    const rest = text.slice(content.start, content.end);
    if (NOT_CONTENT_RE.test(rest) || words(rest).length < MIN_CONTENT_WORDS) continue;
    const sourceAt = at + m[0].indexOf(m[1]);
    const cueAt = at + m[0].length - m[2].length;
    const verbAt = at + m[0].length - m[3].length;
    const entity = ctx.speakerStartingAt(p, sourceAt);
    // A named person or organization that is the whole phrase is the source; a longer phrase is read as written.
    const whole = entity !== null && entity.end >= sourceAt + m[1].length;
    const source: FoundSource | null = whole ? { speaker: entity.speaker, method: 'as-clause', confidence: 0.8 * entity.confidence } : null;
    const cue: Cue = { at: verbAt, end: cueEnd, word: m[3].toLowerCase(), phrase: text.slice(cueAt, cueEnd), phraseStart: at };
    out.push({ content, cue, source, sourceText: whole ? null : m[1], sourceAt, clauseAt: at });
  }
  return out;
}
