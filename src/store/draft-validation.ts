import { InvalidInputError } from '../errors';
import { overCap, overCapMessage } from './article-caps';
import { QUOTE_KINDS, type ArticleDraft, type ImageRecord, type QuoteDraft } from '../records/article-records';

/** A draft that passed validation, with its dates normalized to ISO 8601 UTC and its defaults filled in. */
export interface ValidDraft extends ArticleDraft {
  headlineDerived: boolean;
  quotes: Required<QuoteDraft>[];
  publishedAt: string | null;
  /** Published time in ms, or null: the store then sorts by ingest time. */
  publishedMs: number | null;
}

const ENTITY_TYPES = new Set(['person', 'organization']);

/**
 * Checks everything the store relies on before any write, so a bad draft
 * writes nothing. Throws InvalidInputError naming the first problem.
 */
export function validateDraft(draft: ArticleDraft): ValidDraft {
  const fail = (message: string, details: Record<string, unknown> = {}): never => {
    throw new InvalidInputError(`Invalid article: ${message}`, details);
  };
  if (typeof draft !== 'object' || draft === null) fail('expected an object');
  if (!isNonBlank(draft.headline)) fail('the headline is empty');
  if (draft.headlineDerived !== undefined && typeof draft.headlineDerived !== 'boolean') fail('headlineDerived must be true or false');
  if (!isNonBlank(draft.slug) || draft.slug.length > 200) fail('the slug must be 1 to 200 characters');
  if (!isNonBlank(draft.contentHash)) fail('the content hash is empty');
  for (const field of ['url', 'section', 'dateline', 'byline'] as const) {
    if (draft[field] !== null && typeof draft[field] !== 'string') fail(`${field} must be a string or null`);
  }
  if (!Array.isArray(draft.paragraphs) || !draft.paragraphs.every((p) => typeof p === 'string')) {
    fail('paragraphs must be an array of strings');
  }
  if (!Array.isArray(draft.images) || !draft.images.every(isImage)) fail('images must be {caption, credit, url} objects');
  const nulField = (['headline', 'slug', 'url', 'section', 'dateline', 'byline', 'contentHash'] as const).find((f) => draft[f]?.includes('\u0000'));
  if (nulField) fail(`${nulField} contains a NUL character`, { field: nulField });
  if (draft.paragraphs.some((p) => p.includes('\u0000'))) fail('a paragraph contains a NUL character');
  if (draft.images.some((i) => [i.caption, i.credit, i.url].some((v) => v?.includes('\u0000')))) fail('an image contains a NUL character');
  const publishedMs = parsePublished(draft.publishedAt, fail);
  if (!Array.isArray(draft.mentions)) fail('mentions must be an array');
  draft.mentions.forEach((m, i) => {
    const where = { mention: i };
    if (typeof m !== 'object' || m === null) fail(`mention ${i} is not an object`, where);
    if (!isPositiveId(m.entityId)) fail(`mention ${i} has no valid entity id`, where);
    if (!ENTITY_TYPES.has(m.entityType)) fail(`mention ${i} has an unknown entity type`, where);
    if (typeof m.text !== 'string') fail(`mention ${i} has no text`, where);
    if (m.text.includes('\u0000')) fail(`mention ${i} contains a NUL character`, where);
    checkSpan(draft.paragraphs, m, `mention ${i}`, fail);
    checkAttribution(m.method, m.confidence, `mention ${i}`, fail);
  });
  if (!Array.isArray(draft.quotes)) fail('quotes must be an array');
  const over = overCap(draft);
  if (over) fail(overCapMessage(over), over);
  draft.quotes.forEach((q, i) => {
    if (q.text.includes('\u0000') || q.speakerName?.includes('\u0000')) fail(`quote ${i} contains a NUL character`, { quote: i });
    const where = { quote: i };
    if (typeof q !== 'object' || q === null) fail(`quote ${i} is not an object`, where);
    if (typeof q.text !== 'string' || q.text === '') fail(`quote ${i} has no text`, where);
    if (q.speakerId !== null && !isPositiveId(q.speakerId)) fail(`quote ${i} has an invalid speaker id`, where);
    if (q.speakerName !== null && typeof q.speakerName !== 'string') fail(`quote ${i} has an invalid speaker name`, where);
    if (typeof q.partial !== 'boolean') fail(`quote ${i}: partial must be true or false`, where);
    checkSpan(draft.paragraphs, q, `quote ${i}`, fail);
    if (q.attribution !== null) checkAttribution(q.attribution.method, q.attribution.confidence, `quote ${i}`, fail);
    if (q.kind !== undefined && !(QUOTE_KINDS as readonly string[]).includes(q.kind)) fail(`quote ${i} has an unknown kind`, where);
    if (q.cue != null && (typeof q.cue !== 'string' || q.cue.trim() === '' || q.cue.length > 200)) fail(`quote ${i}: the cue must be 1 to 200 characters or null`, where);
    if (q.sourceOrganizationId != null && !isPositiveId(q.sourceOrganizationId)) fail(`quote ${i} has an invalid source organization id`, where);
  });
  const quotes = draft.quotes.map((q) => ({ ...q, kind: q.kind ?? 'direct', cue: q.cue ?? null, sourceOrganizationId: q.sourceOrganizationId ?? null }));
  return { ...draft, headlineDerived: draft.headlineDerived ?? false, quotes, publishedAt: publishedMs === null ? null : new Date(publishedMs).toISOString(), publishedMs };
}

type Fail = (message: string, details?: Record<string, unknown>) => never;

function isNonBlank(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

export function isPositiveId(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) > 0 && (value as number) <= 2147483647;
}

function isImage(value: unknown): value is ImageRecord {
  if (typeof value !== 'object' || value === null) return false;
  const image = value as Record<string, unknown>;
  return ['caption', 'credit', 'url'].every((k) => image[k] === null || typeof image[k] === 'string');
}

function parsePublished(publishedAt: string | null, fail: Fail): number | null {
  if (publishedAt === null) return null;
  const ms = typeof publishedAt === 'string' ? Date.parse(publishedAt) : NaN;
  if (Number.isNaN(ms)) fail('publishedAt is not an ISO 8601 date', { publishedAt });
  return ms;
}

/** The paragraph exists and 0 <= start <= end <= its length. */
function checkSpan(
  paragraphs: readonly string[],
  span: { paragraph: number; start: number; end: number },
  label: string,
  fail: Fail,
): void {
  const { paragraph, start, end } = span;
  if (!Number.isInteger(paragraph) || paragraph < 0 || paragraph >= paragraphs.length) {
    fail(`${label} points at paragraph ${String(paragraph)}, which does not exist`, { paragraph });
  }
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > paragraphs[paragraph].length) {
    fail(`${label} has offsets ${String(start)}..${String(end)} outside its paragraph`, { paragraph, start, end });
  }
}

function checkAttribution(method: unknown, confidence: unknown, label: string, fail: Fail): void {
  if (!isNonBlank(method)) fail(`${label} has no attribution method`);
  if (typeof confidence !== 'number' || !(confidence >= 0 && confidence <= 1)) {
    fail(`${label} has a confidence outside 0..1`, { confidence });
  }
}

/** Checks a speaker correction; throws InvalidInputError. */
export function validateSpeaker(speaker: { id: number | null; name: string | null; method: string; confidence: number }): void {
  const fail: Fail = (message, details = {}) => {
    throw new InvalidInputError(`Invalid speaker: ${message}`, details);
  };
  if (speaker.id !== null && !isPositiveId(speaker.id)) fail('the id must be a positive whole number or null');
  if (speaker.name !== null && typeof speaker.name !== 'string') fail('the name must be a string or null');
  if (speaker.name?.includes('\u0000')) fail('the name contains a NUL character');
  checkAttribution(speaker.method, speaker.confidence, 'the correction', fail);
}
