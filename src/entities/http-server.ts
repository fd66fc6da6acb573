import http from 'node:http';
import { InvalidInputError, UpstreamError } from '../errors';
import { expectArray, expectEntityType, expectIds, expectLookups, expectUpserts, MAX_LIST_LIMIT } from './entity-input';
import type { EntityService } from './entity-service';
import { decodeEntityCursor } from './list-cursor';

/**
 * The entity service's HTTP API (JSON in, JSON out) over any EntityService:
 *
 *   POST /entities/batch          {ids}       → {entities: (EntityRecord|null)[]}  in id order
 *   POST /entities/lookup         {lookups}   → {results: EntityRecord[][]}
 *   POST /organizations/members   {ids}       → {members: number[][]}
 *   GET  /entities?type=&search=&limit=&after= → {items, totalCount}   (after: opaque cursor)
 *   POST /entities/upsert         {entities}  → {entities: EntityRecord[]}
 *   GET  /healthz                             → {status: "ok"}
 *
 * Errors are `{error: {code, message}}`: 400 BAD_REQUEST (bad JSON, bad shape,
 * input the service refuses), 404 NOT_FOUND, 405 METHOD_NOT_ALLOWED,
 * 413 PAYLOAD_TOO_LARGE (body over 1 MB), 503 UNAVAILABLE (the service's own
 * store failed), 500 INTERNAL (anything else; details go to the log only).
 */

/** Most keys (ids, lookups, upserts) one request may carry. */
export const MAX_KEYS_PER_REQUEST = 1000;
export const MAX_BODY_BYTES = 1024 * 1024;
const DEFAULT_LIST_LIMIT = 20;

/** The subset of a pino logger the server uses. */
export interface EntityHttpLogger {
  error(details: object, message: string): void;
}

export interface EntityHttpServerOptions {
  /** Where unexpected errors (with stacks) are reported; default: stderr via console.error. */
  logger?: EntityHttpLogger;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const badRequest = (message: string): HttpError => new HttpError(400, 'BAD_REQUEST', message);

type Handler = (service: EntityService, request: ParsedRequest) => Promise<unknown>;

interface ParsedRequest {
  query: URLSearchParams;
  body: () => Promise<Record<string, unknown>>;
}

const ROUTES: Record<string, Partial<Record<string, Handler>>> = {
  '/entities/batch': { POST: batchRead },
  '/entities/lookup': { POST: lookup },
  '/organizations/members': { POST: members },
  '/entities': { GET: list },
  '/entities/upsert': { POST: upsert },
  '/healthz': { GET: health },
};

export function createEntityHttpServer(service: EntityService, options: EntityHttpServerOptions = {}): http.Server {
  const logger = options.logger ?? { error: (details: object, message: string) => console.error(message, details) };
  return http.createServer((req, res) => {
    void handle(service, req, logger).then(({ status, body }) => send(res, status, body));
  });
}

async function handle(
  service: EntityService,
  req: http.IncomingMessage,
  logger: EntityHttpLogger,
): Promise<{ status: number; body: unknown }> {
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = ROUTES[url.pathname];
    if (!route) throw new HttpError(404, 'NOT_FOUND', `No route ${url.pathname}.`);
    const handler = route[req.method ?? 'GET'];
    if (!handler) throw new HttpError(405, 'METHOD_NOT_ALLOWED', `${url.pathname} accepts ${Object.keys(route).join(', ')}.`);
    return { status: 200, body: await handler(service, { query: url.searchParams, body: () => readJsonObject(req) }) };
  } catch (error) {
    return errorResponse(error, req, logger);
  }
}

function errorResponse(error: unknown, req: http.IncomingMessage, logger: EntityHttpLogger): { status: number; body: unknown } {
  if (error instanceof HttpError) return errorBody(error.status, error.code, error.message);
  if (error instanceof InvalidInputError) return errorBody(400, 'BAD_REQUEST', error.message);
  if (error instanceof UpstreamError) {
    logger.error({ err: error, method: req.method, url: req.url }, 'entity store unavailable');
    return errorBody(503, 'UNAVAILABLE', 'The entity store is unavailable.');
  }
  logger.error({ err: error, method: req.method, url: req.url }, 'entity service request failed');
  return errorBody(500, 'INTERNAL', 'Internal error.');
}

function errorBody(status: number, code: string, message: string): { status: number; body: unknown } {
  return { status, body: { error: { code, message } } };
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  const headers: http.OutgoingHttpHeaders = { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(payload) };
  // The rest of an oversized body is never read, so the connection cannot carry another request.
  if (status === 413) headers.connection = 'close';
  res.writeHead(status, headers);
  res.end(payload);
}

/** Reads the whole body (refusing more than MAX_BODY_BYTES) and parses it as a JSON object. */
async function readJsonObject(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw tooLarge();
    chunks.push(chunk);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw badRequest('The body is not valid JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw badRequest('The body must be a JSON object.');
  return parsed as Record<string, unknown>;
}

function tooLarge(): HttpError {
  return new HttpError(413, 'PAYLOAD_TOO_LARGE', `The body is larger than ${MAX_BODY_BYTES} bytes.`);
}

/** The array under `field`, at most MAX_KEYS_PER_REQUEST long. */
function cappedArray(body: Record<string, unknown>, field: string): unknown[] {
  const items = expectArray(body[field], field);
  if (items.length > MAX_KEYS_PER_REQUEST) throw badRequest(`${field}: at most ${MAX_KEYS_PER_REQUEST} per request.`);
  return items;
}

async function batchRead(service: EntityService, request: ParsedRequest): Promise<unknown> {
  const ids = expectIds(cappedArray(await request.body(), 'ids'), 'ids');
  return { entities: await service.getByIds(ids) };
}

async function lookup(service: EntityService, request: ParsedRequest): Promise<unknown> {
  const lookups = expectLookups(cappedArray(await request.body(), 'lookups'), 'lookups');
  return { results: await service.lookup(lookups) };
}

async function members(service: EntityService, request: ParsedRequest): Promise<unknown> {
  const ids = expectIds(cappedArray(await request.body(), 'ids'), 'ids');
  return { members: await service.membersOf(ids) };
}

async function upsert(service: EntityService, request: ParsedRequest): Promise<unknown> {
  const entities = expectUpserts(cappedArray(await request.body(), 'entities'), 'entities');
  return { entities: await service.upsert(entities) };
}

async function list(service: EntityService, { query }: ParsedRequest): Promise<unknown> {
  const type = expectEntityType(query.get('type'), 'type');
  const limit = parseLimit(query.get('limit'));
  const after = query.get('after');
  const page = await service.list({
    type,
    search: query.get('search') || null,
    limit,
    after: after ? decodeEntityCursor(after) : null,
  });
  return { items: page.items, totalCount: page.totalCount };
}

function parseLimit(raw: string | null): number {
  if (raw === null || raw === '') return DEFAULT_LIST_LIMIT;
  if (!/^\d{1,7}$/.test(raw) || Number(raw) > MAX_LIST_LIMIT) {
    throw badRequest(`limit: expected a whole number from 0 to ${MAX_LIST_LIMIT}.`);
  }
  return Number(raw);
}

async function health(): Promise<unknown> {
  return { status: 'ok' };
}
