import 'reflect-metadata';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { startApp } from '../../src/server/app';

/**
 * The gateway exactly as `npm start` wires it (startApp), for the benchmark
 * runner to load from another process. Configuration comes from the
 * environment (DATABASE_URL, ENTITY_DATABASE_URL, EXECUTOR, …); it prints
 * `READY <url>` once listening and drains on SIGTERM.
 */
async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, PORT: process.env.PORT ?? '0' });
  const app = await startApp(config, createLogger(config.logLevel));
  process.stdout.write(`READY ${app.url}\n`);
  process.once('SIGTERM', () => {
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`gateway-server: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
