import { Field, ID, InputType } from 'type-graphql';
import { DEFAULT_QUOTE_KINDS, QuoteKind } from './quote-kind.enum';
import type { QuoteKindName } from './quote-kind.enum';

@InputType({ description: 'Narrows `quotes`; all given conditions must hold.' })
export class QuoteFilter {
  @Field(() => ID, { nullable: true, description: 'Quotes by this person.' })
  speaker?: string | null;

  @Field(() => ID, { nullable: true, description: 'Quotes in this article.' })
  article?: string | null;

  @Field(() => ID, { nullable: true, description: 'Quotes by people who hold a role in this organization.' })
  organization?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Quotes whose attribution names this person or organization (Quote.source): for a person the same as `speaker`; for an organization, what it said ("the ministry said"), not what its members said.',
  })
  source?: string | null;

  @Field(() => String, { nullable: true, description: 'Full-text search over the quoted words.' })
  search?: string | null;

  @Field(() => [QuoteKind], {
    nullable: true,
    defaultValue: DEFAULT_QUOTE_KINDS,
    description: 'Quotes of any of these kinds. Absent or null: [DIRECT], what `quotes` answered before reported speech was stored; ask for [DIRECT, INDIRECT, MIXED] to get all.',
  })
  kinds?: QuoteKindName[] | null;
}
