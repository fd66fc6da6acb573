import { startCliProcess, type CliProcess } from '../helpers/cli-process';
import { TEST_ENTITY_SERVICE_TOKEN } from '../helpers/test-services';

export type EntityServiceProcess = CliProcess;

/**
 * Starts the compiled `npm run entity-service` on a free port and resolves once it prints its URL.
 * It requires TEST_ENTITY_SERVICE_TOKEN unless `env` sets ENTITY_SERVICE_TOKEN (to '' for none).
 */
export function startEntityServiceProcess(env: Record<string, string>): Promise<EntityServiceProcess> {
  return startCliProcess(
    'entity-service',
    { ENTITY_SERVICE_PORT: '0', ENTITY_SERVICE_HOST: '127.0.0.1', ENTITY_SERVICE_TOKEN: TEST_ENTITY_SERVICE_TOKEN, ...env },
    /entity service listening on (http:\/\/\S+)/,
  );
}
