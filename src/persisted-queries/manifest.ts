import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config/env-values';

/** One entry of an Apollo persisted query manifest. `id` is the sha256 (hex) of `body`. */
export interface ManifestOperation {
  id: string;
  name: string;
  type: 'query' | 'mutation' | 'subscription';
  body: string;
}

/** Apollo's persisted query manifest format, as `npm run codegen` writes sdk/persisted-queries.json. */
export interface PersistedQueryManifest {
  format: 'apollo-persisted-query-manifest';
  version: 1;
  operations: ManifestOperation[];
}

/** The hash automatic persisted queries use: sha256 of the exact query text, lowercase hex. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Where `npm run codegen` writes the manifest of the project's own operations. */
export const BUNDLED_MANIFEST = path.join('sdk', 'persisted-queries.json');

/**
 * The operations a safelist allows, by id. Built from a manifest whose every id is checked
 * against its body, so an entry can never admit text other than its own.
 */
export class PersistedQuerySafelist {
  private readonly bodies: ReadonlyMap<string, string>;

  private constructor(operations: readonly ManifestOperation[]) {
    this.bodies = new Map(operations.map((operation) => [operation.id, operation.body]));
  }

  /** From a parsed manifest; throws ConfigError (PERSISTED_QUERY_MANIFEST) naming what is wrong. */
  static fromManifest(manifest: unknown, source: string): PersistedQuerySafelist {
    return new PersistedQuerySafelist(checkManifest(manifest, source));
  }

  /** Reads a manifest file; throws ConfigError (PERSISTED_QUERY_MANIFEST) when it is missing or malformed. */
  static readFile(file: string): PersistedQuerySafelist {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new ConfigError('PERSISTED_QUERY_MANIFEST', `cannot read "${file}": ${(error as Error).message}`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new ConfigError('PERSISTED_QUERY_MANIFEST', `"${file}" is not valid JSON`);
    }
    return PersistedQuerySafelist.fromManifest(parsed, file);
  }

  get size(): number {
    return this.bodies.size;
  }

  has(id: string): boolean {
    return this.bodies.has(id);
  }

  /** The query text listed under `id`, or undefined. */
  body(id: string): string | undefined {
    return this.bodies.get(id);
  }
}

/**
 * The project's own manifest, found from this file's folder upwards (it sits at the package
 * root whether this runs from src/ under ts-jest or from dist/src/ after the build).
 */
export function findBundledManifest(from: string = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, BUNDLED_MANIFEST);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) {
      throw new ConfigError('PERSISTED_QUERY_MANIFEST', `no ${BUNDLED_MANIFEST} above ${from}; run npm run codegen or set the variable`);
    }
  }
}

function checkManifest(manifest: unknown, source: string): ManifestOperation[] {
  const fail = (problem: string): never => {
    throw new ConfigError('PERSISTED_QUERY_MANIFEST', `"${source}" ${problem}`);
  };
  if (!isRecord(manifest) || manifest.format !== 'apollo-persisted-query-manifest' || manifest.version !== 1) {
    return fail('is not an apollo-persisted-query-manifest, version 1');
  }
  if (!Array.isArray(manifest.operations)) return fail('has no "operations" list');
  return manifest.operations.map((entry: unknown, index): ManifestOperation => {
    if (!isRecord(entry) || typeof entry.id !== 'string' || typeof entry.body !== 'string' || typeof entry.name !== 'string') {
      return fail(`operation ${index} needs string "id", "name" and "body"`);
    }
    if (entry.type !== 'query' && entry.type !== 'mutation' && entry.type !== 'subscription') {
      return fail(`operation ${index} (${entry.name}) has an unknown type`);
    }
    if (sha256Hex(entry.body) !== entry.id) return fail(`operation ${index} (${entry.name}): "id" is not the sha256 of "body"`);
    return { id: entry.id, name: entry.name, type: entry.type, body: entry.body };
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
