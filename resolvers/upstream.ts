import { UpstreamError, UpstreamUnavailableError } from '../src/errors';

/**
 * For fields whose data comes from the entity service: when it cannot answer,
 * the field becomes null with an UPSTREAM_UNAVAILABLE error at its path, and
 * the rest of the response (the article, the list) still arrives.
 */
export function fromEntityService<T>(work: Promise<T>): Promise<T> {
  // A rejection handler rather than an async function: no extra promise and await per entity field.
  return work.then(undefined, toUnavailable);
}

/** The rejection handler of fromEntityService, for callers that chain their own fulfilment handler. */
export function toUnavailable(error: unknown): never {
  throw asUnavailable(error);
}

/** The error a field reports for `error`: UPSTREAM_UNAVAILABLE for any failure of the entity service. */
export function asUnavailable(error: unknown): unknown {
  return error instanceof UpstreamError ? new UpstreamUnavailableError(error.service) : error;
}
