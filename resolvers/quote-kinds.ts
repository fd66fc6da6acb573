import { DEFAULT_QUOTE_KINDS, type QuoteKindName } from '../schema/quote-kind.enum';
import { BadUserInputError } from '../src/errors';
import type { QuoteKind, QuoteRecord } from '../src/records/article-records';

// Lookups rather than toLowerCase/toUpperCase: Quote.kind runs once per quote of an answer, with no string made.
const STORE_KINDS: Record<QuoteKindName, QuoteKind> = { DIRECT: 'direct', INDIRECT: 'indirect', MIXED: 'mixed' };
const KIND_NAMES: Record<QuoteKind, QuoteKindName> = { direct: 'DIRECT', indirect: 'INDIRECT', mixed: 'MIXED' };

/** The store's kinds for the default of every quote listing ([DIRECT]). */
export const DEFAULT_STORE_KINDS: QuoteKind[] = DEFAULT_QUOTE_KINDS.map(storeKind);

/** The store's kinds a quote listing asks for: absent or null is the default; an empty list is a mistake. */
export function checkedKinds(kinds: readonly QuoteKindName[] | null | undefined, argument: string): QuoteKind[] {
  if (kinds == null) return DEFAULT_STORE_KINDS;
  if (kinds.length === 0) throw new BadUserInputError(`"${argument}" must list at least one kind; leave it out for [DIRECT].`, { argument });
  return kinds.map(storeKind);
}

export function storeKind(name: QuoteKindName): QuoteKind {
  return STORE_KINDS[name] ?? (name.toLowerCase() as QuoteKind);
}

export function kindName(kind: QuoteKind): QuoteKindName {
  return KIND_NAMES[kind] ?? (kind.toUpperCase() as QuoteKindName);
}

/**
 * Narrowed lists per quote list and kinds asked for. The SQLite store's record cache hands every
 * request the same list for an article, and lists are never changed: the front page's twenty
 * articles are narrowed once, not once per request. (Lists read afresh, as PostgreSQL's are, just miss.)
 */
const narrowedByList = new WeakMap<readonly QuoteRecord[], Map<number, QuoteRecord[]>>();
/** Kinds as bits: the narrowing's key, with no string made per call. */
const KIND_BITS: Record<QuoteKind, number> = { direct: 1, indirect: 2, mixed: 4 };

/** An article's quotes (all kinds, in reading order) narrowed to `kinds`; the list itself when it holds only those. */
export function ofKinds(quotes: QuoteRecord[], kinds: readonly QuoteKind[]): QuoteRecord[] {
  let key = 0;
  for (const kind of kinds) key |= KIND_BITS[kind];
  let narrowed = narrowedByList.get(quotes);
  const known = narrowed?.get(key);
  if (known !== undefined) return known;
  const list = quotes.every((q) => kinds.includes(q.kind)) ? quotes : quotes.filter((q) => kinds.includes(q.kind));
  if (narrowed === undefined) narrowedByList.set(quotes, (narrowed = new Map()));
  narrowed.set(key, list);
  return list;
}
