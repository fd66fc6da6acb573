import { InvalidInputError, UpstreamError } from '../errors';
import type { EntityService } from './entity-service';
import { encodeEntityCursor } from './list-cursor';
import type { EntityList, EntityListQuery, EntityLookup, EntityMerge, EntityMergeResult, EntityRecord, EntityUpsert } from '../records/entity-records';

const SERVICE = 'entity service';

export interface HttpEntityServiceOptions {
  /** e.g. "http://127.0.0.1:4001"; a trailing slash is ignored. */
  baseUrl: string;
  /** Most ids in one batch-read request; larger getByIds calls are split. Default 100. */
  batchSize?: number;
  /** Per-request timeout in ms (covers connecting, waiting and reading the body). Default 2000. */
  timeoutMs?: number;
  /** The service's shared secret (ENTITY_SERVICE_TOKEN), sent as `Authorization: Bearer …` on every request. */
  token?: string;
}

/** One HTTP exchange with the entity service, as `request()` takes it. */
export interface EntityHttpRequest {
  method: 'GET' | 'POST';
  /** Path and query, e.g. "/entities/batch". */
  path: string;
  /** Sent as JSON when present. */
  body?: unknown;
  /** Aborts the request early (e.g. an overall deadline); the per-request timeout applies as well. */
  signal?: AbortSignal;
}

/**
 * The gateway's client for the standalone entity service (see http-server.ts
 * for the API). One call is one HTTP request, except getByIds with more than
 * batchSize ids, which sends one request per batchSize chunk.
 *
 * Failures: no answer, a timeout, a 5xx, a refused token (401) or an
 * unreadable reply throw UpstreamError('entity service', …); any other 4xx
 * throws InvalidInputError with the server's message (and its code in
 * `details.code`).
 *
 * All HTTP goes through the one protected `request()` so that a resilience
 * layer (retries, circuit breaking) can override it and call `super.request()`.
 */
export class HttpEntityService implements EntityService {
  private readonly baseUrl: string;
  private readonly batchSize: number;
  private readonly timeoutMs: number;
  private readonly headers: { get: Record<string, string>; post: Record<string, string> };
  private made = 0;

  constructor(options: HttpEntityServiceOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.batchSize = options.batchSize ?? 100;
    this.timeoutMs = options.timeoutMs ?? 2000;
    if (!Number.isSafeInteger(this.batchSize) || this.batchSize < 1) throw new RangeError('batchSize must be a positive whole number');
    if (!(this.timeoutMs > 0)) throw new RangeError('timeoutMs must be positive');
    const auth: Record<string, string> = options.token ? { authorization: `Bearer ${options.token}` } : {};
    this.headers = {
      get: { accept: 'application/json', ...auth },
      post: { accept: 'application/json', 'content-type': 'application/json', ...auth },
    };
  }

  /** HTTP requests sent since creation (each attempt counts). */
  get requestCount(): number {
    return this.made;
  }

  async getByIds(ids: readonly number[]): Promise<(EntityRecord | null)[]> {
    const chunks: number[][] = [];
    for (let i = 0; i < ids.length; i += this.batchSize) chunks.push(ids.slice(i, i + this.batchSize));
    const replies = await Promise.all(
      chunks.map((chunk) => this.request({ method: 'POST', path: '/entities/batch', body: { ids: chunk } })),
    );
    return replies.flatMap((reply, i) => expectSlots<EntityRecord | null>(reply, 'entities', chunks[i].length));
  }

  async lookup(lookups: readonly EntityLookup[]): Promise<EntityRecord[][]> {
    if (lookups.length === 0) return [];
    const reply = await this.request({ method: 'POST', path: '/entities/lookup', body: { lookups } });
    return expectSlots<EntityRecord[]>(reply, 'results', lookups.length);
  }

  async membersOf(organizationIds: readonly number[]): Promise<number[][]> {
    if (organizationIds.length === 0) return [];
    const reply = await this.request({ method: 'POST', path: '/organizations/members', body: { ids: organizationIds } });
    return expectSlots<number[]>(reply, 'members', organizationIds.length);
  }

  async list(query: EntityListQuery): Promise<EntityList> {
    const params = new URLSearchParams({ type: query.type, limit: String(query.limit) });
    if (query.search) params.set('search', query.search);
    if (query.after) params.set('after', encodeEntityCursor(query.after));
    const reply = await this.request({ method: 'GET', path: `/entities?${params.toString()}` });
    if (!isObject(reply) || !Array.isArray(reply.items) || typeof reply.totalCount !== 'number') {
      throw new UpstreamError(SERVICE, 'the entity service sent an unexpected listing');
    }
    return { items: reply.items as EntityRecord[], totalCount: reply.totalCount };
  }

  async upsert(entities: readonly EntityUpsert[]): Promise<EntityRecord[]> {
    if (entities.length === 0) return [];
    const reply = await this.request({ method: 'POST', path: '/entities/upsert', body: { entities } });
    return expectSlots<EntityRecord>(reply, 'entities', entities.length);
  }

  async merge(request: EntityMerge): Promise<EntityMergeResult> {
    const reply = await this.request({ method: 'POST', path: '/entities/merge', body: { into: request.into, from: request.from } });
    if (!isObject(reply) || !isObject(reply.entity) || !Array.isArray(reply.retired)) {
      throw new UpstreamError(SERVICE, 'the entity service sent an unexpected merge reply');
    }
    return { entity: reply.entity as unknown as EntityRecord, retired: reply.retired as number[] };
  }

  async ping(): Promise<void> {
    await this.request({ method: 'GET', path: '/healthz' });
  }

  /** Nothing to release: fetch's connection pool closes idle sockets by itself. */
  async close(): Promise<void> {}

  /** Sends one request and returns the parsed JSON reply; the only place that does HTTP. */
  protected async request(req: EntityHttpRequest): Promise<unknown> {
    this.made++;
    const where = `${req.method} ${req.path.split('?')[0]}`;
    let response: Response;
    let text: string;
    try {
      response = await fetch(`${this.baseUrl}${req.path}`, {
        method: req.method,
        headers: req.body === undefined ? this.headers.get : this.headers.post,
        body: req.body === undefined ? undefined : JSON.stringify(req.body),
        signal: req.signal ? AbortSignal.any([AbortSignal.timeout(this.timeoutMs), req.signal]) : AbortSignal.timeout(this.timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      throw new UpstreamError(SERVICE, `${where}: ${describeFetchFailure(error, this.timeoutMs)}`, { cause: error });
    }
    if (response.status >= 500) {
      throw new UpstreamError(SERVICE, `${where}: the entity service answered ${response.status}: ${serverMessage(text) ?? 'no message'}`);
    }
    if (response.status === 401) {
      // The gateway's own configuration is wrong, not the caller's input: an outage for every caller.
      throw new UpstreamError(SERVICE, `${where}: the entity service refused this client's token (check ENTITY_SERVICE_TOKEN)`);
    }
    if (response.status >= 400) {
      throw new InvalidInputError(serverMessage(text) ?? `The entity service refused the request (${response.status}).`, {
        status: response.status,
        code: serverCode(text),
      });
    }
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new UpstreamError(SERVICE, `${where}: the entity service sent a reply that is not JSON`, { cause: error });
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The array under `field`, checked to hold one slot per key (a short reply would misalign every later key). */
function expectSlots<T>(reply: unknown, field: string, length: number): T[] {
  const slots = isObject(reply) ? reply[field] : undefined;
  if (!Array.isArray(slots) || slots.length !== length) {
    throw new UpstreamError(SERVICE, `the entity service sent ${field} that do not match the ${length} keys asked for`);
  }
  return slots as T[];
}

function serverCode(text: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    if (isObject(parsed) && isObject(parsed.error) && typeof parsed.error.code === 'string') return parsed.error.code;
  } catch {
    // Not our JSON error shape: no code.
  }
  return undefined;
}

function serverMessage(text: string): string | null {
  try {
    const parsed: unknown = JSON.parse(text);
    if (isObject(parsed) && isObject(parsed.error) && typeof parsed.error.message === 'string') return parsed.error.message;
  } catch {
    // Not our JSON error shape (a proxy's HTML page, say): no message to pass on.
  }
  return null;
}

function describeFetchFailure(error: unknown, timeoutMs: number): string {
  // Checked by name, not instanceof: the abort reason is a DOMException, which
  // need not share this realm's Error prototype.
  const name = isObjectLike(error) ? error.name : undefined;
  if (name === 'TimeoutError' || name === 'AbortError') return `no answer within ${timeoutMs} ms`;
  const cause = isObjectLike(error) && isObjectLike(error.cause) ? error.cause.message : undefined;
  const message = isObjectLike(error) ? error.message : undefined;
  return typeof cause === 'string' ? cause : typeof message === 'string' ? message : String(error);
}

function isObjectLike(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
