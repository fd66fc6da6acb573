import { Directive, Field, ObjectType } from 'type-graphql';
import { Node } from './node.interface';
import { OrganizationKind } from './organization-kind.enum';

// A Federation 2 entity: other subgraphs may extend it, referring to it by id (see src/federation).
@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A government, company, news outlet or other body.' })
export class Organization extends Node {
  @Field()
  name!: string;

  @Field(() => [String])
  aliases!: string[];

  @Field(() => OrganizationKind)
  kind!: keyof typeof OrganizationKind;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code, when known.' })
  country!: string | null;
}
