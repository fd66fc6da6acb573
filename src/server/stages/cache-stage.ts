import type { ServerResponse } from 'node:http';
import type { GraphQLResponseCache } from '../../cache/response-cache';
import type { StoredResponse } from '../../cache/response-store';
import type { Exchange, Stage } from './stage';

/**
 * Consults the response cache (src/cache/response-cache.ts) before anything else reads the
 * request: a hit is sent as stored (`x-cache: HIT`); on a miss (`x-cache: MISS`) the answer
 * is offered back to the cache when it is sent (graphql-response.ts). A GET's key comes
 * from its raw query string, so a hit parses no URL and builds no Apollo header map.
 */
export function cacheStage(cache: GraphQLResponseCache): Stage {
  const lookup = async (exchange: Exchange): Promise<boolean> => {
    const { req, res } = exchange;
    const found = await cache.lookup({ method: req.method ?? 'GET', headers: req.headers, rawSearch: exchange.target.rawSearch, body: exchange.body });
    if (found?.kind === 'hit') {
      sendCachedResponse(res, found.response, found.ageSeconds);
      return true;
    }
    res.setHeader('x-cache', 'MISS');
    if (found?.kind === 'miss') exchange.cacheMiss = found;
    return false;
  };
  return { name: 'cache', handle: lookup };
}

/**
 * Stored answers as bytes, with their length: an in-memory cache hands back the same
 * StoredResponse on every hit, so its body is encoded once, not on each hit.
 */
const encodedAnswers = new WeakMap<StoredResponse, { body: Buffer; length: string }>();

function sendCachedResponse(res: ServerResponse, stored: StoredResponse, ageSeconds: number): void {
  let encoded = encodedAnswers.get(stored);
  if (!encoded) {
    const body = Buffer.from(stored.body, 'utf8');
    encoded = { body, length: String(body.length) };
    encodedAnswers.set(stored, encoded);
  }
  for (const [name, value] of stored.headers) res.setHeader(name, value);
  res.setHeader('content-length', encoded.length);
  res.setHeader('age', String(ageSeconds));
  res.setHeader('x-cache', 'HIT');
  res.statusCode = stored.status;
  res.end(encoded.body);
}
