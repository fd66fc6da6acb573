import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: "An editor's merge of duplicate people or organizations (say \"Kerry\" and \"John Kerry\") into one." })
export class MergeEntitiesInput {
  @Field(() => ID, { description: 'The person or organization that stays.' })
  into!: string;

  @Field(() => [ID], {
    description:
      'The duplicates, of the same type as `into` (1 to 100). Each is retired: its names become aliases of `into`, its mentions and quotes are moved to `into`, and its id resolves to `into` from then on.',
  })
  from!: string[];
}
