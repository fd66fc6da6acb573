import { ConfigError } from '../config';

/** How the gateway executes operations: compiled (graphql-jit) or graphql-js's `execute`. */
export type ExecutorKind = 'jit' | 'graphql-js';

export const EXECUTOR_KINDS: readonly ExecutorKind[] = ['jit', 'graphql-js'];

/**
 * EXECUTOR=jit|graphql-js (default jit). Anything else is refused with a
 * ConfigError naming the variable.
 */
export function executorFromEnv(env: Record<string, string | undefined> = process.env): ExecutorKind {
  const raw = (env.EXECUTOR ?? '').trim().toLowerCase();
  if (raw === '') return 'jit';
  const kind = EXECUTOR_KINDS.find((k) => k === raw);
  if (!kind) throw new ConfigError('EXECUTOR', `expected one of ${EXECUTOR_KINDS.join(', ')}, got "${env.EXECUTOR}"`);
  return kind;
}
