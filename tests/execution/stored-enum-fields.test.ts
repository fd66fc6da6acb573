import 'reflect-metadata';
import { buildSchema, execute, parse, printSchema, type GraphQLEnumType } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { readStoredEnumFields, type StoredEnumField } from '../../src/execution/stored-enum-fields';
import { buildGatewaySchema, STORED_ENUM_FIELDS } from '../../src/graphql/gateway-schema';
import { buildSubgraphGatewaySchema } from '../../src/federation/subgraph-schema';

const SDL = `
  enum Tone { CALM LOUD }
  type Remark { tone: Tone! loudest(of: [Tone!] = [LOUD]): Tone }
  type Query { remarks: [Remark!]! }
`;

const TONE: StoredEnumField = { typeName: 'Remark', fieldName: 'tone', enumName: 'Tone', names: { calm: 'CALM', loud: 'LOUD' } };

/** A schema whose Remark.tone resolver turns the stored spelling into the name, as Quote.kind's did. */
function remarkSchema(stored: readonly { tone: string }[]) {
  const schema = buildSchema(SDL);
  schema.getQueryType()!.getFields().remarks.resolve = () => stored;
  const remark = schema.getTypeMap().Remark as unknown as { getFields(): Record<string, { resolve?: (root: { tone: string }) => unknown }> };
  remark.getFields().tone.resolve = (root) => root.tone.toUpperCase();
  remark.getFields().loudest.resolve = (_root, args?: { of?: string[] }) => (args?.of ?? [])[0] ?? null;
  return schema;
}

async function bothExecutors(schema: ReturnType<typeof remarkSchema>, query: string) {
  const document = parse(query);
  const compiled = compileQuery(schema, document, undefined);
  if (!isCompiledQuery(compiled)) throw new Error('graphql-jit could not compile the query');
  const jit = await compiled.query(undefined, {}, {});
  const js = await execute({ schema, document });
  return { jit: JSON.parse(JSON.stringify(jit)) as unknown, js: JSON.parse(JSON.stringify(js)) as unknown };
}

describe('enum fields read as stored', () => {
  it('answers what the resolver answered, on both executors, without the resolver', async () => {
    const schema = remarkSchema([{ tone: 'calm' }, { tone: 'loud' }]);
    const before = await bothExecutors(schema, '{ remarks { tone } }');
    expect(readStoredEnumFields(schema, [TONE])).toBe(1);
    const tone = (schema.getTypeMap().Remark as unknown as { getFields(): Record<string, { resolve?: unknown }> }).getFields().tone;
    expect(tone.resolve).toBeUndefined();
    const after = await bothExecutors(schema, '{ remarks { tone } }');
    expect(after.jit).toEqual({ data: { remarks: [{ tone: 'CALM' }, { tone: 'LOUD' }] } });
    expect(after.js).toEqual(after.jit);
    expect(after).toEqual(before);
  });

  it('leaves arguments, default values, names and the SDL as they were', async () => {
    const schema = remarkSchema([{ tone: 'calm' }]);
    const sdl = printSchema(schema);
    readStoredEnumFields(schema, [TONE]);
    expect(printSchema(schema)).toBe(sdl);
    const tone = schema.getType('Tone') as GraphQLEnumType;
    expect(tone.serialize('LOUD')).toBe('LOUD');
    expect(tone.serialize('loud')).toBe('LOUD');
    expect(tone.parseLiteral({ kind: 'EnumValue', value: 'CALM' } as never, undefined)).toBe('CALM');
    const answers = await bothExecutors(schema, '{ remarks { byDefault: loudest given: loudest(of: [CALM]) } }');
    expect(answers.jit).toEqual({ data: { remarks: [{ byDefault: 'LOUD', given: 'CALM' }] } });
    expect(answers.js).toEqual(answers.jit);
  });

  it('answers a stored value the enum does not know with the same error on both executors', async () => {
    const schema = remarkSchema([{ tone: 'calm' }, { tone: 'whispered' }]);
    readStoredEnumFields(schema, [TONE]);
    const { jit, js } = await bothExecutors(schema, '{ remarks { tone } }');
    expect(js).toMatchObject({ data: null, errors: [{ message: expect.stringContaining('Enum "Tone" cannot represent value: "whispered"'), path: ['remarks', 1, 'tone'] }] });
    expect(jit).toMatchObject({ data: null, errors: [{ message: expect.stringContaining('Enum "Tone" cannot represent value: "whispered"'), path: ['remarks', 1, 'tone'] }] });
  });

  it('refuses a field, an enum or a name the schema does not have, and teaching an enum twice differently', () => {
    const schema = remarkSchema([]);
    expect(() => readStoredEnumFields(schema, [{ ...TONE, fieldName: 'pitch' }])).toThrow(/no field Remark.pitch/);
    expect(() => readStoredEnumFields(schema, [{ ...TONE, enumName: 'Mood' }])).toThrow(/no enum Mood/);
    expect(() => readStoredEnumFields(schema, [{ ...TONE, names: { shouted: 'SHOUTED' } }])).toThrow(/no value SHOUTED/);
    expect(readStoredEnumFields(schema, [TONE])).toBe(1);
    expect(readStoredEnumFields(schema, [TONE])).toBe(0);
    expect(() => readStoredEnumFields(schema, [{ ...TONE, names: { calm: 'CALM' } }])).toThrow(/once/);
  });

  it('is applied to the gateway schema and to the federation subgraph schema it serves', () => {
    for (const schema of [buildGatewaySchema(), buildSubgraphGatewaySchema()]) {
      for (const spec of STORED_ENUM_FIELDS) {
        const type = schema.getType(spec.typeName) as unknown as { getFields(): Record<string, { resolve?: unknown }> };
        expect(type.getFields()[spec.fieldName].resolve).toBeUndefined();
        const kinds = schema.getType(spec.enumName) as GraphQLEnumType;
        expect(kinds.serialize('direct')).toBe('DIRECT');
        expect(kinds.serialize('indirect')).toBe('INDIRECT');
        expect(kinds.serialize('mixed')).toBe('MIXED');
        expect(kinds.serialize('MIXED')).toBe('MIXED');
      }
    }
  });
});
