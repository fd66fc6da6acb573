/**
 * a[0], b[0], a[1], b[1], …, then the rest of the longer list; appended to `out` (a new list by
 * default) until it holds `limit` items.
 */
export function interleave<A, B, O = never>(a: readonly A[], b: readonly B[], limit = Infinity, out: (A | B | O)[] = []): (A | B | O)[] {
  for (let i = 0; out.length < limit && (i < a.length || i < b.length); i++) {
    if (i < a.length) out.push(a[i]);
    if (i < b.length && out.length < limit) out.push(b[i]);
  }
  return out;
}

/**
 * `interleave` over the nodes of two pages' rows (`a[i].node`, `b[i].node`), without the two
 * lists of nodes: the same items in the same order. `nodeOfB` turns a node of `b` into the item
 * listed (the node itself by default).
 */
export function interleaveRows<A, B, O = never, NB = B>(
  a: readonly { node: A }[],
  b: readonly { node: B }[],
  limit = Infinity,
  out: (A | NB | O)[] = [],
  nodeOfB: (node: B) => NB = (node) => node as unknown as NB,
): (A | NB | O)[] {
  for (let i = 0; out.length < limit && (i < a.length || i < b.length); i++) {
    if (i < a.length) out.push(a[i].node);
    if (i < b.length && out.length < limit) out.push(nodeOfB(b[i].node));
  }
  return out;
}
