/**
 * Stances named by a phrase rather than a verb: "Graham came out in support of Cruz", "the board voted in favor of the
 * levy", "Trump drew attention to himself", "Reyes turned her attention to the budget". The content is the noun phrase
 * after the phrase, measured as nominal cues measure theirs; the source is the subject of the verb before the phrase
 * (or of the verb that points the attention), when one is read. Word lists in lexicon/stance-phrases.json. Pure; no
 * I/O; bounded by its sentence.
 */
import { alternation } from '../lexicon';
import phrases from '../lexicon/stance-phrases.json';
import type { Range } from '../text';
import type { Cue } from './reported-content';
import { complementOf, type NominalDraft, objectSubject } from './reported-nominal';
import { type ReportedContext, sourceBefore } from './reported-sources';

const alt = (list: readonly string[]): string => alternation(list).replace(/\s+/g, '\\s+');
/** "in support of", "in favor of": the phrase before its object. */
const PREPOSITIONAL_RE = new RegExp(`(?<![\\p{L}\\p{N}’'-])(${alt(phrases.prepositional)})\\s+`, 'giu');
/** "drew attention to", "turned her attention to", "paid close attention to": the verb, up to two modifiers, "attention", "to" or "on". */
const ATTENTION_RE = new RegExp(
  `(?<![\\p{L}\\p{N}’'-])(${alt(phrases['attention-verbs'])})\\s+(?:[\\p{L}’'-]+\\s+){0,2}?(attention\\s+(?:to|on))\\s+`,
  'giu',
);
/** What the sentence must hold for either pattern to be tried: most sentences hold neither. */
const HOLDS_RE = /\s(?:of|to|on)\s/u;
const PHRASE_WORD_RE = /\b(?:support|favou?r|opposition|defen[cs]e|attention)\b/iu;
/** After "attention to": an infinitive is no object ("paid attention to win"). */
const INFINITIVE_AFTER_RE = /^(?:be|win|make|keep|get)\b/iu;

/** A determiner and one or two lower-case words right before the phrase: a noun phrase it modifies. */
const DETERMINED_NOUN_RE = /(?<![\p{L}])(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){1,2}$/iu;
/** Auxiliaries and adverbs right before a verb that points attention. */
const AUX_BEFORE_RE = /(?<![\p{L}])(?:(?:has|have|had|is|was|are|were|been|will|would|also|again|\p{Ll}+ly)\s+)+$/u;

/** The stance phrases of a sentence; at most four. */
export function stancePhraseCues(ctx: ReportedContext, p: number, text: string, sentence: Range, outside: (i: number) => boolean): NominalDraft[] {
  const out: NominalDraft[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  if (!PHRASE_WORD_RE.test(slice) || !HOLDS_RE.test(slice)) return out;
  for (const m of slice.matchAll(PREPOSITIONAL_RE)) {
    const at = sentence.start + m.index;
    if (!outside(at)) continue;
    // "The vote in favor of the levy was close": after a determined noun the phrase only modifies it.
    if (DETERMINED_NOUN_RE.test(text.slice(Math.max(sentence.start, at - 40), at))) continue;
    const from = at + m[0].length;
    const content = complementOf(text, sentence, from, 'of');
    if (!content) continue;
    const cue: Cue = { at, end: at + m[1].length, word: m[1].toLowerCase().replace(/\s+/gu, ' '), phrase: m[1], phraseStart: at };
    const subject = objectSubject(ctx, p, text, sentence, at);
    out.push({ content, cue, source: subject?.found ?? null, sourceText: subject?.text ?? null, sourceAt: subject?.start ?? at, clauseAt: at });
    if (out.length >= 4) return out;
  }
  for (const m of slice.matchAll(ATTENTION_RE)) {
    const at = sentence.start + m.index;
    if (!outside(at)) continue;
    const from = at + m[0].length;
    if (INFINITIVE_AFTER_RE.test(text.slice(from, from + 6))) continue;
    const content = complementOf(text, sentence, from, 'of');
    if (!content) continue;
    const cue: Cue = { at, end: at + m[0].trimEnd().length, word: m[1].toLowerCase(), phrase: m[0].trim(), phraseStart: at };
    // The subject before the verb and its auxiliaries or adverbs ("has drawn", "also turned").
    const aux = AUX_BEFORE_RE.exec(text.slice(Math.max(sentence.start, at - 40), at))?.[0].length ?? 0;
    const subject = sourceBefore(ctx, p, text, sentence, at - aux);
    out.push({ content, cue, source: subject?.found ?? null, sourceText: subject?.text ?? null, sourceAt: subject?.start ?? at, clauseAt: at });
    if (out.length >= 4) return out;
  }
  return out;
}
