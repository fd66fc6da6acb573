import { Field, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'A position a person holds, and where.' })
export class Role {
  @Field({ description: 'e.g. "Foreign Minister".' })
  title!: string;
}
