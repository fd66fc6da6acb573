import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { loadConfig } from '../../src/config/config';
import { hardeningFor, type Hardening } from '../../src/server/hardening';
import { buildNewsroom } from '../helpers/newsroom-fixture';
import { silentLogger, startTestGateway, type TestGateway } from '../helpers/test-gateway';

export const EDITOR_KEY = 'editor-key-0123456789abcdef0123456789abcdef';
export const READER_KEY = 'reader-key-0123456789abcdef0123456789abcdef';
export const ADMIN_KEY = 'admin-key-0123456789abcdef0123456789abcdef';
export const API_KEYS = `${EDITOR_KEY}:editor,${READER_KEY}:reader,${ADMIN_KEY}:admin`;

export interface HardenedGateway extends TestGateway {
  hardening: Hardening;
  /** SQL statements and entity-service requests so far: unchanged across a refusal means no resolver ran. */
  work(): { statements: number; entityRequests: number };
}

/**
 * The real gateway with exactly the hardening `npm start` builds (hardeningFor the configuration), from `env`
 * alone, on a temp SQLite newsroom (3 articles by default). Rate limits are off unless `env`
 * sets them, so that tests sending many requests measure only what they mean to; with REDIS_URL,
 * buckets live under `rateLimitPrefix` (default: a fresh one, so tests do not share buckets).
 */
export async function startHardenedGateway(
  env: Record<string, string> = {},
  options: { articles?: number; rateLimitPrefix?: string } = {},
): Promise<HardenedGateway> {
  const hardening = hardeningFor(
    loadConfig({ RATE_LIMIT_PER_IP: '0', RATE_LIMIT_PER_KEY: '0', ...env }),
    { logger: silentLogger, rateLimitPrefix: options.rateLimitPrefix ?? `newsgraph-test:${randomUUID()}:` },
  );
  const { plugins, routes, parseOptions, authenticate, hideSuggestions } = hardening;
  let gw: TestGateway;
  try {
    gw = await startTestGateway({ plugins, routes, parseOptions, authenticate, hideSuggestions });
  } catch (error) {
    await hardening.close();
    throw error;
  }
  await buildNewsroom(gw.store, gw.entities, options.articles ?? 3);
  return {
    ...gw,
    hardening,
    work: () => ({ statements: gw.store.statementCount, entityRequests: gw.entities.requestCount }),
    close: async () => {
      await gw.close();
      await hardening.close();
    },
  };
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  /** The body as JSON, or undefined when it is not JSON. */
  json: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[]; extensions?: Record<string, unknown> } | undefined;
}

/**
 * One request with exactly these headers and bytes (fetch would add a content type and insist
 * on valid strings): for garbage bodies, missing content types and invalid UTF-8.
 */
export function rawRequest(
  url: string,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: Buffer | string; chunked?: boolean },
): Promise<RawResponse> {
  const target = new URL(url);
  const body = typeof options.body === 'string' ? Buffer.from(options.body, 'utf8') : options.body;
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        method: options.method ?? 'POST',
        path: options.path ?? target.pathname,
        // chunked: no Content-Length, so the server only learns the size as the bytes arrive.
        headers: { ...(body && !options.chunked ? { 'content-length': String(body.length) } : {}), ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: RawResponse['json'];
          try {
            json = JSON.parse(text) as RawResponse['json'];
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (body && options.chunked) {
      for (let offset = 0; offset < body.length; offset += 64 * 1024) req.write(body.subarray(offset, offset + 64 * 1024));
      req.end();
    } else {
      req.end(body);
    }
  });
}

/** The codes of a GraphQL error response, in order. */
export function codesOf(body: { errors?: { extensions?: Record<string, unknown> }[] } | undefined): unknown[] {
  return (body?.errors ?? []).map((error) => error.extensions?.code);
}
