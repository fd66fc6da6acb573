import { DateTime } from './date-time.scalar';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Raw article text, as a newsroom export or a scrape gives it, with optional metadata.' })
export class IngestArticleInput {
  @Field({ description: 'The article as plain text: section line, headline, caption, body.' })
  text!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Canonical URL (absolute http:// or https://): the article's identity. Re-ingesting the same URL updates the article; the same text under another URL is another article.",
  })
  url?: string | null;

  @Field(() => DateTime, { nullable: true })
  publishedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Overrides the section line found in the text.' })
  section?: string | null;

  @Field(() => String, { nullable: true })
  byline?: string | null;
}
