import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { DateTime } from '../schema/date-time.scalar';
import { Person } from '../schema/person.type';
import { TimelineBucket, TimelineInterval } from '../schema/timeline.type';
import type { RequestContext } from '../src/context/request-context';
import type { PersonNode } from './entity-node';
import { BadUserInputError } from '../src/errors';
import type { TimelineRequest } from '../src/records/article-records';

async function timeline(ctx: RequestContext, kind: TimelineRequest['kind'], entityId: number, interval: TimelineInterval, from: Date, to: Date): Promise<TimelineBucket[]> {
  if (!(from.getTime() < to.getTime())) throw new BadUserInputError('"from" must be before "to".', { argument: 'from' });
  const buckets = await ctx.loaders.timeline.load({ kind, entityId, interval, fromMs: from.getTime(), toMs: to.getTime() });
  return buckets.map((bucket) => ({ start: `${bucket.start}T00:00:00.000Z`, count: bucket.count }));
}

const RANGE = 'From `from` (inclusive) to `to` (exclusive), by publication date; undated articles are left out. At most 1000 periods.';

@Resolver(() => Person)
export class PersonTimelineResolver {
  @FieldResolver(() => [TimelineBucket], { description: `Articles that mention the person, per period. ${RANGE}` })
  mentionTimeline(
    @Root() person: PersonNode,
    @Ctx() ctx: RequestContext,
    @Arg('interval', () => TimelineInterval) interval: TimelineInterval,
    @Arg('from', () => DateTime) from: Date,
    @Arg('to', () => DateTime) to: Date,
  ): Promise<TimelineBucket[]> {
    return timeline(ctx, 'mentions', person.record.id, interval, from, to);
  }

  @FieldResolver(() => [TimelineBucket], { description: `The person's quotes, per period. ${RANGE}` })
  quoteTimeline(
    @Root() person: PersonNode,
    @Ctx() ctx: RequestContext,
    @Arg('interval', () => TimelineInterval) interval: TimelineInterval,
    @Arg('from', () => DateTime) from: Date,
    @Arg('to', () => DateTime) to: Date,
  ): Promise<TimelineBucket[]> {
    return timeline(ctx, 'quotes', person.record.id, interval, from, to);
  }
}
