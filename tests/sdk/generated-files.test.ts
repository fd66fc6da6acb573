/**
 * The committed SDK outputs are what `npm run codegen` makes of the committed schema and
 * operations: a fresh codegen run into a temp dir must give the same bytes. If this fails,
 * run `npm run codegen` and commit the result.
 */
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { Kind, parse, print, type DocumentNode } from 'graphql';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as generated from '../../sdk/generated/graphql';
import { PersistedQuerySafelist, sha256Hex, type PersistedQueryManifest } from '../../src/persisted-queries/manifest';

const ROOT = path.join(__dirname, '..', '..');
const MANIFEST_FILE = path.join(ROOT, 'sdk', 'persisted-queries.json');

describe('generated SDK files', () => {
  let outDir: string;
  let outputs: string[];

  beforeAll(async () => {
    outDir = mkdtempSync(path.join(tmpdir(), 'newsgraph-codegen-'));
    const { config } = await loadCodegenConfig({ configFilePath: path.join(ROOT, 'codegen.yml') });
    outputs = Object.keys(config.generates);
    const generates = Object.fromEntries(Object.entries(config.generates).map(([file, output]) => [path.join(outDir, file), output]));
    await generate({ ...config, generates, cwd: ROOT, silent: true }, true);
  });

  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  test('codegen.yml writes the typed SDK and the persisted query manifest', () => {
    expect(outputs.sort()).toEqual(['sdk/generated/graphql.ts', 'sdk/persisted-queries.json']);
  });

  test('the committed outputs are up to date (else: npm run codegen)', () => {
    for (const file of outputs) {
      const fresh = readFileSync(path.join(outDir, file), 'utf8');
      const committed = readFileSync(path.join(ROOT, file), 'utf8');
      expect({ file, upToDate: fresh === committed }).toEqual({ file, upToDate: true });
    }
  });
});

describe('the persisted query manifest', () => {
  const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as PersistedQueryManifest;

  test('lists every operation in sdk/operations, in Apollo manifest format', () => {
    const operationNames = readdirSync(path.join(ROOT, 'sdk', 'operations'))
      .filter((file) => file.endsWith('.graphql'))
      .flatMap((file) => parse(readFileSync(path.join(ROOT, 'sdk', 'operations', file), 'utf8')).definitions)
      .flatMap((definition) => (definition.kind === Kind.OPERATION_DEFINITION && definition.name ? [definition.name.value] : []))
      .sort();
    expect(operationNames).toEqual([
      'ArticleBySlug',
      'ArticleIngested',
      'CorrectQuoteSpeaker',
      'EntityChanged',
      'FrontPage',
      'IngestArticle',
      'MergeEntities',
      'OrganizationCoMentioned',
      'PersonCoOccurrence',
      'PersonTimelines',
      'PersonWithQuotes',
      'QuoteAdded',
      'QuotesBySpeaker',
      'Search',
    ]);
    expect(manifest.format).toBe('apollo-persisted-query-manifest');
    expect(manifest.version).toBe(1);
    expect(manifest.operations.map((operation) => operation.name)).toEqual(operationNames);
    expect(PersistedQuerySafelist.fromManifest(manifest, MANIFEST_FILE).size).toBe(operationNames.length);
  });

  test("each id is the hash of exactly the text the SDK client sends for that operation's document", () => {
    const documents = Object.entries(generated).filter((entry): entry is [string, DocumentNode] => entry[0].endsWith('Document'));
    expect(documents).toHaveLength(manifest.operations.length);
    for (const [exportName, document] of documents) {
      const name = exportName.replace(/Document$/, '');
      const entry = manifest.operations.find((operation) => operation.name === name);
      expect({ name, id: entry?.id }).toEqual({ name, id: sha256Hex(print(document)) });
      const type = ['IngestArticle', 'CorrectQuoteSpeaker', 'MergeEntities'].includes(name) ? 'mutation' : ['ArticleIngested', 'QuoteAdded', 'EntityChanged'].includes(name) ? 'subscription' : 'query';
      expect(entry?.type).toBe(type);
    }
  });
});
