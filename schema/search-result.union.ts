import { createUnionType } from 'type-graphql';
import { Article } from './article.type';
import { nodeTypeName } from './node.interface';
import { Organization } from './organization.type';
import { Person } from './person.type';
import { Quote } from './quote.type';

export const SearchResult = createUnionType({
  name: 'SearchResult',
  types: () => [Article, Person, Organization, Quote] as const,
  resolveType: (value: unknown) => nodeTypeName(value),
});
