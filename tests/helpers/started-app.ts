import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { loadConfig } from '../../src/config/config';
import { startApp, type App } from '../../src/server/app';
import { silentLogger } from './test-gateway';

/**
 * Runs `check` against the app as `npm start` wires it (startApp), on a free loopback port with
 * SQLite stores in a temp folder, then closes it and removes the folder. `env` adds settings.
 */
export async function withStartedApp(env: Record<string, string>, check: (app: App) => Promise<void>, logger: Logger = silentLogger): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-app-'));
  const settings = { PORT: '0', DATABASE_URL: join(dir, 'news.db'), ENTITY_DATABASE_URL: join(dir, 'entities.db'), ...env };
  const app = await startApp(loadConfig(settings), logger);
  try {
    await check(app);
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
