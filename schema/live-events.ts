import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { QuoteKind, type QuoteKindName } from './quote-kind.enum';

@InputType({ description: 'Narrows `articleIngested`; all given conditions must hold.' })
export class ArticleIngestedFilter {
  @Field(() => [ID], { nullable: true, description: 'Articles that mention every one of these people or organizations.' })
  mentions?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Exact section name, case-insensitive.' })
  section?: string | null;
}

@InputType({ description: 'Narrows `quoteAdded`; all given conditions must hold.' })
export class QuoteAddedFilter {
  @Field(() => ID, { nullable: true, description: 'Quotes by this person.' })
  speaker?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Quotes in articles that mention every one of these people or organizations.' })
  mentions?: string[] | null;

  @Field(() => [QuoteKind], { nullable: true, description: 'The kinds of quote to announce; absent or null: [DIRECT], as every quote listing.' })
  kinds?: QuoteKindName[] | null;
}

export enum EntityChange {
  ALIAS_ADDED = 'ALIAS_ADDED',
  CORRECTED = 'CORRECTED',
  MERGED = 'MERGED',
}

registerEnumType(EntityChange, {
  name: 'EntityChange',
  description: 'Why an entity changed.',
  valuesConfig: {
    ALIAS_ADDED: { description: 'An ingested article gave it another name (or a person a title).' },
    CORRECTED: { description: "An editor's correction: a quote was attributed to or taken from this person." },
    MERGED: { description: 'An editor merged duplicates (`mergeEntities`): another entity into it, or it into another; `entity` is then the survivor.' },
  },
});

@ObjectType({ description: 'A change to a person or organization, as `entityChanged` announces it.' })
export class EntityChangedEvent {
  @Field(() => EntityChange)
  change!: EntityChange;
}
