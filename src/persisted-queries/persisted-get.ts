/**
 * True for a GraphQL GET that names its operation by hash only: an `extensions` parameter
 * holding `persistedQuery.sha256Hash`, and no `query` parameter.
 *
 * Such a request is what a CDN caches and a plain browser `fetch(url)` sends, with no custom
 * header. The gateway lets it past Apollo's CSRF prevention, which otherwise refuses a GET
 * without a preflight header. That is safe here: a GET never runs a mutation (Apollo answers
 * 405), it carries no query text, and the gateway reads no cookies (API keys travel in the
 * Authorization header, which a cross-site simple request cannot set), so a cross-site page
 * learns nothing it could not fetch itself. Every other request keeps the CSRF check.
 */
export function isPersistedQueryGet(method: string | undefined, search: URLSearchParams): boolean {
  if (method !== 'GET' || search.has('query')) return false;
  const extensions = search.get('extensions');
  if (extensions === null) return false;
  try {
    const parsed: unknown = JSON.parse(extensions);
    if (typeof parsed !== 'object' || parsed === null) return false;
    const persistedQuery: unknown = (parsed as { persistedQuery?: unknown }).persistedQuery;
    return (
      typeof persistedQuery === 'object' &&
      persistedQuery !== null &&
      typeof (persistedQuery as { sha256Hash?: unknown }).sha256Hash === 'string'
    );
  } catch {
    return false;
  }
}
