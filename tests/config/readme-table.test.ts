import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/config';

/** The rows of the README's configuration table: variable name and default as written. */
function readmeTable(): Map<string, string> {
  const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1));
  const rows = new Map<string, string>();
  for (const match of section.matchAll(/^\| `([A-Z0-9_]+)` \| (.+?) \|/gm)) {
    rows.set(match[1], match[2].trim());
  }
  return rows;
}

/** The variables loadConfig reads from an empty environment: every one it knows. */
function variablesRead(): string[] {
  const read = new Set<string>();
  const env = new Proxy<Record<string, string | undefined>>({}, {
    get: (_target, name) => {
      if (typeof name === 'string') read.add(name);
      return undefined;
    },
  });
  loadConfig(env);
  return [...read].sort();
}

/** A default as the table writes it (`4000`, `./data/news.db`), or null for "unset". */
function defaultValue(cell: string): string | null {
  if (cell === 'unset') return null;
  const code = /^`([^`]*)`$/.exec(cell);
  if (!code) throw new Error(`README default "${cell}" is neither unset nor one value in backquotes`);
  return code[1];
}

describe('the configuration and the README table', () => {
  const table = readmeTable();

  it('lists exactly the variables the configuration reads', () => {
    expect([...table.keys()].sort()).toEqual(variablesRead());
  });

  it('gives each variable the default the configuration has', () => {
    const defaults = loadConfig({});
    for (const [name, cell] of table) {
      const value = defaultValue(cell);
      if (value === null) continue;
      // Unset, the manifest is the bundled file (found beside the code, wherever the process runs);
      // the README names that file by its path in the repository.
      if (name === 'PERSISTED_QUERY_MANIFEST') continue;
      expect({ name, config: loadConfig({ [name]: value }) }).toEqual({ name, config: defaults });
    }
  });

  it('is frozen, nested settings included', () => {
    const config = loadConfig({});
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.limits)).toBe(true);
    expect(Object.isFrozen(config.subscriptions)).toBe(true);
    expect(Object.isFrozen(config.apiKeys)).toBe(true);
  });
});
