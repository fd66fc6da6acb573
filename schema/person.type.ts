import { Directive, Field, ObjectType } from 'type-graphql';
import { Node } from './node.interface';

// A Federation 2 entity: other subgraphs may extend it, referring to it by id (see src/federation).
@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A person named in the news.' })
export class Person extends Node {
  @Field()
  name!: string;

  @Field(() => [String], { description: 'Other names the person goes by in articles, e.g. a surname.' })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'e.g. "U.S. Secretary of State".' })
  title!: string | null;
}
