import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Narrows `quotes`; all given conditions must hold.' })
export class QuoteFilter {
  @Field(() => ID, { nullable: true, description: 'Quotes by this person.' })
  speaker?: string | null;

  @Field(() => ID, { nullable: true, description: 'Quotes in this article.' })
  article?: string | null;

  @Field(() => ID, { nullable: true, description: 'Quotes by people who hold a role in this organization.' })
  organization?: string | null;

  @Field(() => String, { nullable: true, description: 'Full-text search over the quoted words.' })
  search?: string | null;
}
