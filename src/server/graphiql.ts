import type http from 'node:http';
import { AssetTable, type LoadedAsset, PAGE_SCRIPTS, PAGE_STYLESHEETS } from './graphiql/assets';
import { GRAPHIQL_CSP, renderGraphiqlPage } from './graphiql/page';

export interface GraphiqlOptions {
  /** Path the page is served at, e.g. '/graphql'; also the path its queries are POSTed to. */
  endpoint: string;
  /** The query the editor opens with (GraphiQL prefers the user's last query when it has one). */
  defaultQuery: string;
  /** The page title; default 'GraphiQL'. */
  title?: string;
  /** Run subscriptions over WebSocket at the same path (the page's Authorization header goes in connectionParams). Default false. */
  subscriptions?: boolean;
}

/** Handles one request; true when it answered it, false to let the caller go on. */
export type GraphiqlHandler = (req: http.IncomingMessage, res: http.ServerResponse) => boolean;

/** Assets are content-addressed (the build id is in the URL), so they never go stale. */
const ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/**
 * Serves GraphiQL from the project's own copies of graphiql and React, so the page makes no
 * request to any other host:
 * - `GET|HEAD ${endpoint}` from a browser (Accept lists text/html, and no `query` parameter,
 *   so GraphQL GET requests pass through) gets the page;
 * - `GET|HEAD ${endpoint}/_graphiql/<buildId>/<file>` gets one of its assets; anything else
 *   under `${endpoint}/_graphiql/` is a 404 from here.
 * Everything else returns false untouched. Reads the assets once, here: a missing package
 * fails at startup.
 */
export function createGraphiqlHandler(options: GraphiqlOptions): GraphiqlHandler {
  const assets = new AssetTable();
  const assetRoot = `${options.endpoint.replace(/\/+$/, '')}/_graphiql/`;
  const assetBase = `${assetRoot}${assets.buildId}/`;
  const page = Buffer.from(
    renderGraphiqlPage({
      title: options.title ?? 'GraphiQL',
      endpoint: options.endpoint,
      defaultQuery: options.defaultQuery,
      subscriptions: options.subscriptions ?? false,
      stylesheets: PAGE_STYLESHEETS.map((name) => assetBase + name),
      scripts: PAGE_SCRIPTS.map((name) => assetBase + name),
    }),
    'utf8',
  );

  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === options.endpoint) {
      if (!isBrowserPageRequest(req, url)) return false;
      sendPage(req, res, page);
      return true;
    }
    if (url.pathname.startsWith(assetRoot)) {
      // Another build's URL (a page cached across a deploy) is a 404, never different bytes.
      const name = url.pathname.startsWith(assetBase) ? url.pathname.slice(assetBase.length) : undefined;
      sendAsset(req, res, name === undefined ? undefined : assets.get(name));
      return true;
    }
    return false;
  };
}

/** A browser navigating to the endpoint, as opposed to a GraphQL GET (which carries `query`). */
function isBrowserPageRequest(req: http.IncomingMessage, url: URL): boolean {
  const accept = req.headers.accept ?? '';
  return accept.includes('text/html') && !url.searchParams.has('query');
}

function sendPage(req: http.IncomingMessage, res: http.ServerResponse, page: Buffer): void {
  res.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': page.length,
    // The page names the current build's asset URLs, so it must be revalidated.
    'Cache-Control': 'no-cache',
    // The same URL answers GraphQL requests with JSON.
    Vary: 'Accept',
    'Content-Security-Policy': GRAPHIQL_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(req.method === 'HEAD' ? undefined : page);
}

function sendAsset(req: http.IncomingMessage, res: http.ServerResponse, entry: LoadedAsset | undefined): void {
  if (!entry) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : 'Not found\n');
    return;
  }
  const gzip = acceptsGzip(req);
  const body = gzip ? AssetTable.gzipped(entry) : entry.identity;
  res.writeHead(200, {
    'Content-Type': entry.asset.contentType,
    'Content-Length': body.length,
    'Cache-Control': ASSET_CACHE_CONTROL,
    Vary: 'Accept-Encoding',
    'X-Content-Type-Options': 'nosniff',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** True unless the client refuses gzip (`gzip;q=0`) or does not list it. */
function acceptsGzip(req: http.IncomingMessage): boolean {
  const header = req.headers['accept-encoding'];
  if (typeof header !== 'string') return false;
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().split(';');
    if (coding.trim().toLowerCase() !== 'gzip') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}
