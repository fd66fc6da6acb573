import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.interface';
import { OrganizationKind } from './organization-kind.enum';

@ObjectType({ implements: Node, description: 'A government, company, news outlet or other body.' })
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
