import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { ConfigError } from '../../src/config/env-values';
import {
  ApiKeyRegistry,
  authorizeOperation,
  requireRole,
  requiredRoleFor,
  roleSatisfies,
} from '../../src/auth/api-keys';
import { loadConfig } from '../../src/config/config';

const registryOf = (env: Record<string, string>) => new ApiKeyRegistry(loadConfig(env).apiKeys);
const policyOf = (env: Record<string, string>) => ({ requireKeyForReads: loadConfig(env).requireKeyForReads });

const EDITOR_KEY = 'ed-5f0c2a9e7b1d4c3e';
const ADMIN_KEY = 'ad-91c7e0b2d8f64a15';
const READER_KEY = 'rd-0b8a6c4e2f1d3579';

describe('ApiKeyRegistry', () => {
  const registry = registryOf({ API_KEYS: `${EDITOR_KEY}:editor, ${ADMIN_KEY}:admin,${READER_KEY}:reader` });

  it('reads inline keys and gives each its role and a stable short id', () => {
    expect(registry.size).toBe(3);
    const editor = registry.authenticate(`Bearer ${EDITOR_KEY}`);
    expect(editor).toEqual({ role: 'editor', keyId: expect.stringMatching(/^[0-9a-f]{12}$/), invalidKey: false });
    expect(registry.authenticate(`bearer   ${EDITOR_KEY} `).keyId).toBe(editor.keyId);
    expect(registry.authenticate(`Bearer ${ADMIN_KEY}`)).toMatchObject({ role: 'admin', invalidKey: false });
    expect(registry.authenticate(`Bearer ${ADMIN_KEY}`).keyId).not.toBe(editor.keyId);
  });

  it('never exposes the key: not in the id, not in the registry', () => {
    const viewer = registry.authenticate(`Bearer ${EDITOR_KEY}`);
    expect(EDITOR_KEY).not.toContain(viewer.keyId);
    expect(JSON.stringify(registry)).not.toContain(EDITOR_KEY);
    expect(inspect(registry, { depth: 10 })).not.toContain(EDITOR_KEY);
  });

  it('treats a missing header as anonymous', () => {
    expect(registry.authenticate(undefined)).toEqual({ role: null, keyId: null, invalidKey: false });
    expect(registry.authenticate('')).toEqual({ role: null, keyId: null, invalidKey: false });
  });

  it.each([
    ['an unknown key', 'Bearer not-a-key'],
    ['a key with a suffix', `Bearer ${EDITOR_KEY}x`],
    ['another scheme', `Basic ${EDITOR_KEY}`],
    ['no key', 'Bearer'],
    ['two words', `Bearer ${EDITOR_KEY} ${ADMIN_KEY}`],
  ])('marks %s as an invalid key with no role', (_, header) => {
    expect(registry.authenticate(header)).toEqual({ role: null, keyId: null, invalidKey: true });
  });

  it('reads a key file with comments and blank lines, by path or file: URL', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-keys-'));
    try {
      const file = join(dir, 'keys.txt');
      writeFileSync(file, `# newsroom keys\n${EDITOR_KEY}:editor   # the desk\n\n${ADMIN_KEY}:admin\n`);
      for (const reference of [file, `file:${file}`, `file://${file}`]) {
        const fromFile = registryOf({ API_KEYS: reference });
        expect(fromFile.size).toBe(2);
        expect(fromFile.authenticate(`Bearer ${ADMIN_KEY}`).role).toBe('admin');
      }
      expect(() => registryOf({ API_KEYS: join(dir, 'missing.txt') })).toThrow(/^API_KEYS: cannot read the key file/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has no keys when API_KEYS is unset', () => {
    expect(registryOf({}).size).toBe(0);
    expect(registryOf({}).authenticate('Bearer anything')).toMatchObject({ role: null, invalidKey: true });
  });

  it.each([
    ['k1', /entry 1: expected KEY:ROLE/],
    ['k1:owner', /entry 1: unknown role "owner"; expected one of reader, editor, admin/],
    ['k1:editor,:admin', /entry 2: expected KEY:ROLE/],
    ['k1:editor,k1:admin', /entry 2: the same key is listed twice/],
    ['k 1:editor', /a key cannot contain spaces/],
  ])('refuses API_KEYS=%s with a ConfigError naming the variable', (value, message) => {
    let thrown: unknown;
    try {
      registryOf({ API_KEYS: value });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as ConfigError).variable).toBe('API_KEYS');
    expect((thrown as ConfigError).message).toMatch(message);
  });
});

describe('roles', () => {
  it('orders reader < editor < admin', () => {
    expect(roleSatisfies('admin', 'editor')).toBe(true);
    expect(roleSatisfies('editor', 'editor')).toBe(true);
    expect(roleSatisfies('reader', 'editor')).toBe(false);
    expect(roleSatisfies(null, 'reader')).toBe(false);
  });

  it('requireRole: UNAUTHENTICATED without a valid key, FORBIDDEN with a weaker one', () => {
    const codeOf = (fn: () => void): unknown => {
      try {
        fn();
        return 'allowed';
      } catch (error) {
        return (error as { extensions: { code: string } }).extensions.code;
      }
    };
    expect(codeOf(() => requireRole({ role: null }, 'editor'))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => requireRole({ role: null, invalidKey: true }, 'reader'))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => requireRole({ role: 'reader' }, 'editor'))).toBe('FORBIDDEN');
    expect(codeOf(() => requireRole({ role: 'admin' }, 'editor'))).toBe('allowed');
    expect(() => requireRole({ role: 'reader' }, 'editor')).toThrow('This operation needs the editor role; this API key has the reader role.');
  });

  it('mutations need editor; reads need reader only when the policy says so', () => {
    const open = { requireKeyForReads: false };
    const closed = { requireKeyForReads: true };
    expect(requiredRoleFor('mutation', open)).toBe('editor');
    expect(requiredRoleFor('query', open)).toBeNull();
    expect(requiredRoleFor('query', closed)).toBe('reader');
    expect(() => authorizeOperation({ role: null, invalidKey: true }, 'query', open)).not.toThrow();
    expect(() => authorizeOperation({ role: null }, 'query', closed)).toThrow('This operation needs an API key');
    expect(() => authorizeOperation({ role: 'reader' }, 'mutation', closed)).toThrow('needs the editor role');
  });

  it('reads REQUIRE_KEY_FOR_READS, refusing it without keys or with a bad value', () => {
    expect(policyOf({})).toEqual({ requireKeyForReads: false });
    expect(policyOf({ REQUIRE_KEY_FOR_READS: 'true', API_KEYS: 'k:reader' })).toEqual({ requireKeyForReads: true });
    expect(() => policyOf({ REQUIRE_KEY_FOR_READS: 'true' })).toThrow(/^REQUIRE_KEY_FOR_READS: /);
    expect(() => policyOf({ REQUIRE_KEY_FOR_READS: 'maybe', API_KEYS: 'k:reader' })).toThrow(/^REQUIRE_KEY_FOR_READS: /);
  });
});
