import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { loadConfig, type Config } from '../config/config';
import { ConfigError, isLoopbackHost } from '../config/env-values';
import type { EntityService } from '../entities/entity-service';
import { createEntityHttpServer } from '../entities/http-server';
import { openEntityStore } from '../entities/open-entity-service';

/**
 * `npm run entity-service`: the entity service as its own HTTP server.
 * ENTITY_DATABASE_URL picks its store, ENTITY_SERVICE_HOST (default loopback)
 * and ENTITY_SERVICE_PORT where it listens (port 0: any free port).
 * ENTITY_SERVICE_TOKEN is the shared secret every request but /healthz must
 * carry; without one it refuses to listen anywhere but loopback. Prints its
 * URL once listening; SIGINT or SIGTERM stop it after in-flight requests finish.
 */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) exitWith(error.message);
    throw error;
  }
  const host = config.entityServiceHost;
  if (config.entityServiceToken === null && !isLoopbackHost(host)) {
    exitWith(`ENTITY_SERVICE_HOST: ${host} is reachable from other machines; set ENTITY_SERVICE_TOKEN (a shared secret of 16 or more characters) to listen there`);
  }
  const logger = pino({ level: config.logLevel });
  if (config.entityServiceToken === null) {
    logger.warn('no ENTITY_SERVICE_TOKEN: the API is open to every process on this machine');
  }
  let service: EntityService;
  try {
    service = await openEntityStore(config.entityDatabaseUrl);
  } catch (error) {
    exitWith(`cannot open the entity store: ${(error as Error).message}`);
  }
  const server = createEntityHttpServer(service, { logger, token: config.entityServiceToken });
  server.on('error', (error) => exitWith(`entity service cannot listen: ${error.message}`));
  server.listen(config.entityServicePort, host, () => {
    const { port } = server.address() as AddressInfo;
    const shownHost = host.includes(':') ? `[${host}]` : host;
    process.stdout.write(`entity service listening on http://${shownHost}:${port}\n`);
  });

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    server.close(() => {
      void service.close().then(() => process.exit(0));
    });
    server.closeIdleConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function exitWith(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

void main();
