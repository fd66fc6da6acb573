import { registerEnumType } from 'type-graphql';

/**
 * The GraphQL enum. Its values are its names, as OrganizationKind's are: the served schema is
 * rebuilt from SDL (src/federation), where a default value such as `kinds = [DIRECT]` is read
 * as the name. The store's kinds are the names in lower case (resolvers/quote-kinds.ts).
 */
export const QuoteKind = { DIRECT: 'DIRECT', INDIRECT: 'INDIRECT', MIXED: 'MIXED' } as const;
export type QuoteKindName = keyof typeof QuoteKind;

/**
 * What quote-listing fields answer when no `kinds` are given: direct quotations only. Every
 * client written before reported speech was stored asked for quotes meaning direct quotations
 * (words inside quotation marks, shown as such); this keeps their answers, counts and pages
 * unchanged. Reported speech is there for the asking.
 */
export const DEFAULT_QUOTE_KINDS: QuoteKindName[] = [QuoteKind.DIRECT];

registerEnumType(QuoteKind, {
  name: 'QuoteKind',
  description: 'How an article gives what someone said.',
  valuesConfig: {
    DIRECT: { description: 'Their words, inside quotation marks.' },
    INDIRECT: { description: 'Reported speech: what they said, in the article\'s words ("Lavrov said Russia had agreed to …", "according to the ministry, …").' },
    MIXED: { description: 'Reported speech holding a quoted fragment of their own words (Lavrov said the talks were "useful").' },
  },
});
