/**
 * What docs/clients.md tells a client team works: a project outside this repository, with its
 * own operation and codegen config pointing at the repo's schema/schema.graphql, runs
 * GraphQL Code Generator (the repo's installed copy) and compiles under `tsc --strict`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
/** The CLI's entry (its package exports do not expose it to require.resolve). */
const CODEGEN_BIN = path.join(ROOT, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js');
const TSC_BIN = require.resolve('typescript/bin/tsc', { paths: [ROOT] });

const OPERATION = `query LatestHeadlines($first: Int!) {
  articles(first: $first) {
    nodes {
      headline
      publishedAt
      people {
        name
      }
    }
  }
}
`;

const CODEGEN_YML = `schema: ${JSON.stringify(path.join(ROOT, 'schema', 'schema.graphql'))}
documents: operations/*.graphql
generates:
  src/gql.ts:
    plugins: [typescript, typescript-operations, typed-document-node]
    config:
      useTypeImports: true
      onlyOperationTypes: true
      enumsAsTypes: true
      strictScalars: true
      scalars:
        DateTime: string
`;

/** The team's own code: a typed fetch, and uses of the generated types that must type-check. */
const APP = `import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { LatestHeadlinesDocument } from './gql';

export async function request<TData, TVariables>(url: string, document: TypedDocumentNode<TData, TVariables>, variables: TVariables): Promise<TData> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: TData; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(body.errors?.[0]?.message ?? 'no data');
  return body.data;
}

export async function headlines(url: string): Promise<string[]> {
  const data = await request(url, LatestHeadlinesDocument, { first: 5 });
  const first = data.articles.nodes[0];
  const publishedAt: string | null | undefined = first?.publishedAt;
  const names: string[] = first?.people?.map((person) => person.name) ?? [];
  // @ts-expect-error: body was not selected by the operation, so it is not in the type.
  void first?.body;
  // @ts-expect-error: $first is required and an Int.
  void request(url, LatestHeadlinesDocument, { first: 'five' });
  void publishedAt;
  void names;
  return data.articles.nodes.map((article) => article.headline);
}
`;

const TSCONFIG = {
  compilerOptions: { target: 'ES2022', module: 'commonjs', moduleResolution: 'node', lib: ['ES2022', 'DOM'], types: [], strict: true, noEmit: true },
  include: ['src'],
};

function run(command: string, args: string[], cwd: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [command, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

describe('a client project outside the repository', () => {
  let project: string;

  beforeAll(() => {
    project = mkdtempSync(path.join(tmpdir(), 'newsgraph-client-team-'));
    mkdirSync(path.join(project, 'operations'));
    mkdirSync(path.join(project, 'src'));
    writeFileSync(path.join(project, 'operations', 'latest-headlines.graphql'), OPERATION);
    writeFileSync(path.join(project, 'codegen.yml'), CODEGEN_YML);
    writeFileSync(path.join(project, 'src', 'app.ts'), APP);
    writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2));
    // Stands in for the team's own `npm install` of the same packages.
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'), 'dir');
  });

  afterAll(() => rmSync(project, { recursive: true, force: true }));

  test('generates typed documents from schema/schema.graphql and its own operation', () => {
    const codegen = run(CODEGEN_BIN, ['--config', 'codegen.yml', '--silent'], project);
    expect({ status: codegen.status, output: codegen.output }).toEqual({ status: 0, output: expect.any(String) });
    const generated = readFileSync(path.join(project, 'src', 'gql.ts'), 'utf8');
    expect(generated).toContain('export type LatestHeadlinesQuery = ');
    expect(generated).toContain('export const LatestHeadlinesDocument = ');
  });

  test('compiles under tsc --strict --noEmit', () => {
    const tsc = run(TSC_BIN, ['-p', '.', '--strict', '--noEmit'], project);
    expect({ status: tsc.status, output: tsc.output }).toEqual({ status: 0, output: '' });
  });
});
