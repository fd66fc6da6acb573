import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CacheLookup } from '../../cache/response-cache';
import type { RequestContext } from '../../context/request-context';
import type { RequestTarget } from './request-target';

/** A handler tried before GraphQL (GraphiQL, metrics, the rate limit, health): true when it answered the request. */
export type Route = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

/**
 * One HTTP request on its way along the request path, and what the stages found out
 * about it on the way (each field is written by the stage named on it).
 */
export class Exchange {
  /** For a request to the GraphQL path: the client's x-request-id when plausible, else a fresh UUID (echoed, logged). */
  readonly requestId: string;
  /** body: a POST's body as sent. */
  raw: string | undefined = undefined;
  /** body or apollo: the parsed body (JSON, else the text), once a stage needed it. */
  body: unknown = undefined;
  /** cache: the response cache's miss, whose `remember` takes the answer. */
  cacheMiss: Extract<CacheLookup, { kind: 'miss' }> | null = null;
  /** lane: the request's lane key; null when it never takes the lane. */
  laneKey: string | null = null;
  private built: RequestContext | undefined = undefined;

  constructor(
    readonly req: IncomingMessage,
    readonly res: ServerResponse,
    readonly target: RequestTarget,
    /** True for a request to the GraphQL path. */
    readonly onGraphQLPath: boolean,
    readonly startedAt: number,
    private readonly contextFor: (exchange: Exchange) => RequestContext,
  ) {
    this.requestId = onGraphQLPath ? requestIdFrom(req.headers['x-request-id']) : '';
    if (onGraphQLPath) res.setHeader('x-request-id', this.requestId);
  }

  /** The request's context, built once: when the lane declines a run, Apollo answers with the same one. */
  context(): RequestContext {
    return (this.built ??= this.contextFor(this));
  }

  /** Whether context() was called. */
  hasContext(): boolean {
    return this.built !== undefined;
  }
}

/** The client's x-request-id when it is a plausible id (it is echoed and logged), else a fresh UUID. */
function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && /^[\w.:@/+=-]{1,128}$/.test(value) ? value : randomUUID();
}

/** Which stage of the request path answered a request. */
export type StageName = 'route' | 'body' | 'cache' | 'lane' | 'apollo';

/**
 * One step of the request path. `handle` answers the request (true: the later stages do
 * not run) or lets it go on (false). A stage that lets a request go on synchronously
 * costs the path no await.
 */
export interface Stage {
  readonly name: StageName;
  handle(exchange: Exchange): boolean | Promise<boolean>;
}

/** A route as a stage of the request path. */
export function routeStage(route: Route): Stage {
  return { name: 'route', handle: (exchange) => route(exchange.req, exchange.res) };
}

/**
 * Runs the stages in order until one answers; `answered` is told which one did. The last
 * stage must answer every request that reaches it.
 */
export async function runStages(stages: readonly Stage[], exchange: Exchange, answered: (stage: Stage, exchange: Exchange) => void): Promise<void> {
  for (const stage of stages) {
    const done = stage.handle(exchange);
    if (done === false || (done !== true && !(await done))) continue;
    answered(stage, exchange);
    return;
  }
}
