import { userInfo } from 'node:os';

/*
 * Reading one environment variable into a typed value: each reader takes the
 * environment it is given, and a bad value is a ConfigError naming the variable.
 * Only the config module (config.ts) calls them, once, at start.
 */

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

export type Env = Record<string, string | undefined>;

export function readString(env: Env, name: string, fallback: string): string {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  return value.trim();
}

export function readInt(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(name, `expected a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `expected a number from ${min} to ${max}, got ${value}`);
  return value;
}

export function readBoolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const v = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  throw new ConfigError(name, `expected true or false, got "${raw}"`);
}

export function readUrl(env: Env, name: string, protocols: string[]): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new ConfigError(name, `expected a URL, got "${raw}"`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(name, `expected a ${protocols.join(' or ')} URL, got "${raw}"`);
  }
  return raw.trim().replace(/\/+$/, '');
}

/** A SQLite file path or a postgres:// URL. */
export function readDatabaseUrl(env: Env, name: string, fallback: string): string {
  const value = readString(env, name, fallback);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    if (!/^postgres(ql)?:\/\//i.test(value)) {
      throw new ConfigError(name, `expected a SQLite file path or a postgres:// URL, got "${value}"`);
    }
    try {
      new URL(value);
    } catch {
      throw new ConfigError(name, `expected a valid postgres:// URL, got "${value}"`);
    }
    postgresTarget(value, name, env);
  }
  return value;
}

export function isPostgresUrl(databaseUrl: string): boolean {
  return /^postgres(ql)?:\/\//i.test(databaseUrl);
}

/** A PostgreSQL schema name we accept: lowercase letters, digits and _, as an unquoted identifier. */
const POSTGRES_SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Prepares a postgres:// URL for pg:
 * - splits off the `schema` query parameter, which pg does not know:
 *   `postgres://host/db?schema=newsroom` puts the tables in schema `newsroom`
 *   (created if missing). Throws ConfigError (naming `variable`) for a schema
 *   name that is not a plain lowercase identifier.
 * - like libpq, connects as the operating-system user when neither the URL
 *   nor PGUSER names one (pg itself falls back only to $USER, which services
 *   and containers often lack).
 */
export function postgresTarget(
  databaseUrl: string,
  variable = 'DATABASE_URL',
  env: Env = process.env,
): { url: string; schema?: string } {
  const url = new URL(databaseUrl);
  const schema = url.searchParams.get('schema');
  if (schema !== null && !POSTGRES_SCHEMA_NAME.test(schema)) {
    throw new ConfigError(variable, `the schema "${schema}" must be lowercase letters, digits and _ (starting with a letter or _)`);
  }
  url.searchParams.delete('schema');
  if (url.username === '' && !env.PGUSER && !env.USER) url.username = encodeURIComponent(userInfo().username);
  const changed = schema !== null || url.username !== new URL(databaseUrl).username;
  return { url: changed ? url.toString() : databaseUrl, schema: schema ?? undefined };
}

/** The shortest shared secret accepted: 16 characters leave guessing out of reach. */
export const MIN_TOKEN_LENGTH = 16;

export function readToken(env: Env, name: string): string | null {
  const value = env[name]?.trim();
  if (value === undefined || value === '') return null;
  if (!/^[\x21-\x7e]+$/.test(value)) throw new ConfigError(name, 'expected printable characters without spaces');
  if (value.length < MIN_TOKEN_LENGTH || value.length > 1024) {
    throw new ConfigError(name, `expected from ${MIN_TOKEN_LENGTH} to 1024 characters, got ${value.length}`);
  }
  return value;
}

/** Whether a listening address reaches only this machine (127.0.0.0/8, ::1, localhost). */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) || h === '::ffff:127.0.0.1';
}
