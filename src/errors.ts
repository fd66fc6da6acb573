import { GraphQLError } from 'graphql';

/**
 * Every error code a client can see, in one place. Clients switch on
 * `extensions.code`; the message is for people.
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  RESPONSE_TOO_LARGE = 'RESPONSE_TOO_LARGE',
  RATE_LIMITED = 'RATE_LIMITED',
  UPSTREAM_UNAVAILABLE = 'UPSTREAM_UNAVAILABLE',
  PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND',
  PERSISTED_QUERY_NOT_ALLOWED = 'PERSISTED_QUERY_NOT_ALLOWED',
  OPERATION_NOT_SUPPORTED = 'OPERATION_NOT_SUPPORTED',
  TOO_MANY_SUBSCRIPTIONS = 'TOO_MANY_SUBSCRIPTIONS',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** Base for errors a client caused or may act on; the code is part of the public contract. */
export abstract class ClientError extends GraphQLError {
  constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export class BadUserInputError extends ClientError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, ErrorCode.BAD_USER_INPUT, extensions);
  }
}

export class NotFoundError extends ClientError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, ErrorCode.NOT_FOUND, extensions);
  }
}

export class UnauthenticatedError extends ClientError {
  constructor(message = 'This operation needs an API key: send "Authorization: Bearer KEY".') {
    super(message, ErrorCode.UNAUTHENTICATED);
  }
}

export class ForbiddenError extends ClientError {
  constructor(message = 'This API key does not have the role this operation needs.') {
    super(message, ErrorCode.FORBIDDEN);
  }
}

export class QueryTooComplexError extends ClientError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, ErrorCode.QUERY_TOO_COMPLEX, extensions);
  }
}

export class RateLimitedError extends ClientError {
  constructor(retryAfterSeconds: number) {
    super(`Too many requests; retry after ${retryAfterSeconds}s.`, ErrorCode.RATE_LIMITED, { retryAfter: retryAfterSeconds });
  }
}

export class UpstreamUnavailableError extends ClientError {
  constructor(service: string) {
    super(`The ${service} is unavailable; this field could not be resolved.`, ErrorCode.UPSTREAM_UNAVAILABLE, { service });
  }
}

/** An operation sent where it cannot run: a subscription over HTTP, a query or mutation over WebSocket. */
export class OperationNotSupportedError extends ClientError {
  constructor(message: string) {
    super(message, ErrorCode.OPERATION_NOT_SUPPORTED);
  }
}

export class TooManySubscriptionsError extends ClientError {
  constructor(limit: number) {
    super(`This connection already has ${limit} subscriptions, the most one connection may have; complete one first or open another connection.`, ErrorCode.TOO_MANY_SUBSCRIPTIONS, { limit });
  }
}

/**
 * Raised by service clients (not resolvers) when a dependency cannot answer.
 * Resolvers turn it into UpstreamUnavailableError at the field's path.
 */
export class UpstreamError extends Error {
  constructor(
    readonly service: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'UpstreamError';
  }
}

/** Thrown below the GraphQL layer (store, ingest) for input that cannot be accepted. */
export class InvalidInputError extends Error {
  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'InvalidInputError';
  }
}

/** The error as thrown when it is one (by shape: a native addon's errors may come from another realm), else an Error saying what was thrown. */
export function asError(error: unknown): Error {
  return typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string' ? (error as Error) : new Error(String(error));
}
