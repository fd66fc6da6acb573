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
import { ANONYMOUS_SOURCE_NOUNS, ATTRIBUTION_VERB_ALT, DOCUMENT_NOUNS, DOCUMENT_VERBS, ORGANIZATION_NOUNS, NAMING_VERBS, QUANTIFIER_SUBJECTS, SOURCE_NOUNS, VERB_ADVERBS, WRITER_NOUNS } from '../lexicon';
import type { Quotation } from '../quotations';
import type { ExtractedQuote } from '../quote-types';
import { words } from '../text';
import type { ExtractedMention } from '../entity-extraction';
import { type Context, mentionsWithin, sentenceOf, setSpeaker } from './context';
import { itAntecedent } from './it-speakers';
import { NOT_MODIFIERS, partyMembers } from './reported-sources';
import { partitiveGroup } from './partitive-speakers';

/** How far from a quotation its noun-phrase speaker is read. */
const REACH = 200;
/** Most characters between an attribution's verb and a quotation that continues the words before it ("… Tuesday. "). */
const CONTINUES = 40;
/** A speech verb, or a verb only a document speaks with (`the letter reads`), which `documentVerbOk` checks. */
const VERB = `(?<verb>${ATTRIBUTION_VERB_ALT}|${[...DOCUMENT_VERBS].join('|')})`;
const ADVERBS = `(?:${VERB_ADVERBS}\\s+)*`;
/**
 * Up to ten words, then an appositive with no capital letter, then the verb: `"…," a spokesman for the agency, who
 * asked not to be named, said`. Case-sensitive, so that the appositive's class excludes capitals.
 */
const AFTER_RE = new RegExp(`^\\s*,?\\s*(?<np>(?:[\\p{L}\\p{N}.’'/&-]+(?:\\s+|(?=,[^,"“”\\p{Lu}]{1,100},\\s))){0,9}?)(?:,[^,"“”\\p{Lu}]{1,100},\\s+)?${ADVERBS}${VERB}(?=[\\s.,;:!?]|$)`, 'u');
/** `"…," said a spokesman for the agency.` */
const INVERTED_RE = new RegExp(`^\\s*,?\\s*${VERB}\\s+(?<np>(?:[\\p{L}\\p{N}.’'/&-]+\\s+){0,9}?[\\p{L}\\p{N}’'/&-]+)\\s*(?:(?<=\\s)(?=who\\s)|[,;!?]|\\.(?!\\s+\\p{Lu})|(?<!\\b\\p{Lu}\\p{Ll}{0,3})\\.|$)`, 'u');
/**
 * `One user wrote: "…"`, `The statement said, "…"`, `the campaign said in a statement: "…"` (the sentence opens with
 * the phrase, or with a lead phrase set off by a comma: `During the debate, a friend commented: "…"`). With no comma
 * or colon the quotation opens a sentence of its own, as `QUOTE_OPENS_SENTENCE` checks (`protesters chanted "No more!"`),
 * and the verb names nothing (`bareOpening`).
 */
const before = (mark: string, verb: string): RegExp =>
  new RegExp(
    `^\\s*(?:(?:But|And|Yet|Still|However|Meanwhile|So|Also|Then|Later)\\s*,?\\s+|[^,;:"“”]{1,80},\\s+)?(?<np>(?:[\\p{L}\\p{N}.’'/&-]+(?:\\s+|(?=,[^,"“”\\p{Lu}]{1,100},\\s))){0,9}?)(?:,[^,"“”\\p{Lu}]{1,100},\\s+)?${ADVERBS}${verb}(?:\\s+[^,:;"“”]{1,40}?)?\\s*${mark}\\s*$`,
    'u',
  );
const BEFORE_RE = before('[,:]', VERB);
const BEFORE_BARE_RE = before('', VERB);
/** `The ad claims "…"`, never `calling Christie "…"`: a verb that names its object introduces no words. */
function bareOpening(opening: string): RegExpExecArray | null {
  const m = BEFORE_BARE_RE.exec(opening);
  return m && !NAMING_VERBS.has((m.groups?.verb ?? '').toLowerCase()) ? m : null;
}
/** A relative clause on an inverted speaker ending its sentence, and nothing after it: ` who asked not to be named. ` */
const RELATIVE_REST_RE = /^\s*who\s[^.!?;"“”]{1,120}\.\s*$/;
/** A quotation that opens a sentence of its own: a capital letter first. */
const QUOTE_OPENS_SENTENCE = /^\p{Lu}/u;
const SPOKESPEOPLE = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'spokeswomen']);
const DEFINITE = new Set(['the', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'some', 'many', 'most', 'several', 'other', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'few']);
/** What ends a noun phrase's core: its prepositional tail ("a spokesman for the agency", "people familiar with the talks"). */
const TAIL_START = new Set(['for', 'of', 'at', 'with', 'from', 'in', 'on', 'to', 'familiar', 'close', 'involved', 'briefed', 'who']);
/** Possessive determiners: `my father`, `his wife` name no one the description rules could find. */
const POSSESSIVE = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

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
    const opening = text.slice(beforeAt, q.open);
    const candidates: { m: RegExpExecArray | null; at: number; verbLast?: boolean }[] = [
      { m: AFTER_RE.exec(after), at: afterAt, verbLast: true },
      { m: INVERTED_RE.exec(after), at: afterAt },
      { m: beforeAt === sentence.start ? BEFORE_RE.exec(opening) ?? (QUOTE_OPENS_SENTENCE.test(q.text) ? bareOpening(opening) : null) : null, at: beforeAt },
    ];
    for (const { m, at, verbLast } of candidates) {
      // `“…,” the protesters chanted “…”`: a verb whose object is the next quotation does not speak this one.
      if (m && verbLast === true && /^\s*["“]|^\s*''/.test(text.slice(afterAt + m.index + m[0].length))) continue;
      const np = m?.groups?.np;
      // `"…," it added`: the document or organization `it` stands for.
      if (np !== undefined && /^it$/i.test(np.trim())) {
        const it = itAntecedent(ctx, quotes, results, i);
        if (it === null) continue;
        if ('org' in it) setSpeaker(ctx, r, { speaker: it.org, method: 'pronoun-it', confidence: 0.5 });
        else Object.assign(r, { speakerName: it.phrase, method: 'noun-phrase', confidence: 0.4 });
        return;
      }
      // `"…," they said`: a plural pronoun no rule resolved is the source as written, as in reported speech.
      if (np !== undefined && /^(?:they|we)$/i.test(np.trim())) {
        asWritten(r, np.trim());
        return;
      }
      const phrase = np === undefined ? null : sourcePhrase(np);
      if (!m || np === undefined || phrase === null || !documentVerbOk(m, phrase)) continue;
      const start = at + m.index + m[0].indexOf(np) + (np.length - np.trimStart().length);
      const owner = ownerIn(ctx, q.paragraph, text, start, phrase);
      // "a spokesman for committee Democrats": the party's members, as written.
      const members = owner ? partyMembers(text, owner) : null;
      const give = (to: ExtractedQuote): void => {
        if (members?.text) asWritten(to, members.text);
        else if (owner) setSpeaker(ctx, to, { speaker: { type: owner.type, index: owner.entity }, method: 'noun-phrase-owner', confidence: 0.6 * owner.confidence });
        else asWritten(to, phrase);
      };
      give(r);
      // `"…," the letter says. "…"`: the quotation right after the attribution goes on with the same words; so does one
      // joined to the quotation an opening attribution introduces (`The crowd chanted, "…," and "…"`).
      const next = quotes[i + 1];
      if (next && next.paragraph === q.paragraph && results[i + 1].speaker === null && results[i + 1].speakerName === null) {
        const rest = at === afterAt ? text.slice(afterAt + m.index + m[0].length, next.open) : text.slice(q.close + 1, next.open);
        // (`said a spokesman.` ends with its own period.)
        const closed = at === afterAt ? /[.:]$/.test(m[0]) && /^\s*$/.test(rest) : false;
        // `"…," said an Iowa Democrat, "and …"`: a sentence split by its attribution goes on after the comma.
        const split = at === afterAt && /,$/.test(q.text.trimEnd()) && /^\s*,?\s*$/.test(rest) && /,\s*$/.test(m[0] + rest);
        // (`said a state senator, who asked not to be named.`, `said one source who …`: a relative clause on the speaker ends the sentence.)
        const relative = at === afterAt && (/,\s*$/.test(m[0]) || /^who\s/.test(rest)) && RELATIVE_REST_RE.test(rest);
        if (relative || (rest.length <= CONTINUES && (closed || split || (at === afterAt ? /^[^.!?;"“”]*[.:]\s*$/ : /^['’”"]*\s*,?\s*(?:and|or)?\s*$/).test(rest)))) give(results[i + 1]);
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

/** A verb only documents speak with (`reads`) needs a document as its subject: `the letter reads`, never `the aide reads`. */
function documentVerbOk(m: RegExpExecArray, phrase: string): boolean {
  if (!DOCUMENT_VERBS.has((m.groups?.verb ?? '').toLowerCase())) return true;
  const core = words(phrase);
  const end = core.findIndex((w, k) => k > 0 && TAIL_START.has(w.toLowerCase()));
  const head = (end < 0 ? core[core.length - 1] : core[end - 1]).toLowerCase();
  return DOCUMENT_NOUNS.has(head) || DOCUMENT_NOUNS.has(head.replace(/s$/, ''));
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
  let phrase = raw.trim().replace(/[,\s]+$/, '');
  let list = words(phrase);
  if (list.length === 0 || list.length > 10) return null;
  // "Protesters marching through the streets": a participle after the head describes it; the source is the head's phrase.
  const participle = list.findIndex((w, k) => k > 0 && /\p{L}{2}ing$/u.test(w) && head(list[k - 1]).ok);
  if (participle > 0) {
    phrase = phrase.slice(0, phrase.search(new RegExp(`\\s${list[participle]}(?!\\p{L})`, 'u')));
    list = list.slice(0, participle);
  }
  // "one of those advisers", "two of the witnesses": a source when the group after "of" is one.
  const group = partitiveGroup(phrase);
  if (group !== null) return sourcePhrase(group) === null ? null : phrase;
  let end = list.findIndex((w, k) => k > 0 && TAIL_START.has(w.toLowerCase()));
  if (end < 0) end = list.length;
  const core = list.slice(0, end);
  const first = core[0].toLowerCase();
  // "Some chanted", "Many of the marchers shouted": a quantifier standing for a group is the source as written.
  if (core.length === 1 && QUANTIFIER_SUBJECTS.has(first)) return phrase;
  const possessor = /^\p{Lu}.*['’]s?$/u.test(core[0]) && core.length > 1;
  const definite = DEFINITE.has(first) || possessor;
  const lead = definite || INDEFINITE.has(first) || /^\d/.test(first) ? 1 : 0;
  const modifiers = core.slice(lead, -1);
  if (core.length - lead < 1 || modifiers.length > 4 || modifiers.some((w) => NOT_MODIFIERS.has(w.toLowerCase()) || DEFINITE.has(w.toLowerCase()))) return null;
  const h = head(core[core.length - 1]);
  if (!h.ok) return null;
  // "the senator said": one person, whom the description rules may name (they have had their turn and found no one
  // they could be sure of); not so a source whose anonymity is the point ("the official said") or a possessive
  // determiner's ("my father said", "his wife said"), which refers back to no one named. "Sources said": a bare plural only.
  if (definite && h.onePerson && !POSSESSIVE.has(first) && !ANONYMOUS_SOURCE_NOUNS.has(core[core.length - 1].toLowerCase())) return null;
  if (lead === 0 && !(h.ok && /s$/i.test(core[core.length - 1]))) return null;
  return phrase;
}
