import { randomBytes } from 'node:crypto';
import type Redis from 'ioredis';
import { LRUCache } from 'lru-cache';

/** One complete HTTP answer, as sent: status, the headers worth replaying, and the exact body. */
export interface StoredResponse {
  status: number;
  headers: [string, string][];
  body: string;
  /** When it was stored (ms since the epoch), for the Age header. */
  storedAt: number;
}

/**
 * Where the response cache keeps answers. Every entry lives under a data
 * version; bumping the version (after an ingest or a correction) makes every
 * older entry unreachable at once, on every replica sharing the store.
 */
export interface ResponseStore {
  /** The current data version, and the entry stored under it for `key` (null if none or expired). */
  lookup(key: string): Promise<{ version: string; entry: StoredResponse | null }>;
  /** Keeps `entry` under `version` for `ttlSeconds`. */
  put(version: string, key: string, entry: StoredResponse, ttlSeconds: number): Promise<void>;
  /** Starts a new data version. */
  bumpVersion(): Promise<void>;
  close(): Promise<void>;
}

export interface MemoryResponseStoreOptions {
  /** Most entries kept; past this the least recently used goes. Default 1000. */
  maxEntries?: number;
  /** Most body bytes kept in total (UTF-16 length, roughly). Default 64 MiB. */
  maxBytes?: number;
  /** Milliseconds clock; injectable for tests. Default Date.now. */
  now?: () => number;
}

interface MemoryEntry {
  entry: StoredResponse;
  expiresAt: number;
}

/**
 * Answers in this process's memory: an lru-cache bounded by entries and by body bytes, least
 * recently used dropped first. Right for one replica; with several, each has its own and an
 * ingest on one does not reach the others' (use Redis).
 */
export class MemoryResponseStore implements ResponseStore {
  private readonly entries: LRUCache<string, MemoryEntry>;
  private version = 0;
  private readonly maxBytes: number;
  private readonly now: () => number;

  constructor(options: MemoryResponseStoreOptions = {}) {
    this.maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
    this.now = options.now ?? Date.now;
    this.entries = new LRUCache({
      max: options.maxEntries ?? 1000,
      maxSize: this.maxBytes,
      // lru-cache counts sizes from 1; an empty body still takes an entry.
      sizeCalculation: (value) => Math.max(1, value.entry.body.length),
    });
  }

  get size(): number {
    return this.entries.size;
  }

  async lookup(key: string): Promise<{ version: string; entry: StoredResponse | null }> {
    const version = String(this.version);
    const id = `${version}:${key}`;
    const found = this.entries.get(id);
    if (!found) return { version, entry: null };
    if (found.expiresAt <= this.now()) {
      this.entries.delete(id);
      return { version, entry: null };
    }
    return { version, entry: found.entry };
  }

  async put(version: string, key: string, entry: StoredResponse, ttlSeconds: number): Promise<void> {
    if (version !== String(this.version) || entry.body.length > this.maxBytes) return;
    this.entries.set(`${version}:${key}`, { entry, expiresAt: this.now() + ttlSeconds * 1000 });
  }

  /** Everything stored belongs to older versions now, so it is dropped rather than left to age out. */
  async bumpVersion(): Promise<void> {
    this.version++;
    this.entries.clear();
  }

  async close(): Promise<void> {
    this.entries.clear();
  }
}

/**
 * Reads the version and the entry under it in one round trip, so that a
 * replica never answers from a version another replica has already moved past.
 */
const LOOKUP_LUA = `
local version = redis.call('GET', KEYS[1]) or '0'
return { version, redis.call('GET', ARGV[1] .. version .. ':' .. ARGV[2]) }
`;

interface LookupCommand {
  newsgraphResponseLookup(versionKey: string, entryPrefix: string, key: string): Promise<[string, string | null]>;
}

/**
 * How long the version key lives after the last bump. Entries live at most a day
 * (MAX_RESPONSE_TTL_SECONDS in response-cache.ts), so when it expires and the version
 * reads '0' again, nothing stored under an earlier '0' is left; every bump writes a
 * version never used before.
 */
const VERSION_TTL_SECONDS = 7 * 24 * 60 * 60;

/**
 * Answers in Redis, shared by every replica using the same Redis and prefix:
 * `<prefix>version` holds the data version (a fresh random value on each bump,
 * kept 7 days), entries live at `<prefix>response:<version>:<key>` with the
 * answer's max-age as their TTL, so entries of older versions simply expire.
 * Every key written expires.
 */
export class RedisResponseStore implements ResponseStore {
  private readonly redis: Redis & LookupCommand;
  private readonly versionKey: string;
  private readonly entryPrefix: string;

  constructor(redis: Redis, prefix: string) {
    // defineCommand loads the script once (EVALSHA, falling back to EVAL).
    if (!('newsgraphResponseLookup' in redis)) redis.defineCommand('newsgraphResponseLookup', { numberOfKeys: 1, lua: LOOKUP_LUA });
    this.redis = redis as Redis & LookupCommand;
    this.versionKey = `${prefix}version`;
    this.entryPrefix = `${prefix}response:`;
  }

  async lookup(key: string): Promise<{ version: string; entry: StoredResponse | null }> {
    const [version, raw] = await this.redis.newsgraphResponseLookup(this.versionKey, this.entryPrefix, key);
    return { version: String(version), entry: raw ? parseEntry(raw) : null };
  }

  async put(version: string, key: string, entry: StoredResponse, ttlSeconds: number): Promise<void> {
    await this.redis.set(`${this.entryPrefix}${version}:${key}`, JSON.stringify(entry), 'EX', ttlSeconds);
  }

  async bumpVersion(): Promise<void> {
    await this.redis.set(this.versionKey, `${Date.now().toString(36)}.${randomBytes(6).toString('hex')}`, 'EX', VERSION_TTL_SECONDS);
  }

  async close(): Promise<void> {
    // The connection belongs to whoever created it (see createResponseCache).
  }
}

function parseEntry(raw: string): StoredResponse | null {
  try {
    const value = JSON.parse(raw) as StoredResponse;
    return typeof value.body === 'string' && typeof value.status === 'number' && Array.isArray(value.headers) ? value : null;
  } catch {
    return null;
  }
}
