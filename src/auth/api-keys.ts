import { createHash, timingSafeEqual } from 'node:crypto';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import { ROLES, type ApiKeyEntry, type Role } from '../config/request-settings';

/** Who is asking, as far as API keys tell. Built once per request from the Authorization header. */
export interface Viewer {
  /** null: no key, or a key that is not valid. */
  role: Role | null;
  /** A short fingerprint of the key for logs and rate limits; never the key itself. */
  keyId: string | null;
  /**
   * An Authorization header was sent but is malformed or names no known key. Such a viewer is
   * treated as anonymous until a role is required, which then fails with UNAUTHENTICATED;
   * the server may also refuse the request at once.
   */
  invalidKey: boolean;
}

/** What role checks read: any viewer-shaped object (the request context's viewer included). */
export type RoleHolder = Pick<Viewer, 'role'> & { invalidKey?: boolean };

export const ANONYMOUS: Readonly<Viewer> = Object.freeze({ role: null, keyId: null, invalidKey: false });
const INVALID: Readonly<Viewer> = Object.freeze({ role: null, keyId: null, invalidKey: true });

interface StoredKey {
  hash: Buffer;
  role: Role;
  keyId: string;
}

/**
 * The configured API keys. Keys are kept only as SHA-256 hashes, and a presented key is
 * compared against every stored hash in constant time, so neither memory dumps nor response
 * timing reveal a key.
 */
export class ApiKeyRegistry {
  private readonly keys: readonly StoredKey[];

  constructor(entries: readonly ApiKeyEntry[]) {
    this.keys = entries.map(({ key, role }) => ({ hash: sha256(key), role, keyId: keyIdOf(key) }));
  }

  get size(): number {
    return this.keys.length;
  }

  /** The viewer an `Authorization` header (`Bearer KEY`) stands for. Never throws. */
  authenticate(authorizationHeader: string | undefined): Viewer {
    if (authorizationHeader === undefined || authorizationHeader.trim() === '') return ANONYMOUS;
    const match = /^\s*Bearer\s+(\S+)\s*$/i.exec(authorizationHeader);
    if (!match) return INVALID;
    const presented = sha256(match[1]);
    let found: StoredKey | null = null;
    // No early exit: every stored key is compared, whether or not one already matched.
    for (const stored of this.keys) {
      if (timingSafeEqual(stored.hash, presented) && !found) found = stored;
    }
    return found ? { role: found.role, keyId: found.keyId, invalidKey: false } : INVALID;
  }
}

/** True when `role` includes everything `required` may do. */
export function roleSatisfies(role: Role | null, required: Role): boolean {
  return role !== null && ROLES.indexOf(role) >= ROLES.indexOf(required);
}

/** Throws UNAUTHENTICATED without a valid key, FORBIDDEN with a key whose role is too weak. */
export function requireRole(viewer: RoleHolder, required: Role): void {
  if (viewer.role === null) {
    throw new UnauthenticatedError(
      viewer.invalidKey
        ? 'The API key sent is not valid: send "Authorization: Bearer KEY" with a configured key.'
        : undefined,
    );
  }
  if (!roleSatisfies(viewer.role, required)) {
    throw new ForbiddenError(`This operation needs the ${required} role; this API key has the ${viewer.role} role.`);
  }
}

export interface AccessPolicy {
  /** REQUIRE_KEY_FOR_READS: queries need at least the reader role. */
  requireKeyForReads: boolean;
}

export type OperationType = 'query' | 'mutation' | 'subscription';

/** The role an operation needs: mutations `editor`; reads `reader` if the policy says so, else none. */
export function requiredRoleFor(operation: OperationType, policy: AccessPolicy): Role | null {
  if (operation === 'mutation') return 'editor';
  return policy.requireKeyForReads ? 'reader' : null;
}

/**
 * What the server calls once the operation is known (e.g. in an Apollo plugin's
 * didResolveOperation, so no resolver runs for a refused operation): throws
 * UnauthenticatedError / ForbiddenError when the viewer may not run it.
 */
export function authorizeOperation(viewer: RoleHolder, operation: OperationType, policy: AccessPolicy): void {
  const required = requiredRoleFor(operation, policy);
  if (required) requireRole(viewer, required);
}

function sha256(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/**
 * Derived with a separate label so that the id shown in logs is not a prefix of the stored hash.
 * 12 hex characters: enough to tell keys apart, too few to be worth anything to an attacker.
 */
function keyIdOf(key: string): string {
  return createHash('sha256').update(`newsgraph key id\0${key}`, 'utf8').digest('hex').slice(0, 12);
}
