/**
 * GraphiQL in chromium runs a subscription over the gateway's WebSocket: the gateway as
 * `npm start` wires it (startApp), the header editor's key sent in connectionParams, and an
 * article ingested over HTTP shows up in the result pane.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { loadConfig } from '../../src/config/config';
import { startApp, type App } from '../../src/server/app';
import { silentLogger } from '../helpers/test-gateway';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'];
const EDITOR_KEY = 'graphiql-live-editor-91a2';
const READER_KEY = 'graphiql-live-reader-4d7e';

async function typeInto(page: Page, container: string, text: string): Promise<void> {
  await page.locator(`${container} .CodeMirror:visible`).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
}

describe('GraphiQL runs subscriptions', () => {
  let app: App;
  let dir: string;
  let profileDir: string;
  let context: BrowserContext;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: the GraphiQL browser tests need Debian's chromium (apt-get install -y chromium).`);
    dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-graphiql-live-'));
    // Reads need a key here, so the subscription only runs if GraphiQL sends the header editor's key.
    const env = { PORT: '0', DATABASE_URL: path.join(dir, 'news.db'), ENTITY_DATABASE_URL: path.join(dir, 'entities.db'), API_KEYS: `${EDITOR_KEY}:editor,${READER_KEY}:reader`, REQUIRE_KEY_FOR_READS: 'true' };
    app = await startApp(loadConfig(env), silentLogger);
    profileDir = await mkdtemp(path.join(os.tmpdir(), 'graphiql-live-chromium-'));
    context = await chromium.launchPersistentContext(profileDir, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 800 } });
  });

  afterAll(async () => {
    await context?.close();
    if (profileDir) await rm(profileDir, { recursive: true, force: true });
    await app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('a subscription typed in the editor shows each ingested article', async () => {
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
    });
    await page.goto(app.url);
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor();
    await page.getByRole('button', { name: 'Headers' }).click();
    await typeInto(page, '.graphiql-editor-tool', `{"Authorization": "Bearer ${READER_KEY}"}`);
    await typeInto(page, '.graphiql-query-editor', 'subscription { articleIngested { headline } }');
    // GraphiQL parses the edited document after a short pause; it picks the WebSocket from that parse.
    await page.waitForTimeout(1000);
    await page.getByRole('button', { name: /Execute query/ }).click();

    const events = app.services.events;
    if (events === undefined) throw new Error('the app has no event stream');
    for (let i = 0; i < 1000 && events.listenerCount === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(events.listenerCount).toBe(1);

    const text = 'World\n\nA story for the browser\n\nOSLO — Jonas Gahr Store spoke in Oslo on Monday.\n';
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR_KEY}` },
      body: JSON.stringify({ query: 'mutation($t: String!) { ingestArticle(input: { text: $t }) { outcome } }', variables: { t: text } }),
    });
    expect(((await response.json()) as { data?: unknown }).data).toEqual({ ingestArticle: { outcome: 'CREATED' } });
    await page.locator('.graphiql-response', { hasText: 'A story for the browser' }).waitFor();
    expect(await page.locator('.graphiql-response .CodeMirror-code:visible').innerText()).toContain('"articleIngested"');
    // Only the schema fetch the page made before the header editor held a key was refused.
    expect(pageErrors.filter((e) => !e.includes('status of 401'))).toEqual([]);
  });
});
