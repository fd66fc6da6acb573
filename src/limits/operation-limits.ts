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
  /** Length of the document text in characters, comments and white space included (tokens do not count them). */
  maxQueryLength: number;
  /** Budget for the estimated cost: each field costs 1, list fields multiply their subtree. */
  maxCost: number;
  /** Page size a connection returns when `first` is absent; also what the cost assumes then. */
  defaultPageSize: number;
  /** Largest `first` a connection accepts (resolvers refuse more with BAD_USER_INPUT). */
  maxPageSize: number;
  /** Length of a query's variables as JSON, in characters (mutations are bounded by the body limit and need a key). */
  maxVariablesBytes: number;
  /** Deepest nesting of objects and arrays in any operation's variables (the variables object is level 1). */
  maxVariablesDepth: number;
  /** Length of an answer as JSON, in characters: a larger one is refused with RESPONSE_TOO_LARGE. */
  maxResponseBytes: number;
}

export const DEFAULT_LIMITS: Readonly<OperationLimits> = Object.freeze({
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 1000,
  maxQueryLength: 64 * 1024,
  maxCost: 100_000,
  defaultPageSize: 20,
  maxPageSize: 100,
  maxVariablesBytes: 64 * 1024,
  maxVariablesDepth: 10,
  maxResponseBytes: 2 * 1024 * 1024,
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
    maxQueryLength: readInt(env, 'MAX_QUERY_LENGTH', DEFAULT_LIMITS.maxQueryLength, 1024, 100 * 1024 * 1024),
    maxCost: readInt(env, 'MAX_QUERY_COST', DEFAULT_LIMITS.maxCost, 1, 1_000_000_000),
    // Page sizes are part of the public contract (20 and 100); they are constants, not settings.
    defaultPageSize: DEFAULT_LIMITS.defaultPageSize,
    maxPageSize: DEFAULT_LIMITS.maxPageSize,
    maxVariablesBytes: readInt(env, 'MAX_VARIABLES_BYTES', DEFAULT_LIMITS.maxVariablesBytes, 64, 2 * 1024 * 1024),
    maxVariablesDepth: readInt(env, 'MAX_VARIABLES_DEPTH', DEFAULT_LIMITS.maxVariablesDepth, 2, 100),
    maxResponseBytes: readInt(env, 'MAX_RESPONSE_BYTES', DEFAULT_LIMITS.maxResponseBytes, 1024, 512 * 1024 * 1024),
  };
}
