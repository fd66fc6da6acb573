import 'reflect-metadata';
import { execute, parse } from 'graphql';
import { Arg, buildSchemaSync, Field, InputType, Query, Resolver } from 'type-graphql';
import { resolveFieldsDirectly } from '../../src/execution/direct-field-resolvers';

/*
 * Query handlers whose input-object arguments are of plain input classes skip type-graphql's
 * handler (which copies the input into an instance of the class); any other input class keeps it.
 */

@InputType()
class PlainRange {
  @Field(() => String, { nullable: true })
  from?: string | null;

  @Field(() => String, { nullable: true })
  to?: string | null;
}

@InputType()
class PlainFilter {
  @Field(() => [String], { nullable: true })
  words?: string[] | null;

  @Field(() => PlainRange, { nullable: true })
  range?: PlainRange | null;
}

@InputType()
class FilterWithDefault {
  @Field(() => String, { nullable: true })
  word?: string | null = 'default';
}

@InputType()
class FilterWithMethod {
  @Field(() => String, { nullable: true })
  word?: string | null;

  normalized(): string {
    return (this.word ?? '').toLowerCase();
  }
}

const received: Record<string, unknown> = {};

@Resolver()
class ProbeResolver {
  @Query(() => String)
  plain(@Arg('filter', () => PlainFilter, { nullable: true }) filter?: PlainFilter | null): string {
    received.plain = filter;
    return `${filter?.words?.join('+') ?? '-'} ${filter?.range?.from ?? '-'}..${filter?.range?.to ?? '-'}`;
  }

  @Query(() => String)
  withDefault(@Arg('filter', () => FilterWithDefault) filter: FilterWithDefault): string {
    received.withDefault = filter;
    return filter.word ?? '-';
  }

  @Query(() => String)
  withMethod(@Arg('filter', () => FilterWithMethod) filter: FilterWithMethod): string {
    received.withMethod = filter;
    return filter.normalized();
  }
}

describe('query handlers with input-object arguments', () => {
  const schema = buildSchemaSync({ resolvers: [ProbeResolver], validate: false });
  const replaced = resolveFieldsDirectly(schema, [ProbeResolver]);
  const run = async (query: string): Promise<unknown> => (await execute({ schema, document: parse(query) })).data;

  it('pass a plain input class as GraphQL gives it, with the same answer', async () => {
    expect(replaced).toBe(1);
    expect(await run('{ plain(filter: { words: ["a", "b"], range: { from: "x" } }) }')).toEqual({ plain: 'a+b x..-' });
    expect(received.plain).not.toBeInstanceOf(PlainFilter);
    expect(received.plain).toEqual({ words: ['a', 'b'], range: { from: 'x' } });
    expect(await run('{ plain }')).toEqual({ plain: '- -..-' });
    expect(received.plain).toBeUndefined();
  });

  it('keep type-graphql for input classes with field initializers or methods', async () => {
    expect(await run('{ withDefault(filter: {}) }')).toEqual({ withDefault: 'default' });
    expect(received.withDefault).toBeInstanceOf(FilterWithDefault);
    expect(await run('{ withMethod(filter: { word: "ABC" }) }')).toEqual({ withMethod: 'abc' });
    expect(received.withMethod).toBeInstanceOf(FilterWithMethod);
  });
});
