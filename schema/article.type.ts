import { DateTime } from './date-time.scalar';
import { Directive, Field, ObjectType } from 'type-graphql';
import { Node } from './node.interface';

/**
 * A news article. Fields that need other data (people, quotes, …) are added
 * by ArticleResolver's field resolvers.
 */
// A Federation 2 entity: other subgraphs may extend it, referring to it by id (see src/federation).
@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A news article, with who it mentions and who it quotes.' })
export class Article extends Node {
  @Field({ description: 'Stable, URL-safe name of the article.' })
  slug!: string;

  @Field(() => String, { nullable: true, description: 'Where the article was published, when known.' })
  url!: string | null;

  @Field({ description: 'The headline; when the text gave none, its first sentence, cut at a word boundary (see `headlineDerived`).' })
  headline!: string;

  @Field({ description: 'True when the text had no headline and `headline` was made from its first sentence.' })
  headlineDerived!: boolean;

  @Field(() => String, { nullable: true })
  section!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the story was filed, e.g. "WASHINGTON".' })
  dateline!: string | null;

  @Field(() => String, { nullable: true })
  byline!: string | null;

  @Field(() => DateTime, {
    nullable: true,
    description: 'When the article was published: from its metadata, else from a date line or a dated dateline at the top of its text; null when neither gives one.',
  })
  publishedAt!: string | null;
}
