import { InvalidInputError } from '../errors';
import type { IngestInput } from '../records/article-records';


/** Longest url accepted (what common browsers and servers accept). */
const MAX_URL_LENGTH = 2048;
/** Longest section, byline or headline given as metadata. */
const MAX_META_LENGTH = 1000;

/**
 * Checks an ingest request's metadata before anything else happens, so a
 * refused request reaches neither the entity service nor the store. The url,
 * when given (blank counts as none), must be an absolute http or https url;
 * no field may contain a NUL character (PostgreSQL cannot store one). Throws
 * InvalidInputError naming the field.
 */
export function checkIngestInput(input: IngestInput): void {
  for (const field of ['url', 'section', 'byline', 'headline'] as const) {
    const value = input[field];
    if (value === null || value === undefined) continue;
    if (typeof value !== 'string') throw new InvalidInputError(`"${field}" must be a string.`, { field });
    if (value.includes('\u0000')) throw new InvalidInputError(`"${field}" contains a NUL character.`, { field });
    const limit = field === 'url' ? MAX_URL_LENGTH : MAX_META_LENGTH;
    if (value.length > limit) throw new InvalidInputError(`"${field}" is longer than ${limit} characters.`, { field, limit });
  }
  const url = input.url?.trim();
  if (url) checkArticleUrl(url);
}

function checkArticleUrl(url: string): void {
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (parsed === null || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.hostname === '') {
    throw new InvalidInputError('"url" must be an absolute http:// or https:// url.', { field: 'url' });
  }
}
