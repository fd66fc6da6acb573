import type { IncomingMessage } from 'node:http';
import { requestPath } from '../../src/http/request-path';

const request = (url: string) => ({ url }) as IncomingMessage;

/** What the WHATWG URL parser reads as the path, null when it refuses the target. */
function parserPath(url: string): string | null {
  try {
    return new URL(url, 'http://localhost').pathname;
  } catch {
    return null;
  }
}

describe('requestPath: the path routes see', () => {
  const targets = [
    '/graphql',
    '/graphql?query=%7B__typename%7D',
    '/metrics',
    '/',
    '/GraphQL',
    '/graphql/',
    '//graphql',
    '/./graphql',
    '/a/../graphql',
    '/graphql/..',
    '/gr%61phql',
    '\\graphql',
    '/graph\tql',
    '/graphql#top',
    'http://example.com/graphql?x=1',
    '/graphql;x',
    '/~user/a-b_c',
    '/ü',
    '//[',
    '',
  ];

  it.each(targets)('reads %j as the URL parser does', (url) => {
    expect(requestPath(request(url))).toBe(url === '' ? '/' : parserPath(url));
  });

  it('takes a plain path as sent and parses any other once per request', () => {
    const req = request('/a/../graphql');
    expect(requestPath(req)).toBe('/graphql');
    // A later change of req.url is not seen: the parse is kept for the request.
    req.url = '/other/..';
    expect(requestPath(req)).toBe('/graphql');
  });
});
