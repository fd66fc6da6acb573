/**
 * GRAPHIQL in startApp (what `npm start` runs): on by default, and `GRAPHIQL=false` leaves a
 * browser GET on /graphql to GraphQL over HTTP, which answers it as JSON, never as a page.
 */
import type { App } from '../../src/server/app';
import { withStartedApp } from '../helpers/started-app';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/** The app as `npm start` runs it, with GRAPHIQL as given (unset: the default). */
function withApp(graphiql: string | undefined, check: (app: App) => Promise<void>): Promise<void> {
  return withStartedApp(graphiql === undefined ? {} : { GRAPHIQL: graphiql }, check);
}

async function browserGet(url: string): Promise<{ status: number; contentType: string; body: string }> {
  const response = await fetch(url, { headers: { accept: BROWSER_ACCEPT } });
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', body: await response.text() };
}

test('by default a browser gets GraphiQL on /graphql', async () => {
  await withApp(undefined, async (app) => {
    const page = await browserGet(app.url);
    expect(page.status).toBe(200);
    expect(page.contentType).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('<title>Newsgraph</title>');
  });
});

test('GRAPHIQL=false: no page and no assets; GraphQL still answers', async () => {
  await withApp('false', async (app) => {
    const page = await browserGet(app.url);
    expect(page.contentType).not.toContain('text/html');
    expect(page.body).not.toContain('<html');
    expect(JSON.parse(page.body)).toHaveProperty('errors');
    expect((await fetch(`${app.url}/_graphiql/anything/graphiql.min.js`)).status).toBe(404);
    const query = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ articles(first: 1) { totalCount } }' }),
    });
    expect(query.status).toBe(200);
    expect(await query.json()).toMatchObject({ data: { articles: { totalCount: 1 } } });
  });
});
