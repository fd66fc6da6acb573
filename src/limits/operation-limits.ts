import { readInt } from '../config';

/**
 * Limits on the shape and size of one GraphQL operation. Every limit is checked after
 * parsing and validation and before any resolver runs; `maxTokens` is enforced by the
 * parser itself (see `parseOptionsFor` in limits-plugin.ts).
 *
 * docs/hardening.md explains each default and the queries it was measured against.
 */
export interface OperationLimits {
  /** Deepest field nesting, counting fields only (fragments and inline fragments are expanded). */
  maxDepth: number;
  /** Aliased fields in the operation, with every fragment spread expanded. */
  maxAliases: number;
  /** Directive uses in the operation, with every fragment spread expanded. */
  maxDirectives: number;
  /** Lexical tokens in the document; the parser stops reading past this. */
  maxTokens: number;
  /** Budget for the estimated cost: each field costs 1, list fields multiply their subtree. */
  maxCost: number;
  /** Page size a connection returns when `first` is absent; also what the cost assumes then. */
  defaultPageSize: number;
  /** Largest `first` a connection accepts (resolvers refuse more with BAD_USER_INPUT). */
  maxPageSize: number;
}

export const DEFAULT_LIMITS: Readonly<OperationLimits> = Object.freeze({
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 1000,
  maxCost: 100_000,
  defaultPageSize: 20,
  maxPageSize: 100,
});

type Env = Record<string, string | undefined>;

/**
 * Reads the limits from the environment; an absent or empty variable keeps its default,
 * a malformed or out-of-range value throws ConfigError naming the variable.
 */
export function limitsFromEnv(env: Env = process.env): OperationLimits {
  return {
    maxDepth: readInt(env, 'MAX_QUERY_DEPTH', DEFAULT_LIMITS.maxDepth, 1, 1000),
    maxAliases: readInt(env, 'MAX_ALIASES', DEFAULT_LIMITS.maxAliases, 0, 100_000),
    maxDirectives: readInt(env, 'MAX_DIRECTIVES', DEFAULT_LIMITS.maxDirectives, 0, 100_000),
    maxTokens: readInt(env, 'MAX_TOKENS', DEFAULT_LIMITS.maxTokens, 50, 1_000_000),
    maxCost: readInt(env, 'MAX_QUERY_COST', DEFAULT_LIMITS.maxCost, 1, 1_000_000_000),
    // Page sizes are part of the public contract (20 and 100); they are constants, not settings.
    defaultPageSize: DEFAULT_LIMITS.defaultPageSize,
    maxPageSize: DEFAULT_LIMITS.maxPageSize,
  };
}
