import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from './connection';

@ObjectType({ description: 'Someone or something that shares articles with another: how many, and the newest of them.' })
export class CoOccurrence {
  @Field(() => Int, { description: 'Articles the two share.' })
  count!: number;
}

@ObjectType({ simpleResolvers: true })
export class CoOccurrenceConnection extends Connection('CoOccurrence', CoOccurrence) {}
