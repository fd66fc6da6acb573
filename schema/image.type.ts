import { Field, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'A picture that goes with an article.' })
export class Image {
  @Field(() => String, { nullable: true })
  caption!: string | null;

  @Field(() => String, { nullable: true, description: 'Photographer and agency, e.g. "Jacquelyn Martin / Pool Photo".' })
  credit!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;
}
