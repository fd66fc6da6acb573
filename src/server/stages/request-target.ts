import type { IncomingMessage } from 'node:http';
import { requestPath } from '../../http/request-path';
import { MalformedRequestError } from './http-answers';

/** The parts of a request target the gateway routes on, and its URL, parsed once and only if needed. */
export interface RequestTarget {
  pathname: string;
  /** The query string without `?`, as sent for the plain `/graphql?…` form, else as the URL parser normalized it. */
  rawSearch: string;
  url(): URL;
}

/**
 * The path comes from requestPath (shared with the routes, so the gateway and
 * every route read one spelling the same way): a plain path such as `/graphql`
 * is taken as sent, without the URL parser; any other is parsed once. A target no
 * URL parser accepts (`//[`) is the client's mistake: 400, not 500.
 */
export function requestTarget(req: IncomingMessage): RequestTarget {
  const raw = req.url ?? '/';
  let parsed: URL | undefined;
  const url = (): URL => (parsed ??= requestUrl(req));
  const pathname = requestPath(req);
  if (pathname === null) throw new MalformedRequestError('The request target is not a valid URL.');
  // The query string as sent when the path was taken as sent (`/graphql?…`), else as the parser normalized it.
  const asSent = raw.startsWith(pathname) && (raw.length === pathname.length || raw[pathname.length] === '?');
  return { pathname, rawSearch: asSent ? raw.slice(pathname.length + 1) : url().search.slice(1), url };
}

function requestUrl(req: IncomingMessage): URL {
  try {
    return new URL(req.url ?? '/', 'http://localhost');
  } catch {
    throw new MalformedRequestError('The request target is not a valid URL.');
  }
}
