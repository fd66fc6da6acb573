import { BadUserInputError } from './errors';

/** The GraphQL types that carry global ids. */
export type NodeType = 'Article' | 'Person' | 'Organization' | 'Quote';
const NODE_TYPES: ReadonlySet<string> = new Set<NodeType>(['Article', 'Person', 'Organization', 'Quote']);

export interface GlobalId {
  type: NodeType;
  id: number;
}

/** Global ids are opaque to clients: base64url of `Type:localId`. */
export function toGlobalId(type: NodeType, id: number): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

/** Decodes a global id, or returns null for anything that is not one of ours. */
export function parseGlobalId(globalId: string): GlobalId | null {
  if (typeof globalId !== 'string' || globalId.length === 0 || globalId.length > 64) return null;
  if (!/^[A-Za-z0-9_-]+$/.test(globalId)) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const match = /^([A-Za-z]+):([1-9][0-9]{0,14})$/.exec(decoded);
  if (!match || !NODE_TYPES.has(match[1])) return null;
  return { type: match[1] as NodeType, id: Number(match[2]) };
}

/**
 * For arguments that must name a node of one type (filters, mutations):
 * anything else is the client's mistake.
 */
export function expectGlobalId(globalId: string, type: NodeType, argument: string): number {
  const parsed = parseGlobalId(globalId);
  if (!parsed || parsed.type !== type) {
    throw new BadUserInputError(`Argument "${argument}" must be the id of a ${type}.`, { argument });
  }
  return parsed.id;
}

/** For lookups: an id of another type, or garbage, simply finds nothing. */
export function localIdOf(globalId: string, type: NodeType): number | null {
  const parsed = parseGlobalId(globalId);
  return parsed && parsed.type === type ? parsed.id : null;
}
