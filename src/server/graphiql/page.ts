/**
 * The GraphiQL HTML page and the Content-Security-Policy it is served with.
 *
 * The policy allows only this origin: no inline script at all (the page's only inline
 * `<script>` is a JSON data block, which browsers do not execute), fonts and images from
 * 'self' or data: URLs (graphiql's CSS inlines its fonts and icons as data: URLs), and
 * fetches to 'self' only. So even a tampered asset could not phone another host.
 *
 * One inline style is allowed, by hash: when a dialog (settings, shortcuts) opens, graphiql's
 * bundled react-remove-scroll-bar injects a `<style>` locking page scroll. Its text depends
 * only on that library's version and the page's body margins and scrollbar width (all zero
 * here, see GRAPHIQL_PAGE_CSS), so it is fixed for a given graphiql release. If an upgrade
 * changes it, the browser test (which opens the dialogs and fails on any console error)
 * reports the refused style with its new hash; a refused style only leaves the page
 * scrollable behind a dialog, and the page does not scroll anyway.
 */
const SCROLL_LOCK_STYLE_HASH = "'sha256-Y/huXlwoYkVyQlxwSVcCi1RCDGDCSVBzDt0hYP9qlTc='";

export const GRAPHIQL_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'self' ${SCROLL_LOCK_STYLE_HASH}`,
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface PageSettings {
  readonly title: string;
  /** Path the fetcher POSTs to, same origin as the page. */
  readonly endpoint: string;
  readonly defaultQuery: string;
  /** Subscriptions over WebSocket at the endpoint (same host, ws: or wss:). */
  readonly subscriptions?: boolean;
  /** Absolute paths of the stylesheets and of the scripts, in load order. */
  readonly stylesheets: readonly string[];
  readonly scripts: readonly string[];
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/**
 * JSON for a `<script type="application/json">` block: `<` is escaped so no value can close
 * the block (`</script>`) or open a comment, and U+2028/9 for old parsers.
 */
function jsonForScriptBlock(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function renderGraphiqlPage(settings: PageSettings): string {
  const config = jsonForScriptBlock({ endpoint: settings.endpoint, defaultQuery: settings.defaultQuery, subscriptions: settings.subscriptions ?? false });
  const stylesheets = settings.stylesheets
    .map((href) => `    <link rel="stylesheet" href="${escapeHtml(href)}" />`)
    .join('\n');
  const scripts = settings.scripts.map((src) => `    <script src="${escapeHtml(src)}"></script>`).join('\n');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <title>${escapeHtml(settings.title)}</title>
${stylesheets}
    <link rel="icon" href="data:," />
  </head>
  <body>
    <div id="graphiql">Loading GraphiQL…</div>
    <script type="application/json" id="graphiql-config">${config}</script>
${scripts}
  </body>
</html>
`;
}
