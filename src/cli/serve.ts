import 'reflect-metadata';
import { loadConfig, type Config } from '../config/config';
import { ConfigError } from '../config/env-values';
import { createLogger } from '../logger';
import { startApp } from '../server/app';

/**
 * `npm start`: serves the gateway until SIGINT/SIGTERM, then drains and exits. This handler
 * is the only one (Apollo's own is off): it runs App.close() once, then exits.
 */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`newsgraph: bad configuration: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const app = await startApp(config, logger);
  process.stdout.write(`newsgraph gateway ready at ${app.url}\n`);
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining in-flight requests');
    // Past Apollo's drain grace period (10 s) something is stuck: leave rather than hang.
    setTimeout(() => {
      logger.error({ signal }, 'shutdown did not finish in 15 s; exiting');
      process.exit(1);
    }, 15_000).unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  // Settings read while starting (keys, limits, rate limits) are configuration too.
  if (error instanceof ConfigError) {
    process.stderr.write(`newsgraph: bad configuration: ${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`newsgraph: failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
