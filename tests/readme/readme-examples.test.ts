import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSchema, Kind, parse, validate, type OperationDefinitionNode } from 'graphql';
import { startGatewayProcess, type GatewayProcess } from '../helpers/gateway-process';

/**
 * Every example in README.md, read from the README itself, run against the compiled gateway
 * as `npm start` runs it on a fresh store (the sample article seeded, `API_KEYS=secret:editor`
 * as the README says for mutations):
 * - each ```sh block with a `curl` runs in bash as written; only the README's origin
 *   (http://127.0.0.1:4000) becomes the started gateway's;
 * - each operation of each ```graphql block runs as a POST, with the variables the README says
 *   where to get (a person's id from its people listing, a quote's id from the ingest's answer,
 *   the two people a merge takes from a listing of people);
 *   the subscription is validated against the schema.
 * An answer must have no errors, no empty object anywhere (a selection that returns nothing,
 * like a union hit with no fields selected) and data at every root field.
 */
const root = join(__dirname, '..', '..');
const README_ORIGIN = 'http://127.0.0.1:4000';
const EDITOR_KEY = 'secret';

interface Block {
  lang: string;
  text: string;
}

function readmeBlocks(): Block[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  return [...readme.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1], text: m[2] }));
}

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: unknown[];
}

/** Paths in `value` of objects with no fields but `__typename` (a union hit with nothing selected). */
function emptyObjects(value: unknown, path = 'data'): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => emptyObjects(item, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const entries = Object.entries(value);
  if (entries.every(([key]) => key === '__typename')) return [path];
  return entries.flatMap(([key, item]) => emptyObjects(item, `${path}.${key}`));
}

/** What a user would call "it worked": no errors, data at every root field, nothing empty. */
function expectAnswered(answer: Answer, what: string): void {
  expect({ what, errors: answer.errors }).toEqual({ what, errors: undefined });
  expect(answer.data).toEqual(expect.any(Object));
  for (const [field, value] of Object.entries(answer.data ?? {})) {
    expect({ what, field, value }).toEqual({ what, field, value: expect.anything() });
    const list = Array.isArray(value) ? value : (value as { nodes?: unknown[] }).nodes;
    if (list !== undefined) expect({ what, field, listed: list.length > 0 }).toEqual({ what, field, listed: true });
  }
  expect({ what, empty: emptyObjects(answer.data) }).toEqual({ what, empty: [] });
}

/** A merge's ids, from a listing of people: the first kept, the second merged into it. */
async function twoPeople(url: string): Promise<{ into: string; from: string[] }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ people(first: 2) { nodes { id } } }' }) });
  const nodes = ((await response.json()) as { data: { people: { nodes: { id: string }[] } } }).data.people.nodes;
  expect(nodes).toHaveLength(2);
  return { into: nodes[0].id, from: [nodes[1].id] };
}

describe('README.md examples, run as written against a started gateway', () => {
  let dir: string;
  let gateway: GatewayProcess;
  const blocks = readmeBlocks();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-readme-'));
    gateway = await startGatewayProcess({
      DATABASE_URL: join(dir, 'news.db'),
      ENTITY_DATABASE_URL: join(dir, 'entities.db'),
      ENTITY_SERVICE_URL: '',
      REDIS_URL: '',
      API_KEYS: `${EDITOR_KEY}:editor`,
    });
  }, 60000);

  afterAll(async () => {
    await gateway?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has the examples this test runs', () => {
    expect(blocks.filter((b) => b.lang === 'sh' && b.text.includes('curl'))).toHaveLength(2);
    expect(blocks.filter((b) => b.lang === 'graphql').length).toBeGreaterThanOrEqual(3);
  });

  it('runs each curl example in bash as written', () => {
    const origin = gateway.url.replace(/\/graphql$/, '');
    for (const block of blocks.filter((b) => b.lang === 'sh' && b.text.includes('curl'))) {
      expect(block.text).toContain(README_ORIGIN);
      const script = block.text.split(README_ORIGIN).join(origin);
      const stdout = execFileSync('bash', ['-euo', 'pipefail', '-c', script], { encoding: 'utf8', timeout: 20000 });
      expectAnswered(JSON.parse(stdout) as Answer, block.text);
    }
  });

  it('runs each GraphQL operation, with the ids the README says where to find', async () => {
    const schema = buildSchema(readFileSync(join(root, 'schema', 'schema.graphql'), 'utf8'));
    const evalDir = join(root, 'eval', 'articles');
    const articleText = readFileSync(join(evalDir, readdirSync(evalDir).filter((f) => f.endsWith('.txt'))[0]), 'utf8');
    const found: Record<string, string | string[]> = { text: articleText };
    const ran: string[] = [];

    for (const block of blocks.filter((b) => b.lang === 'graphql')) {
      const document = parse(block.text);
      for (const definition of document.definitions) {
        const operation = definition as OperationDefinitionNode;
        expect(operation.kind).toBe(Kind.OPERATION_DEFINITION);
        const text = block.text.slice(operation.loc!.start, operation.loc!.end);
        if (operation.operation === 'subscription') {
          expect(validate(schema, parse(text))).toEqual([]);
          ran.push('subscription');
          continue;
        }
        const variables: Record<string, string | string[] | null> = {};
        if (operation.variableDefinitions?.some((v) => v.variable.name.value === 'into')) Object.assign(found, await twoPeople(gateway.url));
        for (const variable of operation.variableDefinitions ?? []) {
          const name = variable.variable.name.value;
          const source = name === 'id' || name === 'personId' ? 'personId' : name;
          expect({ text, variable: name, known: found[source] !== undefined }).toEqual({ text, variable: name, known: true });
          variables[name] = found[source];
        }
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (operation.operation === 'mutation') headers.authorization = `Bearer ${EDITOR_KEY}`;
        const response = await fetch(gateway.url, { method: 'POST', headers, body: JSON.stringify({ query: text, variables }) });
        const answer = (await response.json()) as Answer;
        expectAnswered(answer, text);
        ran.push(operation.operation);

        // The ids later examples take, from where the README points.
        const people = (answer.data?.people as { nodes: { id: string }[] } | undefined)?.nodes;
        if (people?.[0]) found.personId = people[0].id;
        const ingested = (answer.data?.ingestArticle as { article: { quotes: { id: string }[] } } | undefined)?.article.quotes;
        if (ingested?.[0]) found.quoteId = ingested[0].id;
      }
    }
    expect(ran.filter((kind) => kind === 'mutation')).toHaveLength(3);
    expect(ran).toContain('subscription');
    expect(ran.filter((kind) => kind === 'query').length).toBe(6);
  }, 60000);
});
