import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { ClientError, ErrorCode, InvalidInputError, UpstreamError } from '../errors';

/** Codes Apollo Server itself gives to errors the client caused; they pass through. */
const APOLLO_CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const withoutStack = (extensions: Record<string, unknown> | undefined): Record<string, unknown> => {
  const rest: Record<string, unknown> = { ...(extensions ?? {}) };
  delete rest.stacktrace;
  return rest;
};

/**
 * Apollo's formatError: client errors keep their code and message; anything
 * unexpected becomes INTERNAL_SERVER_ERROR with a generic message, and its
 * stack goes to the log, never to the client.
 */
export function createErrorFormatter(logger: Logger, options: { hideSuggestions: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ClientError) {
      return { ...formatted, extensions: withoutStack(formatted.extensions) };
    }
    if (original instanceof InvalidInputError) {
      return { ...formatted, message: original.message, extensions: { ...original.details, code: ErrorCode.BAD_USER_INPUT } };
    }
    if (original instanceof UpstreamError) {
      return {
        ...formatted,
        message: `The ${original.service} is unavailable.`,
        extensions: { code: ErrorCode.UPSTREAM_UNAVAILABLE, service: original.service },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && APOLLO_CLIENT_CODES.has(code)) {
      const message = options.hideSuggestions ? formatted.message.replace(/ Did you mean .+\?$/, '') : formatted.message;
      return { ...formatted, message, extensions: withoutStack(formatted.extensions) };
    }
    if (isRequestError(original)) {
      // Apollo's own refusals of a malformed request (a persisted-query hash that does not match
      // its text, an unsupported version) carry a 4xx status but no code.
      return { ...formatted, extensions: { ...withoutStack(formatted.extensions), code: 'BAD_REQUEST' } };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error');
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

/** A GraphQLError raised before execution with a client-error HTTP status (Apollo sets `extensions.http`). */
function isRequestError(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.path !== undefined) return false;
  const status = (error.extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}
