/**
 * A quote's own attribution, strategies in order: a transcript label or a
 * sign-off (labels.ts), the attribution after the quote, before it, at the end of its sentence, in the sentence after it
 * ("So said X"), or the subject of a colon introduction.
 */
import { attributeAfter, speakerStartingAt, subjectThenVerb } from './after';
import { attributeBefore } from './before';
import { colonClauseSpeaker } from './colon';
import { type Context, type Found, mentionsWithin, sentenceOf } from './context';
import { attributeSignOff, attributeTranscriptLabel } from './labels';
import { ATTRIBUTION_WINDOW, END_ATTRIBUTION_RE } from './patterns';
import type { Quotation } from '../quotations';
import { SPEECH_VERB_ALT } from '../lexicon';
import { attributeUsedWords } from './used-words';

export function attributeOwn(ctx: Context, q: Quotation): Found | null {
  const label = attributeTranscriptLabel(ctx, q) ?? attributeSignOff(ctx, q);
  if (label) return label;
  const after = attributeAfter(ctx, q);
  // "X said … "…," according to the agency": the agency is the source, X the speaker.
  if (after && after.method !== 'according-to') return after;
  return attributeBefore(ctx, q) ?? after ?? attributeSentenceEnd(ctx, q) ?? attributeNamedNext(ctx, q) ?? attributeColonSubject(ctx, q) ?? attributeDashAside(ctx, q) ?? attributeUsedWords(ctx, q);
}

const DASH_BEFORE_RE = /\s(?:--|—|–)\s*$/u;
const DASH_AFTER_RE = /^[,.]?\s*(?:--|—|–)\s/u;

/**
 * `Republicans said the same, including Mitt Roe -- "It is disqualifying to …" -- and Ann Lee`: a whole sentence
 * quoted in dashes right after a person's name is that person's. A fragment there (`Roe -- "a true patriot" --`,
 * `Roe -- "A true friend to us all" --`) may describe the name, and gives no speaker.
 */
function attributeDashAside(ctx: Context, q: Quotation): Found | null {
  if (q.close === null || !/^\p{Lu}/u.test(q.text) || /^(?:A|An|The)\s/u.test(q.text) || q.text.split(/\s+/).length < 6) return null;
  const text = ctx.paragraphs[q.paragraph];
  const dash = DASH_BEFORE_RE.exec(text.slice(Math.max(0, q.open - 6), q.open));
  if (!dash || !DASH_AFTER_RE.test(text.slice(q.close + 1, q.close + 8))) return null;
  const end = Math.max(0, q.open - 6) + dash.index;
  const named = mentionsWithin(ctx, q.paragraph, Math.max(0, end - 80), end).pop();
  if (named === undefined || named.type !== 'person' || text.slice(named.end, end).trim() !== '') return null;
  return { speaker: { type: 'person', index: named.entity }, method: 'dash-aside', confidence: 0.7 * named.confidence };
}

/** The sentence after a quote that stands alone names its speaker: "That warning came from X", "So said X". */
const NAMED_NEXT_RE =
  /^\s+(?:(?:That|This|The|Those|These)\s+(?:[\p{Ll}-]+\s+){0,2}(?:warning|assessment|verdict|view|message|comment|comments|remark|remarks|words|prediction|observation|criticism|complaint|appeal|plea|advice|judgment|judgement|quip|admission|boast|promise|pledge|threat|rebuke|diagnosis|forecast|reaction|response)\s+(?:came|comes)\s+from|So\s+(?:said|says)|(?:Those|These)\s+were\s+the\s+words\s+of)\s+/u;

/** `"The timeline has slipped every year." That warning came from Tom Ferrante, an analyst…` */
function attributeNamedNext(ctx: Context, q: Quotation): Found | null {
  if (q.close === null || !/[.?!]$/.test(q.text.trimEnd())) return null;
  const text = ctx.paragraphs[q.paragraph];
  // The quotation is a sentence of its own: nothing of its sentence before it.
  if (!/(?:^|[.?!]["”’]?)\s*$/.test(text.slice(Math.max(0, q.open - 40), q.open))) return null;
  // The naming sentence follows in the same paragraph, or opens the next one when the quotation ends its paragraph.
  // Bounded slices: the pattern and a name fit in a few hundred characters, and run-on input stays linear.
  const rest = text.slice(q.close + 1, q.close + 1 + ATTRIBUTION_WINDOW);
  const [paragraph, from] = rest.trim() === '' && q.paragraph + 1 < ctx.paragraphs.length ? [q.paragraph + 1, 0] : [q.paragraph, q.close + 1];
  const m = NAMED_NEXT_RE.exec(' ' + ctx.paragraphs[paragraph].slice(from, from + ATTRIBUTION_WINDOW));
  if (!m) return null;
  const s = speakerStartingAt(ctx, paragraph, from + m[0].length - 1);
  return s ? { speaker: s.speaker, method: 'named-after', confidence: 0.8 * s.confidence } : null;
}

/**
 * `Asked about the rivals, Whitaker was blunt: "…"`: the subject of the clause a
 * colon ends introduces a whole quotation (see colon.ts); so does `As X put it,`
 * or `According to X,` with a comma.
 */
function attributeColonSubject(ctx: Context, q: Quotation): Found | null {
  const text = ctx.paragraphs[q.paragraph];
  const colon = /[:,]\s*$/.exec(text.slice(Math.max(0, q.open - 3), q.open));
  const sentence = sentenceOf(ctx, q.paragraph, q.open);
  if (!colon) return asPutItThenClause(ctx, q, sentence.start);
  if (!/^[\p{Lu}\p{N}'"‘“[]/u.test(q.text)) return null;
  if (q.open - sentence.start > ATTRIBUTION_WINDOW) return null;
  // A comma introduces the quotation only after "As X put it," or "According to X,".
  if (colon[0].startsWith(',') && !/^\s*["“]?(?:(?:But|And|Yet|So)\s+)?(?:As|According\s+to)\s/u.test(text.slice(sentence.start, q.open))) return null;
  return colonClauseSpeaker(ctx, q.paragraph, sentence.start, Math.max(0, q.open - 3) + colon.index);
}

/** A sentence opening with `As X put it …,` (or `According to X,`) up to its last comma. */
const AS_CLAUSE_RE = /^\s*["“]?(?:(?:But|And|Yet|So)\s+)?(?:As|According\s+to)\s[^"“”;]*,\s*/u;
/** The short main clause between that comma and a quotation it ends with: `RT is `, `the plan was `. */
const SHORT_CLAUSE_RE = /^[^,:;"“”()]{1,50}\s$/u;

/**
 * `As Ms. Lane put it in July, the network is "a voice you won't hear elsewhere."`: the quotation ends a short
 * clause after `As X put it,`, which attributes the clause (and so the quotation) to X. The clause names no one and
 * holds no speech verb of its own.
 */
function asPutItThenClause(ctx: Context, q: Quotation, sentenceStart: number): Found | null {
  if (q.open - sentenceStart > ATTRIBUTION_WINDOW) return null;
  const text = ctx.paragraphs[q.paragraph];
  const as = AS_CLAUSE_RE.exec(text.slice(sentenceStart, q.open));
  if (!as) return null;
  const comma = sentenceStart + as[0].lastIndexOf(',');
  const clause = text.slice(sentenceStart + as[0].length, q.open);
  if (!SHORT_CLAUSE_RE.test(clause) || SPEECH_VERB_WORD_RE.test(clause) || mentionsWithin(ctx, q.paragraph, sentenceStart + as[0].length, q.open).some((m) => m.type === 'person')) return null;
  return colonClauseSpeaker(ctx, q.paragraph, sentenceStart, comma);
}

const SPEECH_VERB_WORD_RE = new RegExp(`\\b(?:${SPEECH_VERB_ALT})\\b`, 'iu');

/** The last `, said ` of a sentence's tail (one comma piece after it at most, no quotation mark). */
const INVERTED_END_RE = new RegExp(`,\\s*(?:${SPEECH_VERB_ALT})\\s+(?=[^,"“”]{1,120}(?:,[^"“”]{0,160})?$)`, 'i');
/** After an inverted speaker, up to its sentence's end: a parenthetical, an appositive, a period. */
const SENTENCE_REST_RE = /^(?:\s*\([^()]{0,60}\))?(?:\s*,[^"“”]{0,160})?\s*[.!?]?\s*$/u;

/** `The plan is "dead on arrival," and must change, Smith said.` and `…, according to X.` at the end of the sentence. */
function attributeSentenceEnd(ctx: Context, q: Quotation): Found | null {
  if (q.close === null) return null;
  const text = ctx.paragraphs[q.paragraph];
  const sentence = sentenceOf(ctx, q.paragraph, q.open);
  const tail = text.slice(q.close + 1, sentence.end);
  const list = ctx.byParagraph[q.paragraph];
  for (let k = (ctx.position.get(q) ?? 0) + 1; k < list.length && list[k].open < sentence.end; k++) if (list[k].kind === 'quote' && list[k].open > q.close) return null;
  const according = /,\s*according to\s+/i.exec(tail);
  if (according) {
    const s = speakerStartingAt(ctx, q.paragraph, q.close + 1 + according.index + according[0].length);
    if (s) return { speaker: s.speaker, method: 'according-to', confidence: 0.8 * s.confidence };
  }
  // `…" in the 2008 primary, said Ohio State professor Ann Beck.`: an inverted verb and its subject end the sentence.
  const inverted = INVERTED_END_RE.exec(tail);
  if (inverted) {
    const from = q.close + 1 + inverted.index + inverted[0].length;
    const s = speakerStartingAt(ctx, q.paragraph, from);
    if (s && SENTENCE_REST_RE.test(text.slice(s.end, sentence.end))) return { speaker: s.speaker, method: 'said-after-quote', confidence: 0.85 * s.confidence };
  }
  const endAttr = END_ATTRIBUTION_RE.exec(tail);
  if (endAttr) {
    const at = q.close + 1 + endAttr.index + endAttr[0].indexOf(endAttr[1]);
    const s = subjectThenVerb(ctx, q.paragraph, at);
    if (s) return { ...s, method: s.method === 'name' ? 'said-after-quote' : s.method, confidence: 0.85 * s.confidence };
  }
  return null;
}
