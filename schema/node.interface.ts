import { Field, ID, InterfaceType } from 'type-graphql';

/**
 * Tells which GraphQL type a store or entity record is. Records are plain
 * objects (not class instances), so abstract types resolve by shape.
 */
export function nodeTypeName(value: unknown): 'Article' | 'Person' | 'Organization' | 'Quote' | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  if (record.type === 'person') return 'Person';
  if (record.type === 'organization') return 'Organization';
  if (typeof record.slug === 'string') return 'Article';
  if (typeof record.articleId === 'number' && typeof record.position === 'number') return 'Quote';
  return undefined;
}

@InterfaceType({
  description: 'An object with a global, opaque id; `node(id)` fetches any of them.',
  resolveType: (value: unknown) => nodeTypeName(value),
})
export abstract class Node {
  @Field(() => ID)
  id!: string;
}
