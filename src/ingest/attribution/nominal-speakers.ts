/**
 * Speakers of direct quotations that are no named entity: a noun phrase that is
 * the subject of the speech verb next to the quotation (`"…," the statement said.`,
 * `"…," said a spokesman for the agency.`, `One user wrote: "…"`). The quotation
 * keeps no speaker (its speaker is unnamed); `speakerName` holds the phrase as
 * written, the source the text credits, as for reported speech ("officials said"). A phrase naming whom it speaks for
 * ("the IMF report", "a spokesman for Sen. Roe") gives that entity as speaker. A definite description of one person ("the senator
 * said") or of an organization ("the company said") is left to the description
 * rules, which may name it.
 *
 * Pure; no I/O. Each quotation reads a bounded slice on either side of it.
 */
import { ATTRIBUTION_VERB_ALT, DOCUMENT_NOUNS, ORGANIZATION_NOUNS, SOURCE_NOUNS, UNNAMED_SOURCE_NOUNS, VERB_ADVERBS, WRITER_NOUNS } from '../lexicon';
import type { Quotation } from '../quotations';
import type { ExtractedQuote } from '../quote-types';
import { words } from '../text';
import type { ExtractedMention } from '../entity-extraction';
import { type Context, mentionsWithin, sentenceOf, setSpeaker } from './context';
import { NOT_MODIFIERS, partyMembers } from './reported-sources';

/** How far from a quotation its noun-phrase speaker is read. */
const REACH = 200;
/** Most characters between an attribution's verb and a quotation that continues the words before it ("… Tuesday. "). */
const CONTINUES = 40;
/** Speech verbs, and `read` for what a document says (`"…," the statement read`: see `READS_RE`). */
const VERB = `(?:${ATTRIBUTION_VERB_ALT}|reads?)`;
/** `read` attributes a quotation only to a document: "the letter read", never "the senator read". */
const READS_RE = /\breads?\b/iu;
const ADVERBS = `(?:${VERB_ADVERBS}\\s+)*`;
/** Up to ten words, then an appositive with no capitalised word, then the verb: `"…," a spokesman for the agency, Tuesday, said`. */
const AFTER_RE = new RegExp(`^\\s*,?\\s*((?:[\\p{L}\\p{N}.’'/&-]+\\s+){0,9}?)(?:,[^,"“”\\p{Lu}]{1,100},\\s+)?${ADVERBS}${VERB}(?=[\\s.,;:!?]|$)`, 'iu');
/** `"…," said a spokesman for the agency.` */
const INVERTED_RE = new RegExp(`^\\s*,?\\s*${VERB}\\s+((?:[\\p{L}\\p{N}.’'/&-]+\\s+){0,9}?[\\p{L}\\p{N}’'/&-]+)\\s*(?:[,;!?]|\\.(?!\\s+\\p{Lu})|(?<!\\b\\p{Lu}\\p{Ll}{0,3})\\.|$)`, 'u');
/** `One user wrote: "…"`, `The statement said, "…"`, `the campaign said in a statement: "…"` (the sentence opens with the phrase). */
const BEFORE_RE = new RegExp(
  `^\\s*(?:(?:But|And|Yet|Still|However|Meanwhile|So|Also|Then|Later)\\s*,?\\s+)?((?:[\\p{L}\\p{N}.’'/&-]+\\s+){0,9}?)(?:,[^,"“”\\p{Lu}]{1,100},\\s+)?${ADVERBS}${VERB}(?:\\s+[^,:;"“”]{1,40}?)?\\s*[,:]\\s*$`,
  'iu',
);
const SPOKESPEOPLE = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'spokeswomen']);
const DEFINITE = new Set(['the', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'some', 'many', 'most', 'several', 'other', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'few']);
/** What ends a noun phrase's core: its prepositional tail ("a spokesman for the agency", "people familiar with the talks"). */
const TAIL_START = new Set(['for', 'of', 'at', 'with', 'from', 'in', 'on', 'to', 'familiar', 'close', 'involved', 'briefed', 'who']);

/** Gives a source as written (`speakerName`, no speaker) to quotations with no speaker whose speech verb has a noun phrase as subject (or the speaker it names). */
/** The quote's source as the article writes it, tied to no entity ("the statement", "a spokesman for the agency"). */
function asWritten(to: ExtractedQuote, phrase: string): void {
  Object.assign(to, { speakerName: phrase, method: 'noun-phrase', confidence: 0.5 });
}

export function nominalSpeakers(ctx: Context, quotes: readonly Quotation[], results: ExtractedQuote[]): void {
  quotes.forEach((q, i) => {
    const r = results[i];
    if (r.speaker !== null || r.speakerName !== null || q.close === null) return;
    const text = ctx.paragraphs[q.paragraph];
    const sentence = sentenceOf(ctx, q.paragraph, q.open);
    const marks = /^['’”"]*/.exec(text.slice(q.close + 1))![0].length;
    const afterAt = q.close + 1 + marks;
    const after = untilQuote(text.slice(afterAt, Math.min(text.length, afterAt + REACH)));
    const beforeAt = Math.max(sentence.start, q.open - REACH);
    const candidates: { m: RegExpExecArray | null; at: number }[] = [
      { m: AFTER_RE.exec(after), at: afterAt },
      { m: INVERTED_RE.exec(after), at: afterAt },
      { m: beforeAt === sentence.start ? BEFORE_RE.exec(text.slice(beforeAt, q.open)) : null, at: beforeAt },
    ];
    for (const { m, at } of candidates) {
      const phrase = m ? sourcePhrase(m[1]) : null;
      if (!m || phrase === null) continue;
      if (READS_RE.test(m[0].slice(m[0].indexOf(m[1]) + m[1].length)) || READS_RE.test(m[0].slice(0, m[0].indexOf(m[1])))) {
        if (!DOCUMENT_NOUNS.has(headOf(phrase))) continue;
      }
      const start = at + m.index + m[0].indexOf(m[1]) + (m[1].length - m[1].trimStart().length);
      const owner = ownerIn(ctx, q.paragraph, text, start, phrase);
      // "a spokesman for committee Democrats": the party's members, as written.
      const members = owner ? partyMembers(text, owner) : null;
      const give = (to: ExtractedQuote): void => {
        if (members?.text) asWritten(to, members.text);
        else if (owner) setSpeaker(ctx, to, { speaker: { type: owner.type, index: owner.entity }, method: 'noun-phrase-owner', confidence: 0.6 * owner.confidence });
        else asWritten(to, phrase);
      };
      give(r);
      // `"…," the letter says. "…"`: the quotation right after the attribution goes on with the same words.
      const next = quotes[i + 1];
      if (at === afterAt && next && next.paragraph === q.paragraph && results[i + 1].speaker === null && results[i + 1].speakerName === null) {
        const rest = text.slice(afterAt + m.index + m[0].length, next.open);
        if (rest.length <= CONTINUES && /^[^.!?;"“”]*[.:]\s*$/.test(rest)) give(results[i + 1]);
      }
      return;
    }
  });
}

/**
 * Whom a noun phrase speaks for, when it names them: the author of a document or the organization a group belongs
 * to ("the IMF report", "one Clinton ad", "Ryan's office"), the one a spokesman speaks for ("a spokesman for Sen. Roe").
 */
function ownerIn(ctx: Context, p: number, text: string, start: number, phrase: string): ExtractedMention | null {
  if (text.slice(start, start + phrase.length) !== phrase) return null;
  const tail = /\s(?:for|of|at|with|from|in|on|to|familiar|close|involved|briefed|who)\s/i.exec(phrase);
  const coreEnd = start + (tail ? tail.index : phrase.length);
  const coreWords = words(phrase.slice(0, coreEnd - start));
  const head = (coreWords[coreWords.length - 1] ?? '').toLowerCase();
  const inside = mentionsWithin(ctx, p, start, start + phrase.length);
  // A person's document is theirs ("Holt's statement"); a person's campaign, office or
  // spokesman speaks for them but is not them, so only an organization is given for those.
  if (DOCUMENT_NOUNS.has(head)) return inside.find((m) => m.end <= coreEnd) ?? null;
  if (ORGANIZATION_NOUNS.has(head)) return inside.find((m) => m.end <= coreEnd && m.type === 'organization') ?? null;
  if (SPOKESPEOPLE.has(head) && tail && /^\sfor\s$/i.test(tail[0])) return inside.find((m) => m.start >= coreEnd && m.type === 'organization') ?? null;
  return null;
}

/** The text up to the next quotation mark: a noun phrase never runs into another quotation. */
function untilQuote(s: string): string {
  const at = s.search(/["“”]|''/);
  return at < 0 ? s : s.slice(0, at);
}

/** Whether a word heads a source phrase, and whether it names one person (the description rules' business after "the"). */
function head(word: string): { ok: boolean; onePerson: boolean } {
  const w = word.toLowerCase();
  const singular = w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
  const plural = singular !== w;
  const known = (x: string): boolean => SOURCE_NOUNS.has(x) || DOCUMENT_NOUNS.has(x) || WRITER_NOUNS.has(x);
  const ok = known(w) || (plural && known(singular));
  const thing = DOCUMENT_NOUNS.has(w) || ORGANIZATION_NOUNS.has(w);
  return { ok, onePerson: ok && !plural && !thing && w !== 'people' && w !== 'staff' };
}

/**
 * The noun phrase as written when it can be a quotation's source: a determiner, a quantifier or a possessor (or
 * none, for a plural), up to four modifiers and a source noun, then a prepositional tail. Null otherwise.
 */
export function sourcePhrase(raw: string): string | null {
  const phrase = raw.trim().replace(/[,\s]+$/, '');
  const list = words(phrase);
  if (list.length === 0 || list.length > 10) return null;
  const core = coreOf(list);
  const first = core[0].toLowerCase();
  const possessor = /^\p{Lu}.*['’]s?$/u.test(core[0]) && core.length > 1;
  const definite = DEFINITE.has(first) || possessor;
  const lead = definite || INDEFINITE.has(first) || /^\d/.test(first) ? 1 : 0;
  const modifiers = core.slice(lead, -1);
  if (core.length - lead < 1 || modifiers.length > 4 || modifiers.some((w) => NOT_MODIFIERS.has(w.toLowerCase()) || DEFINITE.has(w.toLowerCase()))) return null;
  const h = head(core[core.length - 1]);
  if (!h.ok) return null;
  // "the senator said": one person, whom the description rules may name; an unnamed one ("the official said") whom they
  // cannot is the source as written. "Sources said": a bare plural only.
  if (definite && h.onePerson && !UNNAMED_SOURCE_NOUNS.has(core[core.length - 1].toLowerCase())) return null;
  // "The company said", "the group said": the description rules have had their turn (a quotation reaching here has no
  // speaker), so the organization noun is the source as written.
  if (lead === 0 && !(h.ok && /s$/i.test(core[core.length - 1]))) return null;
  return phrase;
}

/** A noun phrase's words before its prepositional tail ("a spokesman for the agency" → a spokesman). */
function coreOf(list: readonly string[]): readonly string[] {
  const end = list.findIndex((w, k) => k > 0 && TAIL_START.has(w.toLowerCase()));
  return end < 0 ? list : list.slice(0, end);
}

/** A noun phrase's head, lower case: the last word of its core. */
function headOf(phrase: string): string {
  const core = coreOf(words(phrase));
  return (core[core.length - 1] ?? '').toLowerCase();
}
