import { runCliExpectingFailure, startCliProcess, type CliProcess } from './cli-process';

/** A running compiled gateway; `url` is its GraphQL endpoint, e.g. http://127.0.0.1:41234/graphql */
export type GatewayProcess = CliProcess;

/** Starts the compiled gateway (`npm start` without the build step) on a free port. */
export function startGatewayProcess(env: Record<string, string>): Promise<GatewayProcess> {
  return startCliProcess('serve', { PORT: '0', ...env }, /gateway ready at (http:\/\/\S+)/);
}

/** Runs the compiled gateway expecting it to refuse to start; resolves with its exit code and output. */
export function runGatewayExpectingFailure(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return runCliExpectingFailure('serve', { PORT: '0', ...env });
}
