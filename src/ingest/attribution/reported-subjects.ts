/**
 * The last resort for a clause cue's subject: a noun phrase no other rule
 * reads because it runs long ("Democrats trying to win back the Senate say",
 * "The last man to mount a third-party race says", "Insiders in two states —
 * Ohio and Iowa — said"). What a clause cue reports is reported whoever says
 * it; the phrase as written is its source. Pure; no I/O; bounded by the
 * sentence's first MAX_HEAD characters.
 */
import { words, type Range } from '../text';
import { subjectKind, type SourceFound } from './reported-sources';

/** A subject this far from its sentence's start is not read. */
const MAX_HEAD = 300;
/** A subject of more words is no subject this rule trusts. */
const MAX_WORDS = 16;
/** Asides inside a subject: " — Ohio and Iowa — ", " - including X - ", "(D-Ga.)". */
const ASIDE_RE = /\s[—–-]\s[^—–"“”]{1,150}?\s[—–-]\s|\([^()]{0,80}\)/gu;
/** Words that open a clause before its subject ("…, but insiders say", "… than the industry says"). */
const CONJUNCTION_RE = /^(?:and|but|yet|so|that|because|while|although|though|since|whereas|than|now)\s+/iu;
/** A word after which no subject ends ("… prison and says"). */
const OPEN_END_RE = /\b(?:and|or|but|nor|to|of|that|which|who|whose)\s*$/iu;
/** An auxiliary in a subject: a clause of its own unless a relative word or a pronoun opened it ("officials whose laws were struck down"). */
const AUXILIARY_RE = /\b(?:is|was|are|were|has|have|had|will|would|could|should|can|may|might|must|do|does|did)\b/iu;
const RELATIVE_OR_PRONOUN_RE = /\b(?:who|whom|whose|that|which|where|i|we|you|they|he|she)\b|['’](?:ve|re|d|ll)\b/iu;

/** The noun phrase opening the clause before `verbAt`, when nothing in it says it is no subject. */
export function looseSubject(text: string, sentence: Range, verbAt: number): SourceFound | null {
  if (verbAt - sentence.start > MAX_HEAD) return null;
  const head = text.slice(sentence.start, verbAt);
  if (/["“”]/u.test(head)) return null;
  // Asides blanked out, offsets kept.
  const plain = head.replace(ASIDE_RE, (m) => ' '.repeat(m.length));
  const cut = Math.max(plain.lastIndexOf(','), plain.lastIndexOf(';'), plain.lastIndexOf(':'), plain.lastIndexOf('—'), plain.lastIndexOf('–'));
  let from = cut + 1;
  const lead = /^\s*(?:(?:But|And|Yet|Still|However|Meanwhile|Now|So|Also)\s+)?/u.exec(plain.slice(from))![0];
  from += lead.length;
  const conj = CONJUNCTION_RE.exec(plain.slice(from));
  if (conj) from += conj[0].length;
  const phrase = plain.slice(from).trim();
  const list = words(phrase);
  if (list.length === 0 || list.length > MAX_WORDS || OPEN_END_RE.test(phrase)) return null;
  if (subjectKind(phrase) !== 'noun-phrase') return null;
  const aux = AUXILIARY_RE.exec(phrase);
  if (aux && !RELATIVE_OR_PRONOUN_RE.test(phrase.slice(0, aux.index + aux[0].length))) return null;
  const start = sentence.start + from;
  return { found: null, text: text.slice(start, sentence.start + from + plain.slice(from).trimEnd().length).replace(/\s+/g, ' '), start };
}
