import { toGlobalId, type NodeType } from '../src/ids';

const remembered: Record<NodeType, WeakMap<object, string>> = {
  Article: new WeakMap(),
  Person: new WeakMap(),
  Organization: new WeakMap(),
  Quote: new WeakMap(),
};

/**
 * `toGlobalId(type, record.id)`, computed once per record object. The record
 * caches hand the same (never changed) record to every request, so a front
 * page's ids are mostly encoded already; each string goes with its record.
 */
export function globalIdOf(type: NodeType, record: { readonly id: number }): string {
  const byRecord = remembered[type];
  let id = byRecord.get(record);
  if (id === undefined) {
    id = toGlobalId(type, record.id);
    byRecord.set(record, id);
  }
  return id;
}
