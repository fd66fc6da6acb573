import { InvalidInputError } from '../errors';
import type { EntityCursor } from '../records/entity-records';

/**
 * The entity service's HTTP listing cursor: an opaque string for the keyset
 * position (name, id) of the last item seen. Shared by the server, which
 * decodes it, and the client, which encodes EntityListQuery.after.
 */
export function encodeEntityCursor(cursor: EntityCursor): string {
  return Buffer.from(JSON.stringify([cursor.name, cursor.id]), 'utf8').toString('base64url');
}

/** Throws InvalidInputError for anything encodeEntityCursor did not produce. */
export function decodeEntityCursor(raw: string): EntityCursor {
  const invalid = new InvalidInputError('"after" is not a valid entity cursor.', { argument: 'after' });
  if (!/^[A-Za-z0-9_-]{1,4000}$/.test(raw)) throw invalid;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw invalid;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw invalid;
  const [name, id] = parsed as unknown[];
  if (typeof name !== 'string' || !Number.isSafeInteger(id) || (id as number) < 1) throw invalid;
  return { name, id: id as number };
}
