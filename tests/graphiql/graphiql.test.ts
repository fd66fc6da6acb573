/**
 * GraphiQL in a real browser (Debian's chromium driven by playwright-core): the page loads
 * from the server's own assets, runs a typed query, shows the docs explorer, sends headers
 * from the headers editor, opens its dialogs, never requests another host and logs no error
 * (a Content-Security-Policy refusal is logged as one).
 *
 * The server under test is the real gateway on a temp store (`startServerUnderTest`), so the
 * typed query runs against the real schema.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { FRONT_PAGE_QUERY } from '../../src/server/app';
import { createGraphiqlHandler } from '../../src/server/graphiql';
import { buildNewsroom } from '../helpers/newsroom-fixture';
import { startTestGateway } from '../helpers/test-gateway';

/** What the browser steps need to know about the server they drive. */
interface ServerUnderTest {
  /** Absolute URL of the GraphQL endpoint, e.g. http://127.0.0.1:1234/graphql. */
  readonly endpointUrl: string;
  /** Headers of every GraphQL POST the server received, oldest first. */
  readonly receivedHeaders: http.IncomingHttpHeaders[];
  /** The page title, and a piece of the query the editor opens with. */
  readonly title: string;
  readonly inDefaultQuery: string;
  /** A query to type, and a string its result must show. */
  readonly typedQuery: string;
  readonly expectedInResult: string;
  /** A type the docs explorer must list under Query. */
  readonly typeInDocs: string;
  close(): Promise<void>;
}

/** The one place that decides which server the browser drives. */
function startServerUnderTest(): Promise<ServerUnderTest> {
  return startRealGateway();
}

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];
const SCREENSHOT = '/tmp/graphiql.png';

/**
 * The real gateway as startApp wires GraphiQL into it (the handler as a route before GraphQL,
 * the front-page example query), on a temp SQLite store holding a small newsroom. Headers of
 * GraphQL POSTs are read off the HTTP server's 'request' event, which sees every request
 * before the gateway answers it.
 */
async function startRealGateway(): Promise<ServerUnderTest> {
  const title = 'Newsgraph';
  const gw = await startTestGateway({ routes: [createGraphiqlHandler({ endpoint: '/graphql', defaultQuery: FRONT_PAGE_QUERY, title })] });
  await buildNewsroom(gw.store, gw.entities, 3);
  const receivedHeaders: http.IncomingHttpHeaders[] = [];
  gw.gateway.httpServer.on('request', (req: http.IncomingMessage) => {
    if (req.method === 'POST' && req.url === '/graphql') receivedHeaders.push(req.headers);
  });
  return {
    endpointUrl: gw.url,
    receivedHeaders,
    title,
    inDefaultQuery: 'articles(first: 10)',
    typedQuery: '{ article(slug: "day-0-meeting") { headline people { name } } }',
    expectedInResult: 'Day 0: a meeting at the Ministry of Truth',
    typeInDocs: 'Article',
    close: () => gw.close(),
  };
}

/** Hosts the page may talk to; anything else fails the test. */
function isLocalUrl(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:') return true;
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

/** Replaces the contents of the CodeMirror editor inside `container` by typing `text`. */
async function typeInto(page: Page, container: string, text: string): Promise<void> {
  await page.locator(`${container} .CodeMirror:visible`).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
  // Close any autocompletion popup so the next keystroke goes to the editor, not the hint.
  await page.keyboard.press('Escape');
}

/** Resolves once `condition` holds; rejects after 10 s (the browser acts asynchronously). */
async function waitUntil(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 50) {
    if (waited > 10_000) throw new Error('condition not met within 10 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function editorText(page: Page, container: string): Promise<string> {
  return page.locator(`${container} .CodeMirror-code:visible`).innerText();
}

describe('GraphiQL in chromium', () => {
  let target: ServerUnderTest;
  let profileDir: string;
  let context: BrowserContext;
  let page: Page;
  const requested: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `${CHROMIUM} not found: the GraphiQL browser test needs Debian's chromium ` +
          '(apt-get install -y chromium; .ci/run installs it).',
      );
    }
    target = await startServerUnderTest();
    profileDir = await mkdtemp(path.join(os.tmpdir(), 'graphiql-chromium-'));
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 800 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    // Shorter than jest's timeout, so a stuck step names itself.
    page.setDefaultTimeout(10_000);
    page.on('request', (request) => requested.push(request.url()));
    page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
    });
    await page.goto(target.endpointUrl);
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor();
  });

  afterAll(async () => {
    await context?.close();
    if (profileDir) await rm(profileDir, { recursive: true, force: true });
    await target?.close();
  });

  test('opens with the default query in the editor', async () => {
    const text = await editorText(page, '.graphiql-query-editor');
    expect(text).toContain(target.inDefaultQuery);
    expect(await page.title()).toBe(target.title);
  });

  test('runs a typed query and shows its data in the result pane', async () => {
    await typeInto(page, '.graphiql-query-editor', target.typedQuery);
    await page.keyboard.press('Control+Enter');
    await page.locator('.graphiql-response', { hasText: target.expectedInResult }).waitFor();
    const result = await editorText(page, '.graphiql-response');
    expect(result).toContain(`"${target.expectedInResult}"`);
  });

  test('the docs explorer lists the schema types', async () => {
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const explorer = page.locator('.graphiql-doc-explorer');
    await explorer.getByText('Query', { exact: true }).click();
    await explorer.getByText(target.typeInDocs, { exact: true }).first().waitFor();
    expect(await explorer.innerText()).toContain(target.typeInDocs);
  });

  test('headers from the headers editor reach the server', async () => {
    await page.getByRole('button', { name: 'Headers' }).click();
    await typeInto(page, '.graphiql-editor-tool', '{"Authorization": "Bearer test-key"}');
    const before = target.receivedHeaders.length;
    await page.getByRole('button', { name: /Execute query/ }).click();
    await page.locator('.graphiql-response', { hasText: target.expectedInResult }).waitFor();
    await waitUntil(() => target.receivedHeaders.length > before);
    expect(target.receivedHeaders.at(-1)?.authorization).toBe('Bearer test-key');
    await page.screenshot({ path: SCREENSHOT });
  });

  test('the settings and shortcut dialogs open and close', async () => {
    for (const name of ['Open settings dialog', 'Open short keys dialog']) {
      await page.getByRole('button', { name }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
    }
  });

  test('the page requested nothing from another host, and logged no errors', () => {
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => !isLocalUrl(url))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
