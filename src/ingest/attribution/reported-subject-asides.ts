/**
 * An aside set off by commas inside the subject of a reported clause: `said the council, which had criticized the
 * levy, would vote`, `said the player, who missed practice, will start`, `said the council, a body of nine, would
 * vote`. The clause goes on with its verb after the aside's closing comma, so the comma that opens the aside ends
 * neither the content (a relative clause that reports on its own, or a sibling clause) nor the clause: the content
 * runs over the aside to the clause's end. A relative clause after the clause's verb still ends it (`said the
 * council had approved the levy, which she denied`). Pure; no I/O; one bounded look at the words around the comma.
 */
import { IRREGULAR_PAST_VERBS } from '../lexicon';
import { holdsVerb } from './reported-extent';
import type { Range } from '../text';

/** The marks an aside is set off by, the same one on both sides: commas or dashes ("the council — which … — would"). */
const SET_OFF_MARKS = ',—–';
/** Most words of a subject an aside may be set off inside ("the five members of the city council"). */
const SUBJECT_WORDS = 8;
/** Most characters of the subject before the aside. */
const SUBJECT_REACH = 120;
/** Most characters of the aside itself, between its two commas. */
const ASIDE_REACH = 160;
/** Most characters read after the aside's closing comma: two adverbs and the verb. */
const VERB_REACH = 60;
/** Adverbs that may stand between the aside's closing comma and the clause's verb. */
const ADVERB_RE = /^(?:also|still|now|then|not|never|already|soon|only|\p{Ll}{3,}ly)$/u;
/** Auxiliaries and modals: a finite verb wherever they stand. */
const AUXILIARY_RE = /^(?:is|was|are|were|has|have|had|will|would|could|can|did|does|do|may|might|must|should|shall|won['’]t|wouldn['’]t|can['’]t|didn['’]t|doesn['’]t|isn['’]t|wasn['’]t|hasn['’]t|haven['’]t)$/u;
/** A word in -ed that is a past tense (not "hundred", "sacred"). */
const PAST_RE = /^\p{Ll}{2,}ed$/u;
const NOT_PAST_RE = /^(?:\p{Ll}*eed|hundred|kindred|sacred|naked|wicked|beloved|rugged|wretched|ragged|crooked|aged|red|shed|bed|wed)$/u;
/** A present tense in -s (not "-ss", "-us", "-is"). */
const PRESENT_RE = /^\p{Ll}{2,}[^siu\P{L}]s$/u;
/** A relative word, or a determiner or name opening an appositive noun phrase: what may open the aside. */
const ASIDE_OPENING_RE = /^\s*(?:who|whom|whose|which|(?:a|an|the|his|her|their|its|one|another)\s|\p{Lu})/u;
/** A word opening the content that makes it no clause's subject (a preposition, a conjunction, a pronoun object). */
const NO_SUBJECT_RE = /^(?:in|on|at|to|for|with|from|by|of|about|and|but|or|so|if|when|while|because|as|after|before|since|him|them|us|me)$/iu;

/** What follows a present tense in -s ("plans to", "wants the"), not a plural noun ("appearances by", "officials argued"). */
const PRESENT_NEXT_RE = /^(?:to|the|a|an|that|no|not|it|its|his|her|their|them|him|more|less|\d[\d,.]*)$/iu;
/** A relative word inside an appositive aside: its verb is the relative clause's ("a body that has criticized the levy"). */
const RELATIVE_WORD_RE = /\b(?:that|who|whom|whose|which)\b/iu;

/** Whether `word` is a finite verb (`next` is the word after it: "plans to" holds a verb, "appearances by" a plural noun). */
function finiteVerb(word: string, next: string): boolean {
  if (AUXILIARY_RE.test(word) || IRREGULAR_PAST_VERBS.has(word)) return true;
  if (PAST_RE.test(word) && !NOT_PAST_RE.test(word)) return true;
  return PRESENT_RE.test(word) && PRESENT_NEXT_RE.test(next);
}

/**
 * Whether the comma (or dash) at `comma` inside a clause `content` opens an aside set off inside the clause's subject:
 * the content before it is a short noun phrase with no verb, a relative word or a noun phrase opens the aside, and
 * after the aside's closing mark (the same as its opening one) the clause goes on with a finite verb (an adverb or two before it).
 */
export function asideInSubject(text: string, content: Range, comma: number): boolean {
  const mark = text[comma];
  if (!SET_OFF_MARKS.includes(mark) || comma <= content.start || comma >= content.end || comma - content.start > SUBJECT_REACH) return false;
  const subject = text.slice(content.start, comma).trim();
  const list = subject.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (list.length === 0 || list.length > SUBJECT_WORDS || NO_SUBJECT_RE.test(list[0]) || /[,;:"“”()]/u.test(subject) || holdsVerb(subject)) return false;
  const after = text.slice(comma + 1, Math.min(content.end, comma + 1 + ASIDE_REACH));
  if (!ASIDE_OPENING_RE.test(after)) return false;
  const close = after.search(/[,;:()—–]/u);
  if (close < 0 || after[close] !== mark) return false;
  // "According to Ana Ruiz, the mayor's aide, the port has closed, …": a clause set off (an auxiliary outside a relative
  // clause) is no appositive; a participle is no clause's verb ("Ruiz, the first woman nominated for the post, …").
  const aside = after.slice(0, close);
  if (!RELATIVE_WORD_RE.test(aside) && aside.split(/[^\p{L}’'-]+/u).some((w) => AUXILIARY_RE.test(w.toLowerCase()))) return false;
  const rest = text.slice(comma + 2 + close, Math.min(content.end, comma + 2 + close + VERB_REACH)).split(/[^\p{L}’'-]+/u).filter((w) => w !== '');
  let i = 0;
  while (i < 2 && i < rest.length && ADVERB_RE.test(rest[i])) i++;
  return i < rest.length && finiteVerb(rest[i], rest[i + 1] ?? '');
}
