import type { Services } from '../../context/request-context';
import { requestPath } from '../../http/request-path';
import { sendJson } from './http-answers';
import type { Route } from './stage';

/** `/healthz`: the process is up and serving (200 `{"status":"ok"}`), whatever the method. */
export function healthRoute(path = '/healthz'): Route {
  return (req, res) => {
    if (requestPath(req) !== path) return false;
    sendJson(res, 200, { status: 'ok' });
    return true;
  };
}

/**
 * `/readyz`: the store and the entity service answer a ping: 200 `ready`, else 503
 * `not ready`, with each check's outcome.
 */
export function readinessRoute(services: Services, path = '/readyz'): Route {
  const answer = async (res: Parameters<Route>[1]): Promise<boolean> => {
    sendJson(res, ...(await readiness(services)));
    return true;
  };
  return (req, res) => (requestPath(req) === path ? answer(res) : false);
}

async function readiness(services: Services): Promise<[number, unknown]> {
  const check = async (work: () => Promise<void>): Promise<string> => {
    try {
      await work();
      return 'ok';
    } catch (error) {
      return error instanceof Error ? `unavailable: ${error.message}` : 'unavailable';
    }
  };
  const [store, entities] = await Promise.all([check(() => services.store.ping()), check(() => services.entities.ping())]);
  const ready = store === 'ok' && entities === 'ok';
  return [ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', checks: { store, entities } }];
}
