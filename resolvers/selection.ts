import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { ArticleRelations } from '../src/loaders/prefetch';

/**
 * The fields named `name` directly inside the selections of `fields`, through
 * fragment spreads and inline fragments (whatever their type condition, and
 * whatever their @skip/@include: a relation looked ahead for and then not
 * used costs a batch, never a wrong answer).
 */
export function subfields(info: GraphQLResolveInfo, fields: readonly FieldNode[], name: string): FieldNode[] {
  const found: FieldNode[] = [];
  const visited = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === name) found.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet);
      } else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        walk(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const field of fields) walk(field.selectionSet);
  return found;
}

/** Per field node of a `articles`-like connection: its documents are cached, so the walk is done once. */
const relationsByField = new WeakMap<FieldNode, ArticleRelations>();

/** What the query asks for below the nodes (or edges' nodes) of the article connection being resolved. */
export function articleRelations(info: GraphQLResolveInfo): ArticleRelations {
  const key = info.fieldNodes[0];
  let relations = relationsByField.get(key);
  if (relations === undefined) {
    const connection = info.fieldNodes;
    const nodes = [...subfields(info, connection, 'nodes'), ...subfields(info, subfields(info, connection, 'edges'), 'node')];
    const mentions = subfields(info, nodes, 'mentions');
    const quotes = subfields(info, nodes, 'quotes');
    relations = {
      people: subfields(info, nodes, 'people').length > 0,
      organizations: subfields(info, nodes, 'organizations').length > 0,
      mentions: mentions.length > 0,
      mentionEntities: subfields(info, mentions, 'entity').length > 0,
      quotes: quotes.length > 0,
      speakers: subfields(info, quotes, 'speaker').length > 0,
      sources: subfields(info, quotes, 'source').length > 0,
    };
    relationsByField.set(key, relations);
  }
  return relations;
}
