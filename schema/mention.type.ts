import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'A place in an article that names a person or an organization.' })
export class Mention {
  @Field({ description: 'The words as the article writes them.' })
  text!: string;

  @Field(() => Int)
  paragraph!: number;

  @Field(() => Int, { description: 'Character offset in the paragraph.' })
  start!: number;

  @Field(() => Int, { description: 'Character offset just past the mention (exclusive).' })
  end!: number;
}
