import { toGlobalId, type NodeType } from '../src/ids';

const articles = new WeakMap<object, string>();
const people = new WeakMap<object, string>();
const organizations = new WeakMap<object, string>();
const quotes = new WeakMap<object, string>();

/**
 * `toGlobalId(type, record.id)`, computed once per record object. The record
 * caches hand the same (never changed) record to every request, so a front
 * page's ids are mostly encoded already; each string goes with its record.
 * The type's map is picked by comparison, not by a keyed read: called with
 * four type names, a keyed read goes megamorphic (a generic lookup per id).
 */
export function globalIdOf(type: NodeType, record: { readonly id: number }): string {
  const byRecord = type === 'Quote' ? quotes : type === 'Person' ? people : type === 'Organization' ? organizations : articles;
  let id = byRecord.get(record);
  if (id === undefined) {
    id = toGlobalId(type, record.id);
    byRecord.set(record, id);
  }
  return id;
}
