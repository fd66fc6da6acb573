import { DateTime } from './date-time.scalar';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Narrows `articles`; all given conditions must hold.' })
export class ArticleFilter {
  @Field(() => String, { nullable: true, description: 'Exact section name, case-insensitive.' })
  section?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Articles that mention every one of these people or organizations.' })
  mentions?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Articles that quote this person.' })
  quotedSpeaker?: string | null;

  @Field(() => String, { nullable: true, description: 'Full-text search over headline and body.' })
  search?: string | null;

  @Field(() => DateTime, { nullable: true })
  publishedAfter?: Date | null;

  @Field(() => DateTime, { nullable: true })
  publishedBefore?: Date | null;
}
