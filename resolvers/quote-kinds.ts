import { DEFAULT_QUOTE_KINDS, type QuoteKindName } from '../schema/quote-kind.enum';
import { BadUserInputError } from '../src/errors';
import type { QuoteKind, QuoteRecord } from '../src/records/article-records';

/** The store's kinds for the default of every quote listing ([DIRECT]). */
export const DEFAULT_STORE_KINDS: QuoteKind[] = DEFAULT_QUOTE_KINDS.map(storeKind);

/** The store's kinds a quote listing asks for: absent or null is the default; an empty list is a mistake. */
export function checkedKinds(kinds: readonly QuoteKindName[] | null | undefined, argument: string): QuoteKind[] {
  if (kinds == null) return DEFAULT_STORE_KINDS;
  if (kinds.length === 0) throw new BadUserInputError(`"${argument}" must list at least one kind; leave it out for [DIRECT].`, { argument });
  return kinds.map(storeKind);
}

export function storeKind(name: QuoteKindName): QuoteKind {
  return name.toLowerCase() as QuoteKind;
}

export function kindName(kind: QuoteKind): QuoteKindName {
  return kind.toUpperCase() as QuoteKindName;
}

/** An article's quotes (all kinds, in reading order) narrowed to `kinds`; the list itself when it holds only those. */
export function ofKinds(quotes: QuoteRecord[], kinds: readonly QuoteKind[]): QuoteRecord[] {
  return quotes.every((q) => kinds.includes(q.kind)) ? quotes : quotes.filter((q) => kinds.includes(q.kind));
}
