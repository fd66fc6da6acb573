/**
 * Speakers written as labels rather than in a clause: a sign-off after a
 * quotation (`"…" ― Ana Ruiz`, or `- Ana Ruiz.` as the next paragraph) and a
 * transcript's speaker label (`"HOLT: …`, `HOLT: "…"`).
 */
import { speakerStartingAt } from './after';
import { type Context, type Found, person } from './context';
import { NOT_SPEAKER_LABELS } from '../lexicon';
import type { Quotation } from '../quotations';

/** A dash opening a sign-off: a horizontal bar, an em or en dash, one or two hyphens. */
const SIGN_OFF_DASH_RE = /^\s*(?:―|—|–|--?)\s*/u;
/** Between a quotation and the next one: only a dash and a short signature (`" ― Ana Ruiz, 34. "`). */
const SIGNED_BEFORE_RE = /^\s*(?:―|—|–|--?)\s*\p{Lu}[^"“”]{0,80}$/u;
/** What may follow the signed name to the end of its paragraph: a parenthetical, an age or place after a comma, a period. */
const SIGN_OFF_TAIL_RE = /^\s*(?:\([^()]{0,60}\))?\s*(?:[,.]\s*[^"“”‘’]{0,100})?$/u;

/**
 * `"Maybe we can build a wall." ― Steve Quinlan`: a quotation opening its
 * paragraph (or a sentence, or following another signed quotation) and signed by
 * a name that ends the paragraph or precedes the next quotation; or a
 * paragraph that is only the quotation, signed by the next paragraph
 * (`- Ana Ruiz.`).
 */
export function attributeSignOff(ctx: Context, q: Quotation): Found | null {
  if (q.close === null) return null;
  const text = ctx.paragraphs[q.paragraph];
  const list = ctx.byParagraph[q.paragraph];
  const at = ctx.position.get(q) ?? 0;
  // Signed quotations one a line, run into one paragraph: `"…" ― Ana Ruiz "…" ― Tom Lee` opens each after the last sign-off.
  const previous = at > 0 ? list[at - 1] : null;
  const afterSignOff = previous !== null && previous.close !== null && SIGNED_BEFORE_RE.test(text.slice(previous.close + 1, q.open));
  if (!afterSignOff && !/(?:^|[.?!:]["”’]?)\s*$/u.test(text.slice(Math.max(0, q.open - 3), q.open))) return null;
  const following = list[at + 1];
  const rest = text.slice(q.close + 1, following ? following.open : text.length);
  const dash = SIGN_OFF_DASH_RE.exec(rest);
  if (dash && dash[0].trim() !== '') return signedBy(ctx, q.paragraph, q.close + 1 + dash[0].length, following ? following.open : text.length);
  // The quotation is the whole paragraph, and the next paragraph is a dash and a name.
  if (rest.trim() !== '' || text.slice(0, q.open).trim() !== '' || q.paragraph + 1 >= ctx.paragraphs.length) return null;
  const next = ctx.paragraphs[q.paragraph + 1];
  const nextDash = SIGN_OFF_DASH_RE.exec(next);
  return nextDash && nextDash[0].trim() !== '' && next.length < 120 ? signedBy(ctx, q.paragraph + 1, nextDash[0].length) : null;
}

function signedBy(ctx: Context, paragraph: number, at: number, end?: number): Found | null {
  const text = ctx.paragraphs[paragraph];
  const s = speakerStartingAt(ctx, paragraph, at);
  if (!s || s.speaker.type !== 'person' || !SIGN_OFF_TAIL_RE.test(text.slice(s.end, end))) return null;
  return { speaker: s.speaker, method: 'sign-off', confidence: 0.85 * s.confidence };
}

/** A transcript label: one to three words in capitals and a colon (`WALLACE:`, `SEN. KAINE:`). */
const LABEL_RE = /^\s*((?:[\p{Lu}][\p{Lu}’'.-]*\s+){0,2}[\p{Lu}][\p{Lu}’'-]+):\s/u;

/** Whether a quotation's text opens with a transcript label: a new turn, never another's continuation. */
export function opensWithLabel(text: string): boolean {
  return LABEL_RE.test(text);
}

/** The label a quotation opens with, or that opens its paragraph right before it (`HOLT: "…"`): its words. */
function labelOf(ctx: Context, q: Quotation): string | null {
  const text = ctx.paragraphs[q.paragraph];
  const inside = LABEL_RE.exec(q.text);
  // A label before the quotation opens its paragraph and is short.
  const before = inside || q.open > 40 ? null : LABEL_RE.exec(text.slice(0, q.open) + ' ');
  const label = inside ?? (before && before[0].length >= q.open ? before : null);
  if (!label) return null;
  // Only the paragraph's first quotation follows a label before it.
  if (!inside && text.slice(0, q.open).trim().length !== label[0].trim().length) return null;
  return label[1];
}

function surnameOf(label: string): string {
  return label.split(/\s+/).pop()!.replace(/[’'.]+$/, '');
}

/** The people of the article whose surname is the label's last word. */
function labelled(ctx: Context, surname: string): number[] {
  const matches: number[] = [];
  ctx.entities.people.forEach((p, i) => {
    const last = p.name.split(/\s+/).filter((w) => !/^(?:Jr|Sr|II|III|IV)\.?$/.test(w)).pop() ?? '';
    if (last.toUpperCase() === surname) matches.push(i);
  });
  return matches;
}

/**
 * `"WALLACE: Let me ask you…` or `PENCE: "Well, look…"`: the label names the
 * speaker when exactly one person of the article has that surname.
 */
export function attributeTranscriptLabel(ctx: Context, q: Quotation): Found | null {
  const label = labelOf(ctx, q);
  if (label === null) return null;
  const surname = surnameOf(label);
  if (surname.length < 2) return null;
  const matches = labelled(ctx, surname);
  return matches.length === 1 ? person(matches[0], 'transcript-label', 0.85) : null;
}

/**
 * A transcript label naming nobody else in the article (a moderator named only
 * in the labels): the label itself, written as a name (`WALLACE` → `Wallace`),
 * is the speaker's name. Words that head notes rather than turns
 * (`UPDATE:`, `EDITOR'S NOTE:`) name no one.
 */
export function unmatchedLabelName(ctx: Context, q: Quotation): string | null {
  const label = labelOf(ctx, q);
  if (label === null) return null;
  const surname = surnameOf(label);
  if (surname.length < 2 || labelled(ctx, surname).length > 0) return null;
  const parts = label.split(/\s+/);
  if (parts.some((w) => NOT_SPEAKER_LABELS.has(w.replace(/[’'.]+$|[’']S$/, '').toLowerCase()))) return null;
  return parts.map((w) => w[0] + w.slice(1).toLowerCase()).join(' ');
}
