import { parse } from 'graphql';
import { CachePolicyCalculator, FIELD_MAX_AGE, TYPE_MAX_AGE } from '../../src/cache/cache-hints';
import { buildSubgraphGatewaySchema } from '../../src/federation/subgraph-schema';

describe('static cache policy', () => {
  const schema = buildSubgraphGatewaySchema();
  const calculator = new CachePolicyCalculator(schema);
  const policy = (query: string, operationName?: string) => calculator.policyFor(parse(query), operationName);

  it('names only types and fields the schema has', () => {
    for (const type of Object.keys(TYPE_MAX_AGE)) expect(schema.getType(type)).toBeDefined();
    for (const field of Object.keys(FIELD_MAX_AGE)) {
      const [type, name] = field.split('.');
      if (name.startsWith('__')) continue;
      expect(Object.keys(schema.getQueryType()!.getFields())).toContain(name);
      expect(type).toBe('Query');
    }
  });

  it('takes the shortest max-age over every selected field', () => {
    expect(policy('{ article(slug: "x") { headline } }')).toEqual({ operation: 'query', maxAge: 300 });
    expect(policy('{ person(id: "x") { name } }')).toEqual({ operation: 'query', maxAge: 600 });
    expect(policy('{ article(slug: "x") { headline people { name } } }').maxAge).toBe(300);
    expect(policy('{ article(slug: "x") { headline } articles(first: 2) { totalCount } }').maxAge).toBe(30);
    expect(policy('{ person(id: "x") { articles { nodes { headline } } } }').maxAge).toBe(30);
    expect(policy('{ search(query: "kerry") { __typename } }').maxAge).toBe(30);
  });

  it('follows fragments and abstract types', () => {
    expect(policy('{ node(id: "x") { id ... on Person { name } } }').maxAge).toBe(300);
    expect(policy('query { person(id: "x") { ...P } } fragment P on Person { name quotes { totalCount } }').maxAge).toBe(30);
    expect(policy('{ _entities(representations: []) { ... on Person { name } } }').maxAge).toBe(300);
  });

  it('does not cache mutations, unknown operations or unhinted roots', () => {
    expect(policy('mutation { ingestArticle(input: { text: "x" }) { created } }')).toEqual({ operation: 'mutation', maxAge: 0 });
    expect(policy('query A { article(slug: "x") { headline } } query B { person(id: "x") { name } }')).toEqual({ operation: null, maxAge: 0 });
    expect(policy('query A { article(slug: "x") { headline } } query B { person(id: "x") { name } }', 'B').maxAge).toBe(600);
    expect(policy('{ __typename }').maxAge).toBe(0);
  });

  it('computes a document once per operation', () => {
    const document = parse('{ article(slug: "x") { headline } }');
    expect(calculator.policyFor(document, undefined)).toBe(calculator.policyFor(document, undefined));
  });
});
