import { InvalidInputError } from '../errors';
import type { ValidDraft } from './draft-validation';

/** A stored article that shares the draft's url or content hash. */
export interface MatchingArticle {
  id: number;
  url: string | null;
  content_hash: string;
  slug: string;
}

export type SavePlan =
  | { action: 'create' }
  | { action: 'unchanged'; id: number }
  /** Update in place, keeping id and slug (slugs are permalinks). */
  | { action: 'update'; id: number; url: string | null; slug: string };

/**
 * Decides what saving a draft does, given the stored articles with its url
 * or content hash (at most two). A url match wins over a hash match. A draft
 * without url keeps the stored article's url. When the url names one article
 * and the hash another, the draft cannot be stored without merging them:
 * InvalidInputError.
 */
export function planSave(draft: ValidDraft, matches: readonly MatchingArticle[]): SavePlan {
  const byUrl = draft.url === null ? undefined : matches.find((m) => m.url === draft.url);
  const byHash = matches.find((m) => m.content_hash === draft.contentHash);
  if (byUrl && byHash && byUrl.id !== byHash.id) {
    throw new InvalidInputError('Invalid article: its text is already stored under another url.', {
      url: draft.url,
      articleId: byHash.id,
    });
  }
  const match = byUrl ?? byHash;
  if (!match) return { action: 'create' };
  const url = draft.url ?? match.url;
  if (match.content_hash === draft.contentHash && match.url === url) return { action: 'unchanged', id: match.id };
  return { action: 'update', id: match.id, url, slug: match.slug };
}

/** The first of base, base-2, base-3… not in `taken`. */
export function freeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
