import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult, type GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { WebSocket } from 'ws';
import type { Viewer } from '../auth/api-keys';
import type { RequestContext } from '../context/request-context';

/** One client's subscription, as onSubscribe admitted it: handed to `subscribe` as the context value. */
export class SubscriberTicket {
  constructor(
    /** What makes two subscriptions answer every event alike: role, operation name, document text, variables. */
    readonly key: string,
    readonly socket: WebSocket,
    /** The id the client gave the subscription. */
    readonly id: string,
    readonly viewer: Viewer,
    readonly clientIp: string | undefined,
  ) {}
}

/** The key of a subscription's group: subscriptions with the same key get the same payload for every event. */
export function groupKey(viewer: Viewer, query: string, operationName: string | undefined, variables: Record<string, unknown> | undefined): string {
  return JSON.stringify([viewer.role, operationName ?? null, query, variables ?? {}]);
}

export interface SharedExecutionOptions {
  /** Frames one subscription may have handed to its socket that are not written yet; past it the connection is dropped. */
  queueLimit: number;
  /** Bytes waiting on one socket; past it the connection is dropped. */
  maxBufferedBytes: number;
  dropSlow(socket: WebSocket): void;
  formatErrors(errors: readonly GraphQLError[]): GraphQLFormattedError[];
  /** A context for a group's execution, with RequestContext.live set (fresh loaders per event; onOverflow drops every member). */
  contextFor(ticket: SubscriberTicket, onOverflow: () => void): RequestContext;
}

interface Member {
  socket: WebSocket;
  /** `{"id":…,"type":"next","payload":` for this subscription: each frame is this, the group's payload, `}`. */
  prefix: string;
  /** Frames handed to the socket whose write has not completed. */
  pending: number;
  end(error?: unknown): void;
}

interface Group {
  key: string;
  args: ExecutionArgs;
  context: RequestContext;
  members: Set<Member>;
  /** Subscriptions that have this group, joined or about to join; the group stops listening when none are left. */
  holders: number;
  /** true once listening; an ExecutionResult when the subscribe resolver refused (a bad filter). */
  ready: Promise<true | ExecutionResult>;
  source: AsyncIterator<unknown> | null;
  closed: boolean;
}

/**
 * Executes each event once for all the subscriptions that would answer it alike, rather
 * than once per subscription: subscriptions with the same role, document, operation name and
 * variables form a group with one event stream (one listener, whose filter is the resolver's),
 * one context and one execution per event with that event's fresh loaders, and one serialized
 * payload. Each member gets the payload in a frame with its own id, written straight to its
 * socket. Auth, limits and caps were checked for each subscription before it joined
 * (onSubscribe); slow consumers are dropped per connection: one that has `queueLimit` frames
 * not yet written, or more than `maxBufferedBytes` waiting, is closed (1008) without holding up
 * the others.
 *
 * The iterator handed to graphql-ws per subscription carries no events: it ends when the
 * subscription does (the client's `complete`, the connection closing, the group's stream ending),
 * so graphql-ws keeps its bookkeeping (ids, caps, the `complete` message) as before.
 */
export class SharedExecution {
  private readonly groups = new Map<string, Group>();
  private active = 0;

  constructor(private readonly options: SharedExecutionOptions) {}

  /** Subscriptions receiving events now. */
  get subscriptions(): number {
    return this.active;
  }

  /** Groups (one execution per event each). */
  get groupCount(): number {
    return this.groups.size;
  }

  /** graphql-ws's `subscribe`: joins (or opens) the ticket's group. */
  async subscribe(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
    const ticket = args.contextValue;
    if (!(ticket instanceof SubscriberTicket)) throw new Error('A subscription reached execution without being admitted.');
    let group = this.groups.get(ticket.key);
    if (group === undefined) {
      group = this.open(ticket, args);
      this.groups.set(ticket.key, group);
    }
    group.holders++;
    let started: true | ExecutionResult;
    try {
      started = await group.ready;
    } catch (error) {
      group.holders--;
      throw error;
    }
    if (started !== true) {
      group.holders--;
      return started;
    }
    return this.join(group, ticket);
  }

  private open(ticket: SubscriberTicket, args: ExecutionArgs): Group {
    const group: Group = {
      key: ticket.key,
      args,
      context: this.options.contextFor(ticket, () => {
        for (const member of group.members) this.options.dropSlow(member.socket);
      }),
      members: new Set(),
      holders: 0,
      ready: Promise.resolve(true as const),
      source: null,
      closed: false,
    };
    const forget = (): void => {
      group.closed = true;
      if (this.groups.get(group.key) === group) this.groups.delete(group.key);
    };
    group.ready = Promise.resolve(createSourceEventStream({ ...args, contextValue: group.context })).then(
      (source) => {
        if (!isAsyncIterable(source)) {
          forget();
          return source;
        }
        group.source = source[Symbol.asyncIterator]();
        void this.run(group);
        return true as const;
      },
      (error: unknown) => {
        forget();
        throw error;
      },
    );
    return group;
  }

  /** Takes the group's events one at a time: executes each once, then hands the payload to every member. */
  private async run(group: Group): Promise<void> {
    const source = group.source;
    if (source === null) return;
    let failure: unknown;
    try {
      for (;;) {
        const next = await source.next();
        if (next.done === true) break;
        // With the group's context, whose loaders the event stream has just made fresh for this event.
        const result = await execute({ ...group.args, rootValue: next.value, contextValue: group.context });
        if (group.members.size === 0) continue;
        const payload = JSON.stringify(result.errors === undefined ? result : { ...result, errors: this.options.formatErrors(result.errors) });
        for (const member of group.members) this.deliver(member, payload);
      }
    } catch (error) {
      failure = error;
    }
    this.close(group);
    for (const member of [...group.members]) member.end(failure);
  }

  private deliver(member: Member, payload: string): void {
    const { socket } = member;
    if (socket.readyState !== socket.OPEN) return;
    if (member.pending >= this.options.queueLimit || socket.bufferedAmount > this.options.maxBufferedBytes) {
      this.options.dropSlow(socket);
      return;
    }
    member.pending++;
    socket.send(`${member.prefix}${payload}}`, () => {
      member.pending--;
    });
  }

  private join(group: Group, ticket: SubscriberTicket): AsyncIterableIterator<ExecutionResult> {
    let finished = false;
    let settle: (result: IteratorResult<ExecutionResult>) => void = () => undefined;
    let fail: (error: unknown) => void = () => undefined;
    const ended = new Promise<IteratorResult<ExecutionResult>>((resolve, reject) => {
      settle = resolve;
      fail = reject;
    });
    const member: Member = {
      socket: ticket.socket,
      prefix: `{"id":${JSON.stringify(ticket.id)},"type":"next","payload":`,
      pending: 0,
      end: (error) => {
        if (!leave()) return;
        if (error === undefined) settle({ value: undefined, done: true });
        else fail(error);
      },
    };
    const leave = (): boolean => {
      if (finished) return false;
      finished = true;
      if (group.members.delete(member)) this.active--;
      group.holders--;
      if (group.holders <= 0) this.close(group);
      return true;
    };
    const iterator: AsyncIterableIterator<ExecutionResult> = {
      // graphql-ws asks for the first result once it has recorded the subscription: the member starts receiving then.
      next: () => {
        if (!finished && !group.members.has(member)) {
          if (group.closed) member.end();
          else {
            group.members.add(member);
            this.active++;
          }
        }
        return ended;
      },
      return: () => {
        member.end();
        return Promise.resolve({ value: undefined, done: true });
      },
      throw: (error: unknown) => {
        member.end();
        return Promise.reject(error);
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  /** Stops the group's event stream (its listener goes) and forgets it; members end as the run loop sees the stream end. */
  private close(group: Group): void {
    if (this.groups.get(group.key) === group) this.groups.delete(group.key);
    if (group.closed) return;
    group.closed = true;
    void group.source?.return?.();
  }
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}
