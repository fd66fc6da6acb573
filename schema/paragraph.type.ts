import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'One paragraph of an article body.' })
export class Paragraph {
  @Field(() => Int, { description: 'Position in the body, from 0; mentions and quotes refer to it.' })
  index!: number;

  @Field()
  text!: string;
}
