import type { IncomingMessage } from 'node:http';

/**
 * A path the URL parser gives back unchanged: `/` or slash-separated segments of
 * letters, digits, `_`, `-` and `~` (no dot segments, percent escapes, backslashes,
 * empty segments or anything else the parser would normalize).
 */
const PLAIN_PATH = /^\/(?:[A-Za-z0-9_~-]+(?:\/[A-Za-z0-9_~-]+)*)?$/;

const parsedPaths = new WeakMap<IncomingMessage, string | null>();

/** The last target found plain, and its path (a function of the target alone). */
let lastPlain: { raw: string; path: string } = { raw: '/', path: '/' };

/**
 * The path of the request's target as the WHATWG URL parser reads it (so every
 * route and the gateway agree on it, whatever the spelling), or null when the
 * target does not parse. A plain path is taken as sent (what clients send);
 * any other is parsed, once per request.
 */
export function requestPath(req: IncomingMessage): string | null {
  const raw = req.url ?? '/';
  // Every route asks (five times a request); the last plain target answers again without the pattern.
  if (raw === lastPlain.raw) return lastPlain.path;
  const query = raw.indexOf('?');
  const path = query === -1 ? raw : raw.slice(0, query);
  if (PLAIN_PATH.test(path)) {
    lastPlain = { raw, path };
    return path;
  }
  let parsed = parsedPaths.get(req);
  if (parsed === undefined) {
    try {
      parsed = new URL(raw, 'http://localhost').pathname;
    } catch {
      parsed = null;
    }
    parsedPaths.set(req, parsed);
  }
  return parsed;
}
