import 'reflect-metadata';
import { loadConfig } from '../../src/config/config';
import { createLogger } from '../../src/logger';
import { startApp } from '../../src/server/app';
import { runServer } from '../processes';

/**
 * The gateway exactly as `npm start` wires it (startApp), for the benchmark
 * runner to load from another process. Configuration comes from the
 * environment (DATABASE_URL, ENTITY_DATABASE_URL, EXECUTOR, …); it prints
 * `READY <url>` once listening and drains on SIGTERM.
 */
runServer('gateway-server', async () => {
  const config = loadConfig({ ...process.env, PORT: process.env.PORT ?? '0' });
  const app = await startApp(config, createLogger(config.logLevel));
  return { url: app.url, close: () => app.close() };
});
