import type { QuoteKindName } from '../schema/quote-kind.enum';
import { toGlobalId } from '../src/ids';
import type { QuoteRecord } from '../src/records/article-records';
import { kindName } from './quote-kinds';

/**
 * A quote as the schema's `Quote` reads it: the record's fields, with its global id as `id` and
 * its kind's enum name as `kind`, so that `id`, `kind` and the plain fields need no resolver
 * (graphql-jit reads them off the object; a resolver costs it a resolve-info object, a path and
 * closures per call, on every quote of an answer). `record` is the store's record, for what needs
 * its local id. Every resolver that answers a `Quote` answers one of these.
 */
export interface QuoteNode extends Omit<QuoteRecord, 'id' | 'kind'> {
  id: string;
  kind: QuoteKindName;
  record: QuoteRecord;
}

/**
 * One node per record object: the record caches hand every request the same (never changed)
 * records, so a page's quotes are mostly made already. Records read afresh (PostgreSQL) get
 * theirs on first use.
 */
const nodes = new WeakMap<QuoteRecord, QuoteNode>();
/** The same per list, for an article's quotes (the narrowed lists are kept too: resolvers/quote-kinds.ts). */
const lists = new WeakMap<readonly QuoteRecord[], QuoteNode[]>();

export function quoteNode(record: QuoteRecord): QuoteNode {
  let node = nodes.get(record);
  if (node === undefined) {
    // Every field written in one literal, in one order: one object shape for all quotes.
    node = {
      id: toGlobalId('Quote', record.id),
      kind: kindName(record.kind),
      articleId: record.articleId,
      position: record.position,
      text: record.text,
      cue: record.cue,
      speakerId: record.speakerId,
      speakerName: record.speakerName,
      paragraph: record.paragraph,
      start: record.start,
      end: record.end,
      partial: record.partial,
      sourceOrganizationId: record.sourceOrganizationId,
      attribution: record.attribution,
      record,
    };
    nodes.set(record, node);
  }
  return node;
}

export function quoteNodeOrNull(record: QuoteRecord | null): QuoteNode | null {
  return record === null ? null : quoteNode(record);
}

/** The nodes of a list of quotes, in its order; the same list each time for the same list. */
export function quoteNodes(records: readonly QuoteRecord[]): QuoteNode[] {
  let list = lists.get(records);
  if (list === undefined) {
    list = records.map(quoteNode);
    lists.set(records, list);
  }
  return list;
}
