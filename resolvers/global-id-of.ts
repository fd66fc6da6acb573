import { toGlobalId } from '../src/ids';

const articles = new WeakMap<object, string>();

/**
 * `toGlobalId('Article', record.id)`, computed once per record object. The
 * record caches hand the same (never changed) record to every request, so a
 * front page's ids are mostly encoded already; each string goes with its
 * record. (Quotes, people and organizations carry their global id on the node
 * objects their resolvers answer: quote-node.ts, entity-node.ts.)
 */
export function articleGlobalId(record: { readonly id: number }): string {
  let id = articles.get(record);
  if (id === undefined) {
    id = toGlobalId('Article', record.id);
    articles.set(record, id);
  }
  return id;
}
