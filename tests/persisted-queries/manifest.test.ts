/**
 * The pieces behind persisted queries: reading and checking a manifest, finding the bundled
 * one, the PERSISTED_QUERIES setting, and which GETs count as hash-only persisted GETs.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/config';
import { ConfigError } from '../../src/config/env-values';
import { findBundledManifest, PersistedQuerySafelist, sha256Hex } from '../../src/persisted-queries/manifest';
import { isPersistedQueryGet } from '../../src/persisted-queries/persisted-get';
import { persistedQuerySetup } from '../../src/persisted-queries/persisted-query-setup';

const ROOT = path.join(__dirname, '..', '..');
const BODY = 'query One { articles { totalCount } }';
const GOOD = { format: 'apollo-persisted-query-manifest', version: 1, operations: [{ id: sha256Hex(BODY), name: 'One', type: 'query', body: BODY }] };

/** The variable and message of the ConfigError `work` throws. */
function configError(work: () => unknown): { variable: string; message: string } {
  try {
    work();
  } catch (error) {
    if (error instanceof ConfigError) return { variable: error.variable, message: error.message };
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('PersistedQuerySafelist', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-manifest-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('holds the bodies of a valid manifest by id', () => {
    const safelist = PersistedQuerySafelist.fromManifest(GOOD, 'test');
    expect(safelist.size).toBe(1);
    expect(safelist.has(sha256Hex(BODY))).toBe(true);
    expect(safelist.body(sha256Hex(BODY))).toBe(BODY);
    expect(safelist.has(sha256Hex(`${BODY} `))).toBe(false);
  });

  test.each([
    ['another format', { ...GOOD, format: 'something-else' }, /not an apollo-persisted-query-manifest/],
    ['no operations', { format: GOOD.format, version: 1 }, /no "operations"/],
    ['an id that is not the hash of its body', { ...GOOD, operations: [{ ...GOOD.operations[0], id: sha256Hex('other') }] }, /not the sha256 of "body"/],
    ['an unknown type', { ...GOOD, operations: [{ ...GOOD.operations[0], type: 'fragment' }] }, /unknown type/],
  ])('refuses %s, naming PERSISTED_QUERY_MANIFEST', (_name, manifest, message) => {
    const error = configError(() => PersistedQuerySafelist.fromManifest(manifest, 'm.json'));
    expect(error.variable).toBe('PERSISTED_QUERY_MANIFEST');
    expect(error.message).toMatch(message);
  });

  test('reads a file; a missing or non-JSON file is a ConfigError', () => {
    const file = path.join(dir, 'ok.json');
    writeFileSync(file, JSON.stringify(GOOD));
    expect(PersistedQuerySafelist.readFile(file).size).toBe(1);
    expect(configError(() => PersistedQuerySafelist.readFile(path.join(dir, 'missing.json'))).message).toMatch(/cannot read/);
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '{');
    expect(configError(() => PersistedQuerySafelist.readFile(broken)).message).toMatch(/not valid JSON/);
    expect(configError(() => persistedQuerySetup('safelist', { manifestPath: broken })).variable).toBe('PERSISTED_QUERY_MANIFEST');
  });

  test('the bundled manifest is found from src/ and from dist/src/ alike', () => {
    const expected = path.join(ROOT, 'sdk', 'persisted-queries.json');
    expect(findBundledManifest(path.join(ROOT, 'src', 'persisted-queries'))).toBe(expected);
    expect(findBundledManifest(path.join(ROOT, 'dist', 'src', 'persisted-queries'))).toBe(expected);
    expect(configError(() => findBundledManifest(dir)).variable).toBe('PERSISTED_QUERY_MANIFEST');
  });
});

describe('PERSISTED_QUERIES', () => {
  test('defaults to apq; accepts off, apq and safelist in any case; refuses anything else', () => {
    expect(loadConfig({}).persistedQueries).toBe('apq');
    expect(loadConfig({ PERSISTED_QUERIES: 'SAFELIST' }).persistedQueries).toBe('safelist');
    expect(loadConfig({ PERSISTED_QUERIES: 'off' }).persistedQueries).toBe('off');
    expect(configError(() => loadConfig({ PERSISTED_QUERIES: 'allowlist' }))).toEqual({
      variable: 'PERSISTED_QUERIES',
      message: 'PERSISTED_QUERIES: expected one of off, apq, safelist, got "allowlist"',
    });
  });

  test('PERSISTED_QUERY_MANIFEST is passed through, null when unset', () => {
    expect(loadConfig({}).persistedQueryManifest).toBeNull();
    expect(loadConfig({ PERSISTED_QUERY_MANIFEST: '/etc/newsgraph/manifest.json' }).persistedQueryManifest).toBe('/etc/newsgraph/manifest.json');
  });
});

describe('isPersistedQueryGet', () => {
  const hashOnly = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: 'abc' } });
  test.each([
    ['a GET with only a hash', 'GET', { extensions: hashOnly }, true],
    ['a GET with a hash and variables', 'GET', { extensions: hashOnly, variables: '{"first":1}' }, true],
    ['a GET with a hash and query text', 'GET', { extensions: hashOnly, query: '{ __typename }' }, false],
    ['a GET with query text only', 'GET', { query: '{ __typename }' }, false],
    ['a GET with other extensions', 'GET', { extensions: '{"other":true}' }, false],
    ['a GET with broken extensions', 'GET', { extensions: '{' }, false],
    ['a POST with a hash in the URL', 'POST', { extensions: hashOnly }, false],
  ])('%s: %s', (_name, method, params, expected) => {
    expect(isPersistedQueryGet(method, new URLSearchParams(params))).toBe(expected);
  });
});
