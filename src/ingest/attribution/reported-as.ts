/**
 * Reported speech in an "as" clause: `As the study noted, CONTENT.` and
 * `CONTENT, as Holt wrote in the Courier.` The clause's source and cue are
 * read as for any cue; this finds the content the clause is set off from.
 * Pure; no I/O; bounded by the sentence.
 */
import type { Range } from '../text';
import { TIME_PHRASE } from './patterns';
import { closesSentence, trimRange } from './reported-content';
import { words } from '../text';

/** The comma that ends an opening "as" clause, past a time phrase or a place of publication ("in his book"). */
const COMMA_RE = new RegExp(`^(?:${TIME_PHRASE.source.slice(1)})?(?:\\s+(?:in|on|at)\\s+(?:his|her|their|its|a|an|the)\\s+[^,;:"“”]{1,40}?)?\\s*,\\s*`, 'u');
/** "as" opening a clause right before its source ("As the study noted", "…, as Holt wrote"). */
const AS_LEAD_RE = /(?:^|[,;(—–]\s*|["“]\s*|\b(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]o|[Jj]ust)\s+)(as|As)\s+(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u;
/** Text before an "as" clause that opens its sentence: a quotation mark, a lone connective ("And,", "Of course,"). */
const OPENING_ONLY_RE = /^[\s"“]*(?:(?:But|And|Yet|So|Just|Of\s+course|Indeed|Still|However|Now|Again|Also|Meanwhile|Instead|In\s+fact|Moreover)\s*,?\s+)?$/u;
/** Most words of an opening phrase before an "as" aside inside the sentence ("In the old republic, as …"). */
const MAX_OPENER_WORDS = 6;
/** What may not open the clause after an "as" aside set off inside its sentence: a sibling participle, a conjunction. */
const NOT_RESUMING_RE = /^(?:\p{L}+ing|and|but|or|adding|which|who)\b/iu;
/** What may follow the cue of an "as" clause that closes its sentence: a time phrase, a place of publication ("in The Atlantic"). */
const AS_CLOSING_RE = /^(?:\s+(?:in|on|at)\s+[^,;:"“”]{1,60}?)?\s*[.!?]?["”]?\s*$/u;

/**
 * The content of a cue in an "as" clause: what follows its comma to the end of the sentence when the clause opens
 * it, else the sentence before ", as" when the clause closes it. Null when the clause is not set off so.
 */
export function asClauseContent(text: string, sentence: Range, sourceAt: number, cueEnd: number): Range | null {
  const lead = text.slice(Math.max(sentence.start, sourceAt - 40), sourceAt);
  const m = AS_LEAD_RE.exec(lead);
  if (!m) return null;
  // The text before "as" in its sentence, and where the clause it leads begins (its "but" or comma included).
  const before = text.slice(sentence.start, sourceAt - lead.length + m.index + m[0].indexOf(m[1]));
  const after = text.slice(cueEnd, sentence.end);
  const comma = COMMA_RE.exec(after);
  if (OPENING_ONLY_RE.test(before)) return comma ? trimRange(text, { start: cueEnd + comma[0].length, end: sentence.end }) : null;
  if (/,\s*$/.test(before) && (closesSentence(after) || AS_CLOSING_RE.test(after))) return trimRange(text, { start: sentence.start, end: sentence.start + before.length });
  // "given that, as The Times reported, he has …": an aside set off inside the sentence reports the clause after it.
  const rest = comma ? after.slice(comma[0].length) : '';
  // Only after a short opening phrase or "that": after a whole clause ("If prices rise, as some hope, …") the aside may be about either.
  const opener = words(before).length <= MAX_OPENER_WORDS || /\bthat\s*,\s*$/iu.test(before);
  // "as you pointed out, Laura, …", "as I've said, …": speech inside someone's words, which that speaker's attribution holds.
  const firstOrSecond = /^(?:I|you|we)\b/iu.test(text.slice(sourceAt, sourceAt + 4));
  if (/,\s*$/.test(before) && opener && !firstOrSecond && comma && !NOT_RESUMING_RE.test(rest) && words(rest).length >= 3) return trimRange(text, { start: cueEnd + comma[0].length, end: sentence.end });
  return null;
}

