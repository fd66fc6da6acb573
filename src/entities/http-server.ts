import { createHash, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import { InvalidInputError, UpstreamError } from '../errors';
import { EntityTooLargeError, expectArray, expectEntityType, expectIds, expectLookups, expectUpserts, MAX_LIST_LIMIT } from './entity-input';
import { expectMerge } from './entity-merge';
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
 *   POST /entities/merge          {into, from} → {entity: EntityRecord, retired: number[]}
 *   GET  /healthz                             → {status: "ok"}  (the store answered a read)
 *
 * With a token (ENTITY_SERVICE_TOKEN), every route but /healthz needs
 * `Authorization: Bearer TOKEN`, reads as well as writes: the records are the
 * newsroom's, and a reader can map its whole entity base. /healthz stays open
 * for probes, but a wrong token sent to it is refused as anywhere else, so a
 * client's readiness check notices its own misconfiguration.
 *
 * Errors are `{error: {code, message}}`: 400 BAD_REQUEST (bad JSON, bad shape,
 * input the service refuses), 401 UNAUTHENTICATED (no or wrong token),
 * 404 NOT_FOUND, 405 METHOD_NOT_ALLOWED, 413 PAYLOAD_TOO_LARGE (body over
 * 1 MB), 422 ENTITY_TOO_LARGE (an upsert would grow an entity past its
 * bounds; nothing written), 503 UNAVAILABLE (the service's own store failed),
 * 500 INTERNAL (anything else; details go to the log only).
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
  /** The shared secret every request but /healthz must carry as a bearer token; unset: no check. */
  token?: string | null;
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
  '/entities/merge': { POST: merge },
  '/healthz': { GET: health },
};

export function createEntityHttpServer(service: EntityService, options: EntityHttpServerOptions = {}): http.Server {
  const logger = options.logger ?? { error: (details: object, message: string) => console.error(message, details) };
  const authorized = options.token ? bearerCheck(options.token) : null;
  return http.createServer((req, res) => {
    void handle(service, req, logger, authorized).then(({ status, body }) => send(res, status, body));
  });
}

/**
 * Whether an Authorization header carries `Bearer TOKEN`. Both sides are
 * hashed first, so timingSafeEqual compares equal-length digests and the
 * time taken says nothing about the token's length or how much of it matched.
 */
function bearerCheck(token: string): (authorization: string | undefined) => boolean {
  const expected = createHash('sha256').update(token).digest();
  return (authorization) => {
    const presented = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1] ?? '';
    return timingSafeEqual(createHash('sha256').update(presented).digest(), expected);
  };
}

async function handle(
  service: EntityService,
  req: http.IncomingMessage,
  logger: EntityHttpLogger,
  authorized: ((authorization: string | undefined) => boolean) | null,
): Promise<{ status: number; body: unknown }> {
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (authorized !== null) {
      const authorization = req.headers.authorization;
      // /healthz answers probes without a token; a token that is sent must be the right one.
      const open = url.pathname === '/healthz' && authorization === undefined;
      if (!open && !authorized(authorization)) {
        throw new HttpError(401, 'UNAUTHENTICATED', 'This entity service needs "Authorization: Bearer TOKEN" with its ENTITY_SERVICE_TOKEN.');
      }
    }
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
  if (error instanceof EntityTooLargeError) return errorBody(422, EntityTooLargeError.code, error.message);
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
  if (status === 401) headers['www-authenticate'] = 'Bearer';
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

async function merge(service: EntityService, request: ParsedRequest): Promise<unknown> {
  return service.merge(expectMerge(await request.body()));
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

/** Alive and its store answers a read (a dropped database or schema is a 503). */
async function health(service: EntityService): Promise<unknown> {
  await service.ping();
  return { status: 'ok' };
}
