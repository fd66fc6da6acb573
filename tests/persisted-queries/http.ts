/** Plain HTTP for persisted-query tests: exactly the requests a client or a CDN would send. */

export interface Answer {
  status: number;
  headers: Headers;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

export interface PersistedRequest {
  query?: string;
  hash?: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

function extensionsOf(hash: string | undefined): { persistedQuery: { version: number; sha256Hash: string } } | undefined {
  return hash === undefined ? undefined : { persistedQuery: { version: 1, sha256Hash: hash } };
}

async function answer(response: Response): Promise<Answer> {
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer['body'] };
}

/** A JSON POST, as Apollo Client and the SDK send. */
export async function post(url: string, request: PersistedRequest, headers: Record<string, string> = {}): Promise<Answer> {
  const body = { query: request.query, variables: request.variables, operationName: request.operationName, extensions: extensionsOf(request.hash) };
  return answer(await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', ...headers }, body: JSON.stringify(body) }));
}

/** A GET with the request in the query string and no headers but `headers`: a plain browser fetch or a CDN. */
export async function get(url: string, request: PersistedRequest, headers: Record<string, string> = {}): Promise<Answer> {
  const target = new URL(url);
  if (request.query !== undefined) target.searchParams.set('query', request.query);
  if (request.operationName !== undefined) target.searchParams.set('operationName', request.operationName);
  if (request.variables !== undefined) target.searchParams.set('variables', JSON.stringify(request.variables));
  const extensions = extensionsOf(request.hash);
  if (extensions) target.searchParams.set('extensions', JSON.stringify(extensions));
  return answer(await fetch(target, { headers }));
}

export function codes(answer: Answer): (string | undefined)[] {
  return (answer.body.errors ?? []).map((error) => error.extensions?.code);
}
