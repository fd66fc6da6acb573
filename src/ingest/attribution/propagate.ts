/**
 * Speakers carried to quotes with no attribution of their own: continuing
 * paragraphs, later quotes of the same paragraph, a colon introduction, the
 * previous paragraph's speaker.
 */
import { speakerStartingAt } from './after';
import { subjectBefore } from './before';
import { colonClauseSpeaker } from './colon';
import { opensWithLabel } from './labels';
import { type Context, type Found, isSubject, sentenceIndexAt, sentenceOf, setSpeaker } from './context';
import { speechVerbs } from './patterns';
import type { PhraseMatch } from './phrase-scan';
import type { Gender } from '../entity-extraction';
import { FEMALE_WORDS, MALE_WORDS, PERSON_NOUNS, ROLE_NOUN_TITLES, SPEECH_VERB_ALT, VERB_ADVERBS } from '../lexicon';
import type { ExtractedQuote, SpeakerRef } from '../quote-types';
import type { Quotation } from '../quotations';

/**
 * Paragraphs longer than this get no same-paragraph or previous-paragraph
 * propagation: no news paragraph is this long, and those passes compare
 * every quote of a paragraph with every other.
 */
const LONG_PARAGRAPH = 5000;

/**
 * Quotes without their own attribution take a speaker from their neighbours:
 * the other pieces of a quotation continued across paragraphs, another quote
 * in the same paragraph (a split quote), or the intro of the paragraph before
 * ("Kerry said:").
 */
export function propagate(ctx: Context, quotes: Quotation[], results: ExtractedQuote[]): void {
  // Per paragraph: indexes into quotes/results, in order.
  const indexes: number[][] = ctx.paragraphs.map(() => []);
  quotes.forEach((q, i) => indexes[q.paragraph].push(i));
  // A labelled turn of a transcript whose label names no one takes no neighbour's speaker.
  const turns = new Set<number>();
  quotes.forEach((q, i) => {
    if (!results[i].speaker && opensWithLabel(q.text)) turns.add(i);
  });
  propagateContinuations(quotes, results, indexes, ctx);
  propagateSameParagraph(ctx, quotes, results, indexes);
  propagateContinuations(quotes, results, indexes, ctx);
  propagatePronouns(ctx, quotes, results);
  // `"…," she said. "…"`: a quote whose he/she only the last quoted speaker resolved lends its speaker to the next one.
  propagateSameParagraph(ctx, quotes, results, indexes);
  propagateContinuations(quotes, results, indexes, ctx);
  // A paragraph that is nothing but quotation: the intro before it, or the speaker of the paragraph before.
  const only = new Map<number, boolean>();
  for (let i = 0; i < quotes.length; i++) {
    if (results[i].speaker || turns.has(i)) continue;
    const q = quotes[i];
    if (q.paragraph === 0 || ctx.paragraphs[q.paragraph].length > LONG_PARAGRAPH) continue;
    if (!only.has(q.paragraph)) only.set(q.paragraph, onlyQuotation(ctx, q.paragraph));
    if (!only.get(q.paragraph)) continue;
    const prevText = ctx.paragraphs[q.paragraph - 1];
    const intro = /:\s*$/.test(prevText) ? colonIntro(ctx, q.paragraph - 1) : null;
    if (intro) {
      setSpeaker(ctx, results[i], { ...intro, method: 'colon-intro', confidence: 0.85 });
      continue;
    }
    const prevIndexes = indexes[q.paragraph - 1];
    if (prevIndexes.length === 0) {
      const reported = reportingSpeaker(ctx, q.paragraph - 1) ?? shortSentenceSubject(ctx, q.paragraph - 1);
      if (reported) setSpeaker(ctx, results[i], { ...reported, method: 'previous-paragraph', confidence: 0.6 });
      continue;
    }
    const last = results[prevIndexes[prevIndexes.length - 1]];
    // A signed quotation ends with its signature: the next one is someone else's (signed by a name the extraction missed).
    if (!last.speaker || last.method === 'sign-off' || /^\s*(?:―|—|–|--?)\s*\p{Lu}/u.test(ctx.paragraphs[q.paragraph + 1] ?? '')) continue;
    const lastQ = quotes[prevIndexes[prevIndexes.length - 1]];
    const laterPeople = ctx.mentions[q.paragraph - 1].filter((m) => m.start > lastQ.end && m.type === 'person' && !(last.speaker!.type === 'person' && m.entity === last.speaker!.index));
    const prevIsQuoteLed = quotes[prevIndexes[0]].open <= 1;
    if (laterPeople.length === 0 && (prevIsQuoteLed || endsOnQuoteAttribution(ctx, lastQ, last))) copy(ctx, results[i], last, 'previous-paragraph', 0.7);
  }
  propagatePreviousSentence(ctx, quotes, results, turns);
}

/**
 * `That changed in 2008. "…," said Ann Lee.` before a paragraph that is only a quotation: the paragraph
 * ends on the sentence holding its last quote and that quote's own attribution (said after or before it,
 * or a pronoun), so the next paragraph's words go on from that speaker.
 */
function endsOnQuoteAttribution(ctx: Context, lastQ: Quotation, last: ExtractedQuote): boolean {
  if (lastQ.close === null || !OWN_ATTRIBUTION.has(last.method ?? '')) return false;
  const sentences = ctx.sentences[lastQ.paragraph];
  return sentenceIndexAt(sentences, lastQ.close) === sentences.length - 1;
}

/** Methods that read a quote's attribution in its own sentence. */
const OWN_ATTRIBUTION = new Set(['said-after-quote', 'said-before-quote', 'pronoun']);

/**
 * `Kerr said the plan would fail. "It is a waste of money."`: a whole quotation standing as a
 * sentence of its own, with no attribution, after a sentence of its paragraph that reports someone
 * and names nobody after its verb (as for a paragraph that is only a quotation); a person only.
 */
function propagatePreviousSentence(ctx: Context, quotes: Quotation[], results: ExtractedQuote[], turns: ReadonlySet<number>): void {
  quotes.forEach((q, i) => {
    if (results[i].speaker || results[i].partial || turns.has(i) || q.close === null) return;
    const text = ctx.paragraphs[q.paragraph];
    if (text.length > LONG_PARAGRAPH || !/[.?!]["”’]?\s+$/.test(text.slice(Math.max(0, q.open - 4), q.open))) return;
    // The sentence holding the quote's opening mark, then the one before it.
    const prev = sentenceIndexAt(ctx.sentences[q.paragraph], q.open + 1) - 1;
    if (prev < 0 || ctx.byParagraph[q.paragraph].some((x) => x.open >= ctx.sentences[q.paragraph][prev].start && x.open < q.open)) return;
    const found = reportingSpeaker(ctx, q.paragraph, prev) ?? shortSentenceSubject(ctx, q.paragraph, prev);
    if (found?.speaker.type === 'person') setSpeaker(ctx, results[i], { ...found, method: 'previous-sentence', confidence: 0.6 });
  });
}

/** `"…," she said` or `He added, "…"`: the pronoun attributing a quote, if that is all its attribution says. */
const PRONOUN_AFTER_RE = new RegExp(`^[\\s,—–-]*(he|she)\\s+(?:${VERB_ADVERBS}\\s+)*(?:${SPEECH_VERB_ALT})\\b`, 'i');
const PRONOUN_BEFORE_RE = new RegExp(`(?:^|[.?!]["”’]?\\s+|\\s(?:and|but|then)\\s+)(he|she)\\s+(?:${VERB_ADVERBS}\\s+)*(?:${SPEECH_VERB_ALT})\\s*[,:]?\\s*$`, 'i');

/**
 * A quote attributed only by "he" or "she" that the look-back could not
 * resolve goes to the latest quoted speaker when that person fits the
 * pronoun's gender, was quoted within the two paragraphs before, and no
 * other person of that gender is named in between: news copy keeps "he said"
 * for the person it is quoting.
 */
function propagatePronouns(ctx: Context, quotes: Quotation[], results: ExtractedQuote[]): void {
  let last = -1;
  // People of unknown gender whom a he/she has attributed a quote to: the pronoun that did.
  const pronounFor = new Map<number, string>();
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (!results[i].speaker) {
      const text = ctx.paragraphs[q.paragraph];
      const pronoun = attributingPronoun(ctx, q);
      const from = last >= 0 ? results[last] : null;
      const described = pronoun || q.close === null ? null : describedAfter(text.slice(q.close + 1, q.close + 120));
      if (described !== null && from?.speaker?.type === 'person' && q.paragraph - from.paragraph <= 2) {
        // `"…," the senator said` that names no one the descriptor fits: the person just quoted, when
        // nobody else at all is named in between and the descriptor's gender does not rule them out.
        const speaker = from.speaker.index;
        const g = ctx.entities.people[speaker].gender;
        if ((described === 'any' || g === null || g === described) && !rivalBetween(ctx, from, q, speaker, () => true) && speechVerbsBetween(ctx, from, q) <= 1) copy(ctx, results[i], from, 'descriptor-last-speaker', 0.7);
      } else if (pronoun && from?.speaker?.type === 'person' && q.paragraph - from.paragraph <= 2) {
        const gender: Gender = pronoun === 'she' ? 'female' : 'male';
        const speaker = from.speaker.index;
        const fits = (index: number): boolean => (ctx.entities.people[index].gender ?? gender) === gender;
        // A person of unknown gender whom the same pronoun attributed the quote before (`"…," she says`) is of its gender.
        const known = ctx.entities.people[speaker].gender ?? (pronounFor.get(speaker) === pronoun ? gender : null);
        if (known === gender && !rivalBetween(ctx, from, q, speaker, fits)) copy(ctx, results[i], from, 'pronoun-last-speaker', 0.75);
      }
    }
    const r = results[i];
    if (r.speaker) last = i;
    if (r.speaker?.type === 'person' && (r.method === 'pronoun' || r.method === 'pronoun-last-speaker')) {
      const said = ['she', 'he'].filter((p) => pronounInSentence(ctx, q, p));
      if (said.length === 1) pronounFor.set(r.speaker.index, said[0]);
    }
  }
}

/** The pronoun (`he`/`she`, lower case) that is a quote's whole attribution, or null. */
function attributingPronoun(ctx: Context, q: Quotation): string | null {
  const text = ctx.paragraphs[q.paragraph];
  const after = q.close === null ? null : PRONOUN_AFTER_RE.exec(text.slice(q.close + 1, q.close + 120));
  const before = after ? null : PRONOUN_BEFORE_RE.exec(text.slice(Math.max(0, q.open - 120), q.open));
  return (after ?? before)?.[1].toLowerCase() ?? null;
}

/** Whether `pronoun` is written in the quote's sentence near it, outside the quote: what a pronoun attribution of it read. */
function pronounInSentence(ctx: Context, q: Quotation, pronoun: string): boolean {
  const text = ctx.paragraphs[q.paragraph];
  const sentence = sentenceOf(ctx, q.paragraph, q.open);
  const re = new RegExp(`\\b${pronoun}\\b`, 'i');
  // A window around the quote keeps run-on text linear.
  return re.test(text.slice(Math.max(sentence.start, q.open - 200), q.open)) || (q.close !== null && re.test(text.slice(q.close + 1, Math.max(q.close + 1, Math.min(sentence.end, q.close + 201)))));
}

/** `"…," the senator said` / `"…," said the candidate`: a definite person descriptor as the whole attribution. */
const DESCRIPTOR_AFTER_RE = new RegExp(`^[\\s,—–-]*(?:(?:${SPEECH_VERB_ALT})\\s+the\\s+((?:[\\p{L}.’'-]+\\s+){0,4}?)(\\p{Ll}+)\\s*[,.]|the\\s+((?:[\\p{L}.’'-]+\\s+){0,4}?)(\\p{Ll}+)\\s+(?:${VERB_ADVERBS}\\s+)*(?:${SPEECH_VERB_ALT})\\b)`, 'u');

/** The gender a person descriptor right after a quote gives ('any' when none), or null when there is none. */
function describedAfter(tail: string): Gender | 'any' | null {
  const m = DESCRIPTOR_AFTER_RE.exec(tail);
  if (m === null) return null;
  const head = (m[2] ?? m[4]).toLowerCase();
  if (!PERSON_NOUNS.has(head) && !ROLE_NOUN_TITLES.has(head)) return null;
  return FEMALE_WORDS.has(head) ? 'female' : MALE_WORDS.has(head) ? 'male' : 'any';
}

/**
 * Speech verbs outside quotations between the end of one quote and the start of another (at most
 * three paragraphs, each under LONG_PARAGRAPH): past the first quote's own attribution, another
 * one reports someone else (`Another worshiper said he heard …`).
 */
function speechVerbsBetween(ctx: Context, from: ExtractedQuote, to: Quotation): number {
  let n = 0;
  for (let p = from.paragraph; p <= to.paragraph; p++) {
    const text = ctx.paragraphs[p];
    if (text.length > LONG_PARAGRAPH) return Infinity;
    const start = p === from.paragraph ? from.end : 0;
    const end = p === to.paragraph ? to.open : text.length;
    const spans = ctx.byParagraph[p].filter((x) => x.kind === 'quote' && x.open < end && (x.close ?? text.length) >= start);
    for (const m of speechVerbs(text.slice(start, end))) {
      const at = start + m.index;
      if (!spans.some((x) => at > x.open && at < (x.close ?? text.length))) n++;
    }
  }
  return n;
}

/** Another person who fits, named between the end of one quote and the start of another. */
function rivalBetween(ctx: Context, from: ExtractedQuote, to: Quotation, speaker: number, fits: (index: number) => boolean): boolean {
  for (let p = from.paragraph; p <= to.paragraph; p++) {
    for (const m of ctx.mentions[p]) {
      if (p === from.paragraph && m.start < from.end) continue;
      if (p === to.paragraph && m.start >= to.open) break;
      if (m.type === 'person' && m.entity !== speaker && fits(m.entity)) return true;
    }
  }
  return false;
}

/** Continuation chains: a piece without a closing mark and the piece opening the next paragraph share a speaker. */
function propagateContinuations(quotes: Quotation[], results: ExtractedQuote[], indexes: number[][], ctx: Context): void {
  for (let round = 0; round < 2; round++) {
    for (let i = 0; i < quotes.length; i++) {
      const q = quotes[i];
      if (q.close !== null) continue;
      const next = (indexes[q.paragraph + 1] ?? []).find((j) => quotes[j].open === 0);
      // `"WALLACE: …` opens a new turn of a transcript, whatever the marks say.
      if (next === undefined || opensWithLabel(quotes[next].text)) continue;
      const a = results[i];
      const b = results[next];
      if (a.speaker && !b.speaker) copy(ctx, b, a, 'continuation', 0.9);
      else if (b.speaker && !a.speaker) copy(ctx, a, b, 'continuation', 0.9);
    }
  }
}

/**
 * A whole quote with no attribution of its own takes the speaker of the nearest
 * attributed quote of its paragraph (the one before it, else the one after it:
 * `"…," Cruz said. "…"`) when no other person is the subject of a clause
 * between them. A person named in the speaker's appositive, addressed, or
 * after a preposition ("said Jeff Weaver, Sanders' campaign manager", "told
 * CNN's Gloria Borger") is no rival speaker.
 */
function propagateSameParagraph(ctx: Context, quotes: Quotation[], results: ExtractedQuote[], indexes: number[][]): void {
  for (let i = 0; i < quotes.length; i++) {
    if (results[i].speaker) continue;
    const p = quotes[i].paragraph;
    if (ctx.paragraphs[p].length > LONG_PARAGRAPH) continue;
    const list = indexes[p];
    const at = list.indexOf(i);
    const before = list.slice(0, at).reverse().find((j) => results[j].speaker && !propagatedHere.has(results[j]));
    // A fragment in the writer's own sentence: only right after a whole quote of its speaker, nobody else named or reporting in between.
    if (results[i].partial && (before === undefined || results[before].partial || !fragmentContinues(ctx, quotes[before], quotes[i], results[before].speaker!))) continue;
    // `"…," he said. And Ann Lee called for "…"`: a quote whose own he/she after it named no one takes no later
    // quote's speaker (news copy does not name someone after a pronoun for them).
    const after = results[i].partial || ownPronounAfter(ctx, quotes[i]) ? undefined : list.slice(at + 1).find((j) => results[j].speaker && !propagatedHere.has(results[j]));
    for (const j of before === undefined ? (after === undefined ? [] : [after]) : [before]) {
      const sib = results[j];
      const from = Math.min(quotes[i].end, quotes[j].end);
      const to = Math.max(quotes[i].start, quotes[j].start);
      if (rivalSubjectBetween(ctx, p, from, to, sib.speaker!)) continue;
      copy(ctx, results[i], sib, 'same-paragraph', 0.85);
      propagatedHere.add(results[i]);
    }
  }
}

/** Whether a he/she right after the quote, in its sentence, attributes it (`"…," he said`; not `"…." He added`). */
function ownPronounAfter(ctx: Context, q: Quotation): boolean {
  if (q.close === null || /\.$/.test(q.text.trimEnd())) return false;
  return PRONOUN_AFTER_RE.test(ctx.paragraphs[q.paragraph].slice(q.close + 1, q.close + 120));
}

/**
 * `"…," said Ann Beck. Now, "the mood has turned."`: between a whole quote and a fragment after it, no
 * speech verb and no one named but the speaker (outside quotations).
 */
function fragmentContinues(ctx: Context, from: Quotation, to: Quotation, speaker: SpeakerRef): boolean {
  if (from.close === null) return false;
  const text = ctx.paragraphs[from.paragraph];
  // The whole quote's attribution sentence, then the fragment's own sentence up to it. The sentence
  // split knows initials and abbreviations (`said Jock A. Finlayson, head of policy at the U.S. unit.`).
  const gapStart = attributionSentenceEnd(ctx, from, to.open);
  if (ctx.mentions[from.paragraph].some((m) => m.start >= gapStart && m.end <= to.open && !(m.type === speaker.type && m.entity === speaker.index))) return false;
  for (const _ of speechVerbs(text.slice(gapStart, to.open))) return false;
  return true;
}

/**
 * Where the sentence holding a whole quote's attribution ends, when it ends before `limit` within 200
 * characters of the closing mark; else right after the closing mark.
 */
function attributionSentenceEnd(ctx: Context, from: Quotation, limit: number): number {
  const close = from.close! + 1;
  const end = sentenceOf(ctx, from.paragraph, from.close!).end;
  if (end > close && end <= limit && /[.?!]["”’')\]]*\s*$/.test(ctx.paragraphs[from.paragraph].slice(close, end)) && end - close <= 200) return end;
  const first = /^[^.?!]{0,160}[.?!]/.exec(ctx.paragraphs[from.paragraph].slice(close, limit));
  return close + (first ? first[0].length : 0);
}

/** Quotes given a speaker by their paragraph's neighbours: never a source for another quote of the paragraph. */
const propagatedHere = new WeakSet<ExtractedQuote>();

/**
 * A subordinating conjunction (and title words, or a name's lower-case particle) right before a name, after a comma:
 * `, after Mayor `, `, when `, `, after de ` (Blasio).
 */
const SUBORDINATE_BEFORE_RE = /,\s+(?:after|before|when|while|because|since|until|although|though|once|whereas)\s+(?:(?:\p{Lu}[\p{L}.’'-]*|de|da|di|du|del|van|von|der|den|la|le|al|el|bin|ibn)\s+){0,3}$/u;

/** A person other than `speaker`, named as the subject of a clause between `from` and `to`. */
function rivalSubjectBetween(ctx: Context, p: number, from: number, to: number, speaker: SpeakerRef): boolean {
  const text = ctx.paragraphs[p];
  const inRange = ctx.mentions[p].filter((m) => m.start >= from && m.end <= to);
  for (const m of inRange) {
    if (m.type !== 'person' || (speaker.type === 'person' && m.entity === speaker.index)) continue;
    const sentence = sentenceOf(ctx, p, m.start);
    const start = Math.max(sentence.start, from);
    // `"…," Ann Lee told the paper, after Tom Hale asked …. "…"`: the subject of a subordinate clause is no rival.
    if (SUBORDINATE_BEFORE_RE.test(text.slice(Math.max(start, m.start - 60), m.start))) continue;
    const same = ctx.mentions[p].filter((o) => o.start >= start && o.end <= sentence.end);
    if (isSubject(text, start, m, same)) return true;
  }
  return false;
}

function copy(ctx: Context, to: ExtractedQuote, from: ExtractedQuote, method: string, confidence: number): void {
  setSpeaker(ctx, to, { speaker: from.speaker!, method, confidence: Math.min(confidence, from.confidence ?? confidence) });
}

function onlyQuotation(ctx: Context, paragraph: number): boolean {
  const text = ctx.paragraphs[paragraph];
  let rest = text;
  const spans = [...ctx.byParagraph[paragraph]].sort((a, b) => b.open - a.open);
  for (const s of spans) rest = rest.slice(0, s.open) + rest.slice((s.close ?? text.length - 1) + 1);
  return rest.replace(/[\s.,;:!?—–-]/g, '') === '' && spans.length > 0;
}

/**
 * `Cuban said Trump's grasp of policy is worrying.` before a paragraph that is
 * only a quotation: the subject of the speech verb in the paragraph's last
 * sentence, when nobody else is named after that verb.
 */
function reportingSpeaker(ctx: Context, paragraph: number, which?: number): Found | null {
  const text = ctx.paragraphs[paragraph];
  const sentences = ctx.sentences[paragraph];
  const sentence = sentences[which ?? sentences.length - 1];
  if (sentence === undefined || text.length > LONG_PARAGRAPH) return null;
  let verb: PhraseMatch | null = null;
  for (const m of speechVerbs(text.slice(sentence.start))) verb = m;
  if (verb === null) return null;
  const verbAt = sentence.start + verb.index;
  const found = subjectBefore(ctx, paragraph, sentence.start, verbAt);
  if (!found || found.method === 'descriptor') return null;
  const after = ctx.mentions[paragraph].filter((m) => m.start > verbAt && m.type === 'person' && !(found.speaker.type === 'person' && m.entity === found.speaker.index));
  return after.length === 0 ? found : null;
}

/** How long a sentence introducing the next quotation by its subject alone may be (characters). */
const SHORT_SENTENCE = 90;

/**
 * `Rubio disagreed.` or `Whitaker was blunt.` before a quotation with no attribution: a short
 * sentence (the paragraph's last, or `which`) whose subject is the only person it names.
 */
function shortSentenceSubject(ctx: Context, paragraph: number, which?: number): Found | null {
  const text = ctx.paragraphs[paragraph];
  const sentence = ctx.sentences[paragraph][which ?? ctx.sentences[paragraph].length - 1];
  if (sentence === undefined || sentence.end - sentence.start > SHORT_SENTENCE || /["“”]|''/.test(text.slice(sentence.start, sentence.end))) return null;
  // A passive says what befell the subject, not that it spoke: `Sollis was elected in the spring.`
  if (/\b(?:was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en)\b/u.test(text.slice(sentence.start, sentence.end))) return null;
  const inside = ctx.mentions[paragraph].filter((m) => m.start >= sentence.start && m.end <= sentence.end);
  const first = inside[0];
  if (first?.type !== 'person' || inside.some((m) => m.type === 'person' && m.entity !== first.entity)) return null;
  if (!isSubject(text, sentence.start, first, inside) && !/^\s*(?:\([^()]{0,60}\))?(?:\s*,[^,]{1,80},)?\s+(?:\p{Ll}+ly\s+)?(?:was|is|were|are|\p{Ll}+ed)\b/u.test(text.slice(first.end, sentence.end))) return null;
  return { speaker: { type: 'person', index: first.entity }, method: 'previous-sentence', confidence: 0.55 };
}

/** "Kerry said:" / "In a statement, the ministry said:" ending a paragraph. */
function colonIntro(ctx: Context, paragraph: number): Found | null {
  const text = ctx.paragraphs[paragraph];
  const sentence = ctx.sentences[paragraph][ctx.sentences[paragraph].length - 1];
  let verbAt = -1;
  let verbWord = '';
  for (const m of speechVerbs(text.slice(sentence.start))) {
    verbAt = sentence.start + m.index;
    verbWord = m.text;
  }
  const colon = text.lastIndexOf(':');
  const clause = (): Found | null => (colon >= sentence.start ? colonClauseSpeaker(ctx, paragraph, sentence.start, colon) : null);
  if (verbAt < 0) return clause();
  const afterVerb = verbAt + verbWord.length;
  const inv = /^\s+/.exec(text.slice(afterVerb));
  if (inv) {
    const s = speakerStartingAt(ctx, paragraph, afterVerb + inv[0].length);
    if (s) return { speaker: s.speaker, method: 'colon-intro', confidence: 0.85 };
  }
  return subjectBefore(ctx, paragraph, sentence.start, verbAt) ?? clause();
}
