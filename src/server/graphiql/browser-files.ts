/**
 * The browser script that mounts GraphiQL, served as the asset `start.js` so the page needs
 * no inline script (its CSP is `script-src 'self'`). It reads its settings from the page's
 * `<script type="application/json" id="graphiql-config">` block, which browsers never run:
 * `{ "endpoint": string, "defaultQuery": string, "subscriptions": boolean }`. With subscriptions they
 * run over WebSocket at the endpoint, the header editor's Authorization sent in connectionParams.
 *
 * Kept as plain ES2017 text rather than compiled TypeScript so that what the browser runs is
 * exactly what is reviewed here (no test-coverage instrumentation or module wrapper can leak
 * into it). It relies on the globals set by the UMD builds loaded before it: React,
 * ReactDOM and GraphiQL.
 */
export const GRAPHIQL_START_JS = `(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('graphiql-config').textContent);
  var wsUrl = (location.protocol === 'https:' ? 'wss:' : 'ws:') + '//' + location.host + config.endpoint;
  // One fetcher per Authorization value: a WebSocket sends its key once, when it connects.
  var fetchers = {};
  function fetcherFor(authorization) {
    if (!fetchers[authorization]) {
      var options = { url: config.endpoint };
      if (config.subscriptions) {
        options.subscriptionUrl = wsUrl;
        options.wsConnectionParams = authorization ? { authorization: authorization } : {};
      }
      fetchers[authorization] = GraphiQL.createFetcher(options);
    }
    return fetchers[authorization];
  }
  function fetcher(params, options) {
    var headers = (options && options.headers) || {};
    var authorization = '';
    Object.keys(headers).forEach(function (name) {
      if (name.toLowerCase() === 'authorization') authorization = String(headers[name]);
    });
    return fetcherFor(authorization)(params, options);
  }
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: config.defaultQuery,
      headerEditorEnabled: true,
      shouldPersistHeaders: false
    })
  );
})();
`;

/** Page layout: GraphiQL fills the window (an asset, because the CSP forbids inline styles). */
export const GRAPHIQL_PAGE_CSS = `html, body { margin: 0; height: 100%; }
#graphiql { height: 100vh; }
`;
