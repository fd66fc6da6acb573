import type { HTTPGraphQLResponse } from '@apollo/server';
import type { Logger } from 'pino';
import type { Exchange } from './stage';

/**
 * Sends a GraphQL answer (Apollo's or the lane's): its headers, its status as the
 * GraphQL-over-HTTP spec asks (graphqlOverHttpStatus), its body. A complete answer to a
 * response-cache miss is stored first, so that the same request sent next is a hit (on
 * every replica). Synchronous unless it stores or streams.
 */
export function sendGraphQLResponse(exchange: Exchange, response: HTTPGraphQLResponse, logger: Logger): Promise<void> | undefined {
  const { res } = exchange;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  res.statusCode = graphqlOverHttpStatus(response);
  const body = response.body;
  if (body.kind !== 'complete') return stream(exchange, body.asyncIterator);
  const miss = exchange.cacheMiss;
  if (miss === null) {
    // Encoded once here: given the string, Node counts its UTF-8 bytes for Content-Length
    // (flattening the lane's text), then joins the head to it and copies and encodes the whole
    // again on the socket; a Buffer is counted by its length and sent as it is, after the head.
    res.end(Buffer.from(body.string));
    return undefined;
  }
  // A store that fails is only logged: the client still gets its answer.
  return miss
    .remember({ status: res.statusCode, headers: response.headers, body: body.string })
    .catch((error: unknown) => logger.warn({ err: error }, 'response cache: could not store an answer'))
    .then(() => {
      res.end(body.string);
    });
}

async function stream(exchange: Exchange, chunks: AsyncIterableIterator<string>): Promise<void> {
  for await (const chunk of chunks) exchange.res.write(chunk);
  exchange.res.end();
}

/** Apollo's codes for a document that does not parse or validate, or variables that do not coerce. */
const GRAPHQL_REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * The GraphQL-over-HTTP spec: a client that gets `application/json` SHOULD see 200 for every
 * well-formed request, its GraphQL errors in the body; Apollo answers parse, validation and
 * variable-coercion errors with 400 whatever the media type. Those become 200 for
 * `application/json`; `application/graphql-response+json` keeps the 400 the spec asks for
 * there. Other statuses (malformed requests, 405, 406, 413, refused persisted queries, limits)
 * stay as Apollo and the plugins set them.
 */
function graphqlOverHttpStatus(response: HTTPGraphQLResponse): number {
  const status = response.status ?? 200;
  if (status !== 400 || response.body.kind !== 'complete') return status;
  if (!(response.headers.get('content-type') ?? '').startsWith('application/json')) return status;
  let codes: unknown[] = [];
  try {
    const parsed = JSON.parse(response.body.string) as { errors?: { extensions?: { code?: unknown } }[] };
    codes = (parsed.errors ?? []).map((error) => error.extensions?.code);
  } catch {
    return status;
  }
  return codes.length > 0 && codes.every((code) => GRAPHQL_REQUEST_ERROR_CODES.has(code as string)) ? 200 : status;
}
