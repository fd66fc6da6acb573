/**
 * Where a reported content ends because its clause does: a cue inside a
 * sentence's opening subordinate clause (`When the mayor said …, the council
 * …`) reports up to the comma that closes that clause; an object ends before a
 * relative clause that reports on its own; a content ends before a quotation
 * someone's attribution opens inside it, and before a sibling clause a
 * boundary sets off. Pure; no I/O; every scan is bounded
 * by its sentence.
 */
import { HONORIFICS, NAME_PREFIX_TITLES, SPEECH_VERB_ALT } from '../lexicon';
import { words, type Range } from '../text';
import { TIME_PHRASE } from './patterns';
import type { Cue } from './reported-content';
import { LIST_ITEM_RE, digitGroupComma, trimRange } from './reported-content';
import { asideInSubject } from './reported-subject-asides';

/** A sentence opening with a subordinating conjunction (a connective or a one-word adverb and its comma before it). */
const OPENING_SUBORDINATE_RE =
  /^\s*["“]?(?:(?:But|And|Yet|So|Still|Now|Later|Then|Earlier|Meanwhile)\s*,?\s+)?(?:when|whenever|as|while|if|after|before|because|although|though|since|once|until|unless|whereas|even\s+as|even\s+though|even\s+if|just\s+as|as\s+for)\s/iu;

/**
 * The content of a cue standing in the sentence's opening subordinate clause, ended at the comma that
 * closes the clause (`As Reyes announced that the port would close, the council met`: "the port would close").
 * Any other content comes back as it is.
 */
export function withinOpeningClause(text: string, sentence: Range, cue: Cue, content: Range, outside: (i: number) => boolean): Range {
  if (content.start < cue.end) return content;
  const head = text.slice(sentence.start, cue.phraseStart);
  const opening = OPENING_SUBORDINATE_RE.exec(head);
  if (!opening) return content;
  // The cue's own clause: no comma between the conjunction and the cue.
  for (let i = sentence.start + opening[0].length; i < cue.phraseStart; i++) if (text[i] === ',' && outside(i)) return content;
  for (let i = content.start; i < content.end; i++) {
    // "more than 2,400 billionaires": a comma between digits groups them and closes nothing.
    if (text[i] !== ',' || !outside(i) || LIST_ITEM_RE.test(text.slice(i, i + 40)) || digitGroupComma(text, i)) continue;
    const cut = trimRange(text, { start: content.start, end: i });
    // "As the paper reported just today, …", "When I agreed to, …": no complement before the comma, so it closes no clause of the cue's.
    const body = text.slice(cut.start, cut.end);
    const plain = body.replace(/\b(?:just|only|also|first|already|once)\b\s*/giu, '').trim();
    const timeOnly = plain === '' || TIME_PHRASE.exec(` ${plain}`)?.[0].trim() === plain;
    return words(body).length >= 2 && !timeOnly ? cut : content;
  }
  return content;
}

/** Fewer words than this in a quotation make a term or a cry ("Yessss!"), no one's statement. */
const STATEMENT_WORDS = 4;

/** Whether a quotation of a statement's length opens after `from` and before `to`. */
export function quotationWithin(text: string, quotes: readonly Range[], from: number, to: number): boolean {
  return quotes.some((q) => q.start > from && q.start < to && words(text.slice(q.start, q.end)).length >= STATEMENT_WORDS);
}

/** The subject of a cue inside a relative clause, when the relative word is not it: "he", "an inquiry", "Ada Holt". */
const RELATIVE_SUBJECT = `(?:(?:he|she|they|it|we|I|you)\\s+|(?:an?|the|his|her|their|its|our)\\s+(?:[\\p{L}’'-]+\\s+){0,3}|(?:\\p{Lu}[\\p{L}.’'-]*\\s+){1,3})?`;

/** A noun phrase and its relative pronoun after a comma, one of a list ("…, centrists who were angry"): the comma's offset. */
const LISTED_RELATIVE_BEFORE_RE = /(?<!\d),\s*(?:[\p{L}’'-]+\s+){1,3}(?:who|which)\s+$/iu;

/**
 * A relative pronoun after a comma right before a cue's phrase ("…, who has vowed"), or before the subject of a cue
 * inside the relative clause ("…, which he argued …", "…, which an inquiry said …", "…, which, his advisers believe,
 * …"): the comma's offset.
 */
const NONRESTRICTIVE = `,\\s*(?:who|whom|which)(?:\\s*,)?\\s+${RELATIVE_SUBJECT}`;
const RELATIVE_BEFORE_RE = new RegExp(`${NONRESTRICTIVE}$`, 'u');

/** After an object, also a relative clause with no comma whose subject is a pronoun ("signed a letter that he said was …"). */
const RESTRICTIVE_BEFORE_RE = new RegExp(`(?:${NONRESTRICTIVE}|\\s(?:whom|which|that)\\s+(?:he|she|they|we|I|you)\\s+)$`, 'u');

/**
 * Where a content ends before a relative clause that holds an attribution of its own
 * (`praised Ada Holt, who has vowed to …`: the object is "Ada Holt"; `…, centrists who were angry …`: one of a list of
 * relative clauses), or null; `object` for an object's content.
 */
export function relativeClauseAt(text: string, content: Range, cues: readonly Cue[], object: boolean): number | null {
  const starts = cues.map((c) => c.phraseStart);
  return markBefore(text, content, starts, 64, object ? RESTRICTIVE_BEFORE_RE : RELATIVE_BEFORE_RE) ?? markBefore(text, content, starts, 60, LISTED_RELATIVE_BEFORE_RE);
}

/** A speaker and speech verb introducing a quotation after a comma: ", he replied, “", ", Mr. Holt said: “", ", the mayor wrote, “". */
const QUOTED_TURN_RE = new RegExp(
  `,\\s+(?:(?:and|but)\\s+)?(?:(?:he|she|they|I|we|it)|(?:the|a|an|his|her|their)\\s+(?:[\\p{L}.’'-]+\\s+){0,3}?[\\p{L}’'-]+|(?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,3}\\p{Lu}[\\p{L}.’'-]*)\\s+(?:${SPEECH_VERB_ALT})\\s*[,:]\\s*$`,
  'u',
);

/**
 * Where a content ends before a quotation someone else's attribution opens inside it
 * (`… to thank him, he replied, “…”`: the content ends before ", he replied"), or null.
 */
export function quotedTurnAt(text: string, content: Range, quotes: readonly Range[]): number | null {
  return markBefore(text, content, quotes.map((q) => q.start), 80, QUOTED_TURN_RE);
}

/** A speaker and speech verb right after a quotation: `,” he said`, `,” the senator says`, `,” Ruiz told the paper`. */
const SPEAKER_AFTER_RE = new RegExp(
  `^[\\s,"”’']*(?:(?:he|she|they|I|we)|(?:the|a|an|his|her|their)\\s+(?:[\\p{L}.’'-]+\\s+){0,3}?[\\p{L}’'-]+|(?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,3}\\p{Lu}[\\p{L}.’'-]*)\\s+(?:${SPEECH_VERB_ALT})\\b`,
  'u',
);

/**
 * Where a content ends before a colon that opens a quotation of a statement's length, the quotation's own
 * attribution (`saw his words differently: “When he says …,” he said`: the content ends before the colon), or null.
 */
export function colonQuotationAt(text: string, content: Range, quotes: readonly Range[]): number | null {
  const statements = quotes.filter((q) => words(text.slice(q.start, q.end)).length >= STATEMENT_WORDS && SPEAKER_AFTER_RE.test(text.slice(q.end, q.end + 80)));
  return markBefore(text, content, statements.map((q) => q.start), 4, /:\s*$/u);
}

/**
 * The offset where `mark` matches the text right before the first of `starts` inside `content`
 * that it matches before (read at most `reach` characters back, not before the content), or null.
 */
function markBefore(text: string, content: Range, starts: readonly number[], reach: number, mark: RegExp): number | null {
  for (const at of starts) {
    if (at <= content.start || at >= content.end) continue;
    const lead = text.slice(Math.max(content.start, at - reach), at);
    const m = mark.exec(lead);
    if (m) return at - lead.length + m.index;
  }
  return null;
}

/**
 * Titles a sibling's source may stand after, its name read from past them: "…, and Ms. Vidal said", "…, while former
 * Gov. Tom Reyes argued" (the honorifics and the titles that make a name a person's, "former" or "then" before them).
 */
const TITLE_WORDS = `(?:(?:former|then|${[...HONORIFICS.keys(), ...NAME_PREFIX_TITLES]
  .sort((a, b) => b.length - a.length)
  .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
  .join('|')})\\s+){0,3}`;

/** A determiner the later source's noun phrase opens with, read from past it: "…; the State Department has indicated". */
const DETERMINER = '(?:(?:the|a|an|his|her|their|its|our|some|many|most|several|other)\\s+)?';

/** A personal pronoun and a conjunction, all the content holds before a later subject: one coordinated subject. */
const PRONOUN_CONJUNCT_RE = /^\s*(?:he|she|they|we|I|you)\s+(?:and|or)\s*$/iu;

/**
 * What ends a clause before a sibling attribution: "…, but Kerry insisted", "…; officials said", "…, saying", "… - noting",
 * "…, although she refused", "… - though he admitted", "…, even as he has attacked", and a participle's own subject after
 * "with" ("…, with three in ten saying").
 */
const SIBLING_BOUNDARY_RE = new RegExp(
  String.raw`(?:[,;—–](["”’]|'')?(?:\s*then)?|\s-|\s(?:and|but|while|whereas|yet)(?:\s+then)?|(?:,|\s-|[—–])\s*(?:even\s+)?(?:although|though)|,\s*even\s+as|,\s*with\s+(?:[\p{L}\p{N}.’'-]+\s+){1,6}?)\s*${DETERMINER}${TITLE_WORDS}$`,
  'iu',
);
/** After an object, a subordinate clause holding its own attribution ends it too: "backs the plan because she worries …". */
const SUBORDINATE_BOUNDARY_RE = /\s(?:as|because|after|when|by|before|since|although|though|until)\s*$/iu;

/**
 * Where a content ends before the first later clause inside it that a boundary sets off (`Lavrov demanded that …, but
 * Kerry insisted …`), or null. A clause nested before that one (`… made a case for …, while others said …`) does not
 * hide it. A quotation closing at the boundary stays whole: `was "corrupt,"`.
 */
export function siblingBoundaryAt(text: string, content: Range, later: readonly { clauseAt: number }[], clauseCue: boolean): number | null {
  for (const n of later) {
    if (n.clauseAt <= content.start || n.clauseAt >= content.end) continue;
    const between = text.slice(content.start, n.clauseAt);
    // "said he and Lavrov did not discuss …": a pronoun and "and" opening the content are the first conjunct of the later subject.
    if (PRONOUN_CONJUNCT_RE.test(between)) continue;
    const boundary = SIBLING_BOUNDARY_RE.exec(between) ?? (clauseCue ? null : SUBORDINATE_BOUNDARY_RE.exec(between));
    // "said the council, which had criticized the levy, would vote": an aside inside the clause's subject is nested in it.
    if (boundary && !asideInSubject(text, content, content.start + boundary.index)) return content.start + boundary.index + (boundary[1] ? 1 + boundary[1].length : 0);
  }
  return null;
}
