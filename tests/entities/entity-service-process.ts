import { startCliProcess, type CliProcess } from '../helpers/cli-process';

export type EntityServiceProcess = CliProcess;

/** Starts the compiled `npm run entity-service` on a free port and resolves once it prints its URL. */
export function startEntityServiceProcess(env: Record<string, string>): Promise<EntityServiceProcess> {
  return startCliProcess('entity-service', { ENTITY_SERVICE_PORT: '0', ...env }, /entity service listening on (http:\/\/\S+)/);
}
