import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Article } from './article.type';

export enum IngestOutcome {
  CREATED = 'created',
  UPDATED = 'updated',
  UNCHANGED = 'unchanged',
}

registerEnumType(IngestOutcome, {
  name: 'IngestOutcome',
  description: 'What ingestion did: idempotent on URL, or on content when there is no URL.',
});

@ObjectType()
export class IngestArticlePayload {
  @Field(() => Article)
  article!: Article;

  @Field(() => IngestOutcome)
  outcome!: IngestOutcome;
}
