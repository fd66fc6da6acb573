import { buildSchema, getIntrospectionQuery, getOperationAST, parse, validate } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ASSUMED_LIST_SIZE, firstViolation } from '../../src/limits/limits-plugin';
import { measureOperation } from '../../src/limits/measure-operation';
import { DEFAULT_LIMITS } from '../../src/config/request-settings';
import { README_QUERIES } from './contract-schema';

// The gateway's emitted schema (npm run schema): if it drifts from the shapes the defaults were
// measured on, this says so.
const schema = buildSchema(readFileSync(join(__dirname, '../../schema/schema.graphql'), 'utf8'));

describe('default limits against the emitted schema', () => {
  const queries = { ...README_QUERIES, introspection: getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }) };

  it.each(Object.keys(queries))('%s is valid and within every default limit', (name) => {
    const query = queries[name as keyof typeof queries];
    const document = parse(query, { maxTokens: DEFAULT_LIMITS.maxTokens });
    expect(validate(schema, document)).toEqual([]);
    const operation = getOperationAST(document);
    if (!operation) throw new Error('no operation');
    const measures = measureOperation({
      schema, document, operation, variables: {},
      defaultPageSize: DEFAULT_LIMITS.defaultPageSize, maxPageSize: DEFAULT_LIMITS.maxPageSize, assumedListSize: ASSUMED_LIST_SIZE,
    });
    expect(firstViolation(measures, DEFAULT_LIMITS)).toBeNull();
  });
});
