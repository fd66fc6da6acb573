import { UpstreamError, UpstreamUnavailableError } from '../src/errors';

/**
 * For fields whose data comes from the entity service: when it cannot answer,
 * the field becomes null with an UPSTREAM_UNAVAILABLE error at its path, and
 * the rest of the response (the article, the list) still arrives.
 */
export async function fromEntityService<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof UpstreamError) throw new UpstreamUnavailableError(error.service);
    throw error;
  }
}
