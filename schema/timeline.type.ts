import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime } from './date-time.scalar';

export enum TimelineInterval {
  DAY = 'day',
  WEEK = 'week',
  MONTH = 'month',
}

registerEnumType(TimelineInterval, {
  name: 'TimelineInterval',
  description: 'The period a timeline counts by (UTC; weeks start on Monday).',
});

@ObjectType({ simpleResolvers: true, description: 'One period of a timeline.' })
export class TimelineBucket {
  @Field(() => DateTime, { description: 'The first moment of the period (midnight UTC).' })
  start!: string;

  @Field(() => Int)
  count!: number;
}
