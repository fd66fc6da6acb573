import { DateTime } from './date-time.scalar';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Raw article text, as a newsroom export or a scrape gives it, with optional metadata.' })
export class IngestArticleInput {
  @Field({ description: 'The article as plain text: section line, headline, caption, body; the body alone will do.' })
  text!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Canonical URL (absolute http:// or https://): the article's identity. Re-ingesting the same URL updates the article; the same text under another URL is another article.",
  })
  url?: string | null;

  @Field(() => DateTime, { nullable: true, description: 'When the article was published; without it, the date line or dated dateline at the top of the text, if any.' })
  publishedAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'The headline, when the text has none or a different one; without either, the first sentence of the body is made the headline (Article.headlineDerived).',
  })
  headline?: string | null;

  @Field(() => String, { nullable: true, description: 'Overrides the section line found in the text.' })
  section?: string | null;

  @Field(() => String, { nullable: true })
  byline?: string | null;
}
