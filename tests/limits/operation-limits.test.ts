import { getOperationAST, parse } from 'graphql';
import { ConfigError } from '../../src/config/env-values';
import { FragmentCycleError, measureOperation } from '../../src/limits/measure-operation';
import { DEFAULT_LIMITS } from '../../src/config/request-settings';
import { contractSchema } from './contract-schema';
import { loadConfig } from '../../src/config/config';

describe('operation limits from the configuration', () => {
  it('keeps the documented defaults when nothing is set', () => {
    expect(loadConfig({}).limits).toEqual({
      maxDepth: 12, maxAliases: 15, maxDirectives: 50, maxTokens: 1000, maxCost: 100_000, defaultPageSize: 20, maxPageSize: 100,
      maxQueryLength: 65_536, maxVariablesBytes: 65_536, maxVariablesDepth: 10, maxResponseBytes: 2_097_152,
    });
    expect(loadConfig({}).limits).toEqual(DEFAULT_LIMITS);
  });

  it('reads each variable', () => {
    const limits = loadConfig({ MAX_QUERY_DEPTH: '8', MAX_ALIASES: '30', MAX_DIRECTIVES: '10', MAX_TOKENS: '5000', MAX_QUERY_COST: '2500' }).limits;
    expect(limits).toMatchObject({ maxDepth: 8, maxAliases: 30, maxDirectives: 10, maxTokens: 5000, maxCost: 2500 });
  });

  it.each([
    ['MAX_QUERY_DEPTH', 'deep'],
    ['MAX_QUERY_DEPTH', '0'],
    ['MAX_ALIASES', '-1'],
    ['MAX_TOKENS', '1.5'],
    ['MAX_QUERY_COST', '0'],
  ])('refuses %s=%s with a ConfigError naming the variable', (variable, value) => {
    expect(() => loadConfig({ [variable]: value }).limits).toThrow(ConfigError);
    expect(() => loadConfig({ [variable]: value }).limits).toThrow(new RegExp(`^${variable}: `));
  });
});

describe('measureOperation', () => {
  const schema = contractSchema();

  function measure(query: string, variables: Record<string, unknown> = {}) {
    const document = parse(query);
    const operation = getOperationAST(document);
    if (!operation) throw new Error('no operation');
    return measureOperation({ schema, document, operation, variables, defaultPageSize: 20, maxPageSize: 100, assumedListSize: 10 });
  }

  it('costs a connection by its page size, its edges once, and plain lists by the assumed size', () => {
    // articles: 1 + 20 × (edges 1 + node (1 + headline 1 + people (1 + 10 × name 1)))
    expect(measure('{ articles { edges { node { headline people { name } } } } }')).toEqual({
      depth: 5, aliases: 0, directives: 0, cost: 1 + 20 * (1 + 1 + 1 + (1 + 10)),
    });
  });

  it('clamps first to the largest page a resolver would serve', () => {
    expect(measure('{ articles(first: 100000) { totalCount } }').cost).toBe(1 + 100 * 1);
    expect(measure('query($n: Int) { articles(first: $n) { totalCount } }', { n: 5 }).cost).toBe(1 + 5 * 1);
    expect(measure('query($n: Int) { articles(first: $n) { totalCount } }', { n: null }).cost).toBe(1 + 20 * 1);
  });

  it('does not count lists of scalars as fan-out', () => {
    expect(measure('{ person(id: "P1") { aliases } }').cost).toBe(2);
  });

  it('counts an introspection bomb against the cost, not the depth', () => {
    let inner = 'name';
    for (let i = 0; i < 8; i += 1) inner = `fields { type { ofType { ${inner} } } }`;
    const measured = measure(`{ __schema { types { ${inner} } } }`);
    expect(measured.depth).toBe(0);
    expect(measured.cost).toBeGreaterThan(10 ** 9);
  });

  it('reports a fragment cycle rather than recursing forever', () => {
    expect(() => measure('{ article(slug: "x") { ...A } } fragment A on Article { ...B } fragment B on Article { ...A }')).toThrow(FragmentCycleError);
  });
});
