import type { IncomingMessage, ServerResponse } from 'node:http';
import { requestPath } from '../http/request-path';
import type { GatewayMetrics } from './gateway-metrics';

/**
 * A gateway route (GatewayOptions.routes) answering `GET /metrics` (and HEAD)
 * with the Prometheus text format; other methods get 405. Returns false for
 * every other path.
 */
export function createMetricsRoute(metrics: GatewayMetrics, path = '/metrics'): (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean> {
  const answer = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
      res.end('Use GET.\n');
      return true;
    }
    const { contentType, body } = await metrics.render();
    res.writeHead(200, { 'content-type': contentType, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
  // Every other path is declined synchronously: the gateway tries this route on each request.
  return (req, res) => (requestPath(req) === path ? answer(req, res) : false);
}
