import { InvalidInputError } from '../errors';
import { normalizeName } from './normalize-name';
import {
  ORGANIZATION_KINDS,
  type EntityListQuery,
  type EntityLookup,
  type EntityType,
  type EntityUpsert,
  type OrganizationKind,
  type RoleRecord,
} from '../records/entity-records';

/**
 * Checks for what callers hand the entity service, written for `unknown`
 * values so that the HTTP server can run them on parsed JSON and the
 * in-process service on typed calls alike. Each returns a cleaned copy
 * (strings trimmed) or throws InvalidInputError naming the field.
 */

export const MAX_NAME_LENGTH = 300;
/** Most aliases one upsert may carry, and most one entity may hold once upserts have merged theirs in. */
export const MAX_ALIASES = 200;
/** Most roles one upsert may carry, and most one person may hold. */
export const MAX_ROLES = 200;
export const MAX_LIST_LIMIT = 1000;
/** Most characters of text (name, title, aliases, role titles) one stored entity may hold. */
export const MAX_RECORD_CHARS = 32 * 1024;

/**
 * An upsert that would grow an entity past MAX_ALIASES, MAX_ROLES or
 * MAX_RECORD_CHARS. Nothing of it is written (the upsert's transaction rolls
 * back); the HTTP API answers 422 ENTITY_TOO_LARGE.
 */
export class EntityTooLargeError extends InvalidInputError {
  static readonly code = 'ENTITY_TOO_LARGE';
  constructor(message: string, field: string) {
    super(message, { field, code: EntityTooLargeError.code });
    this.name = 'EntityTooLargeError';
  }
}

/** What an entity holds after an upsert merged into it, as counted by its store. */
export interface EntitySize {
  aliases: number;
  roles: number;
  chars: number;
}

/** Throws EntityTooLargeError when a merged entity passes a bound; `field` names the upsert. */
export function checkEntitySize(id: number, size: EntitySize, field: string): void {
  const over =
    size.aliases > MAX_ALIASES
      ? `would hold ${size.aliases} aliases (at most ${MAX_ALIASES})`
      : size.roles > MAX_ROLES
        ? `would hold ${size.roles} roles (at most ${MAX_ROLES})`
        : size.chars > MAX_RECORD_CHARS
          ? `would hold ${size.chars} characters of names and titles (at most ${MAX_RECORD_CHARS})`
          : null;
  if (over !== null) throw new EntityTooLargeError(`${field}: entity ${id} ${over}; nothing was written`, field);
}

const KINDS: ReadonlySet<string> = new Set(ORGANIZATION_KINDS);

function fail(field: string, message: string): never {
  throw new InvalidInputError(`${field}: ${message}`, { field });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function expectArray(value: unknown, field: string): unknown[] {
  if (!Array.isArray(value)) fail(field, 'expected an array');
  return value;
}

export function expectId(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    fail(field, 'expected a positive whole number');
  }
  return value;
}

export function expectIds(value: unknown, field: string): number[] {
  return expectArray(value, field).map((id, i) => expectId(id, `${field}[${i}]`));
}

export function expectEntityType(value: unknown, field: string): EntityType {
  if (value !== 'person' && value !== 'organization') fail(field, 'expected "person" or "organization"');
  return value;
}

/** A name or alias: a non-blank string that still says something once normalized. */
export function expectName(value: unknown, field: string): string {
  if (typeof value !== 'string') fail(field, 'expected a string');
  const name = value.trim();
  if (name.length === 0) fail(field, 'must not be empty');
  if (name.length > MAX_NAME_LENGTH) fail(field, `must be at most ${MAX_NAME_LENGTH} characters`);
  if (normalizeName(name).length === 0) fail(field, 'must contain a letter or digit');
  return name;
}

function optionalNullable<T>(value: unknown, read: (v: unknown) => T): T | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  return read(value);
}

function expectKind(value: unknown, field: string): OrganizationKind {
  if (typeof value !== 'string' || !KINDS.has(value)) fail(field, `expected one of ${ORGANIZATION_KINDS.join(', ')}`);
  return value as OrganizationKind;
}

function expectCountry(value: unknown, field: string): string {
  if (typeof value !== 'string' || !/^[A-Za-z]{2}$/.test(value.trim())) {
    fail(field, 'expected an ISO 3166-1 alpha-2 country code such as "US"');
  }
  return value.trim().toUpperCase();
}

function expectRole(value: unknown, field: string): RoleRecord {
  if (!isRecord(value)) fail(field, 'expected an object with "title" and "organizationId"');
  const title = expectName(value.title, `${field}.title`);
  const organizationId = optionalNullable(value.organizationId, (v) => expectId(v, `${field}.organizationId`)) ?? null;
  return { title, organizationId };
}

function expectAliases(value: unknown, field: string): string[] {
  if (value === undefined || value === null) return [];
  const aliases = expectArray(value, field);
  if (aliases.length > MAX_ALIASES) fail(field, `at most ${MAX_ALIASES} aliases`);
  return aliases.map((alias, i) => expectName(alias, `${field}[${i}]`));
}

function expectRoles(value: unknown, field: string): RoleRecord[] {
  if (value === undefined || value === null) return [];
  const roles = expectArray(value, field);
  if (roles.length > MAX_ROLES) fail(field, `at most ${MAX_ROLES} roles`);
  return roles.map((role, i) => expectRole(role, `${field}[${i}]`));
}

/** One upsert, cleaned: aliases and roles always present (possibly empty). */
export function expectUpsert(value: unknown, field: string): EntityUpsert {
  if (!isRecord(value)) fail(field, 'expected an object');
  const type = expectEntityType(value.type, `${field}.type`);
  const id = value.id === undefined ? undefined : expectId(value.id, `${field}.id`);
  const name = expectName(value.name, `${field}.name`);
  const aliases = expectAliases(value.aliases, `${field}.aliases`);
  if (type === 'person') {
    const title = optionalNullable(value.title, (v) => expectName(v, `${field}.title`));
    const roles = expectRoles(value.roles, `${field}.roles`);
    return { type, id, name, aliases, title, roles };
  }
  const kind = value.kind === undefined || value.kind === null ? undefined : expectKind(value.kind, `${field}.kind`);
  const country = optionalNullable(value.country, (v) => expectCountry(v, `${field}.country`));
  const parentId = optionalNullable(value.parentId, (v) => expectId(v, `${field}.parentId`));
  return { type, id, name, aliases, kind, country, parentId };
}

export function expectUpserts(value: unknown, field: string): EntityUpsert[] {
  return expectArray(value, field).map((entity, i) => expectUpsert(entity, `${field}[${i}]`));
}

export function expectLookup(value: unknown, field: string): EntityLookup {
  if (!isRecord(value)) fail(field, 'expected an object with "name"');
  if (typeof value.name !== 'string') fail(`${field}.name`, 'expected a string');
  const type = value.type === undefined || value.type === null ? undefined : expectEntityType(value.type, `${field}.type`);
  return { type, name: value.name };
}

export function expectLookups(value: unknown, field: string): EntityLookup[] {
  return expectArray(value, field).map((lookup, i) => expectLookup(lookup, `${field}[${i}]`));
}

export function expectListQuery(query: EntityListQuery): EntityListQuery {
  const type = expectEntityType(query.type, 'type');
  if (!Number.isSafeInteger(query.limit) || query.limit < 0 || query.limit > MAX_LIST_LIMIT) {
    fail('limit', `expected a whole number from 0 to ${MAX_LIST_LIMIT}`);
  }
  if (query.search !== undefined && query.search !== null && typeof query.search !== 'string') {
    fail('search', 'expected a string');
  }
  const after = query.after ?? null;
  if (after !== null && (typeof after.name !== 'string' || !Number.isSafeInteger(after.id))) {
    fail('after', 'expected a position { name, id }');
  }
  return { type, search: query.search ?? null, limit: query.limit, after };
}
