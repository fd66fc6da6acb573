import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'How a speaker or an entity was tied to the text: provenance of a link.' })
export class Attribution {
  @Field({ description: 'The rule that made the link, e.g. "said-after-quote", "pronoun", "editor".' })
  method!: string;

  @Field(() => Float, { description: 'From 0 to 1.' })
  confidence!: number;
}
