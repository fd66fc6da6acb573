import { createUnionType } from 'type-graphql';
import { nodeTypeName } from './node.interface';
import { Organization } from './organization.type';
import { Person } from './person.type';

export const Entity = createUnionType({
  name: 'Entity',
  description: 'Someone or something an article mentions.',
  types: () => [Person, Organization] as const,
  resolveType: (value: unknown) => nodeTypeName(value),
});
