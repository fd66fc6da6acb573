import { runCliExpectingFailure, startCliProcess, type CliProcess } from './cli-process';
import { TEST_ENTITY_SERVICE_TOKEN } from './test-services';

/** A running compiled gateway; `url` is its GraphQL endpoint, e.g. http://127.0.0.1:41234/graphql */
export type GatewayProcess = CliProcess;

/**
 * Starts the compiled gateway (`npm start` without the build step) on a free port. It sends
 * TEST_ENTITY_SERVICE_TOKEN to an entity service over HTTP unless `env` sets ENTITY_SERVICE_TOKEN.
 */
export function startGatewayProcess(env: Record<string, string>): Promise<GatewayProcess> {
  return startCliProcess('serve', { PORT: '0', ENTITY_SERVICE_TOKEN: TEST_ENTITY_SERVICE_TOKEN, ...env }, /gateway ready at (http:\/\/\S+)/);
}

/** Runs the compiled gateway expecting it to refuse to start; resolves with its exit code and output. */
export function runGatewayExpectingFailure(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return runCliExpectingFailure('serve', { PORT: '0', ...env });
}
