import type { EntityService } from '../entities/entity-service';
import type { EntityRecord } from '../records/entity-records';

/** The ids one request to the entity service asks for, and the promise every waiting load shares. */
class Batch {
  readonly ids: number[] = [];
  readonly done: Promise<void>;
  succeed!: () => void;
  fail!: (error: unknown) => void;

  constructor() {
    this.done = new Promise<void>((resolve, reject) => {
      this.succeed = resolve;
      this.fail = reject;
    });
    // Every load waiting on the batch handles its failure; this keeps a batch nobody waits for quiet.
    this.done.catch(() => undefined);
  }
}

/** What a failed batch left for its ids: the error every later load of them in the request rejects with. */
class Failure {
  constructor(readonly error: unknown) {}
}

/** What the request knows of one id: its answer (an entity, or null for none), the batch that will answer it, or a failure. */
type Known = EntityRecord | null | Batch | Failure;

/** The answer in `known`, or undefined while there is none (pending, failed or never asked). */
function answerOf(known: Known | undefined): EntityRecord | null | undefined {
  return known instanceof Batch || known instanceof Failure ? undefined : known;
}

export interface EntityLoaderOptions {
  /** Most ids in one entity-service request. */
  maxBatchSize: number;
  /** When a batch goes out (the request's quiet moment); the loader calls it once per batch. */
  schedule(dispatch: () => void): void;
  /** Told of every load and every batch (the request's activity). */
  moved(): void;
  /** Told of each batch's size as it goes out. */
  observe(size: number): void;
}

/**
 * People and organizations by id, for one request: DataLoader's contract
 * (each id asked of the entity service once per request, in batches of at
 * most `maxBatchSize` that go out together, answers in key order) with one
 * promise per list of ids instead of one per id, and `peek` for what the
 * request already holds. A failed batch rejects its loads, and the rest of
 * the request's loads of those ids, with its error: the service (whose client
 * already retried within its deadline) is not asked again in the same
 * request; `clear` forgets the failure, and the next request asks anew. An article's people are one
 * load, not one per person: a front page makes some 140 entity loads, which
 * with a promise, a cache entry and a batch slot each were a large part of
 * its execution.
 */
export class EntityLoader {
  /**
   * Every id of the request in one map: answered, pending (its batch) or failed (the error).
   * A batch's answers replace its entries in place, with no second map to add to and delete from.
   */
  private readonly known = new Map<number, Known>();
  /** Whether any batch failed in this request (only then do lists look for failures first). */
  private anyFailed = false;
  private collecting: Batch | null = null;

  constructor(
    private readonly entities: EntityService,
    private readonly options: EntityLoaderOptions,
  ) {}

  /** The entities with these ids, in order (null for an unknown id). */
  loadMany(ids: readonly number[]): Promise<(EntityRecord | null)[]> {
    const ready = this.waitFor(ids);
    if (ready === null) return Promise.resolve(this.answer(ids));
    return ready.then(() => this.answer(ids));
  }

  /**
   * Loads the ids of these lists (duplicates allowed) as one `loadMany` of them all would, in
   * the same batches, without building the list of answers: for loading ahead
   * (src/loaders/prefetch.ts), whose callers then `peek`.
   */
  loadAll(lists: readonly (readonly number[])[]): Promise<void> {
    this.options.moved();
    if (this.anyFailed) {
      for (const ids of lists) {
        const failed = this.failureAmong(ids);
        if (failed !== null) return failed;
      }
    }
    let waitFor: Promise<void> | null = null;
    let more: Promise<void>[] | null = null;
    for (const ids of lists) {
      const ready = this.enqueueMissing(ids);
      if (ready === null || ready === waitFor) continue;
      if (waitFor === null) waitFor = ready;
      else (more ??= []).push(ready);
    }
    if (waitFor === null) return Promise.resolve();
    return more === null ? waitFor : Promise.all([waitFor, ...more]).then(nothing);
  }

  /** The entity with this id, or null. */
  load(id: number): Promise<EntityRecord | null> {
    this.options.moved();
    const known = this.known.get(id);
    if (known === undefined) return this.enqueue(id).done.then(() => this.answerFor(id));
    if (known instanceof Batch) return known.done.then(() => this.answerFor(id));
    if (known instanceof Failure) return Promise.reject(known.error);
    return Promise.resolve(known);
  }

  /** The entity with this id (null: no such entity) if the request already has it; undefined otherwise. */
  peek(id: number): EntityRecord | null | undefined {
    return answerOf(this.known.get(id));
  }

  /** The entities with these ids, in order, if the request already has every one; undefined otherwise. */
  peekMany(ids: readonly number[]): (EntityRecord | null)[] | undefined {
    const found: (EntityRecord | null)[] = [];
    for (const id of ids) {
      const answer = answerOf(this.known.get(id));
      if (answer === undefined) return undefined;
      found.push(answer);
    }
    return found;
  }

  /** Makes `entity` the answer for its id in this request, unless one is already known or on its way. */
  prime(id: number, entity: EntityRecord | null): this {
    const known = this.known.get(id);
    if (known === undefined || known instanceof Failure) this.known.set(id, entity);
    return this;
  }

  /** Forgets the answer (or the failure) for `id`: the next load asks the entity service again. */
  clear(id: number): this {
    if (!(this.known.get(id) instanceof Batch)) this.known.delete(id);
    return this;
  }

  /**
   * Enqueues the ids the request neither has nor awaits; what to wait for before every id is
   * answered (null: nothing), or a rejection when one of them failed in this request (then
   * nothing is enqueued).
   */
  private waitFor(ids: readonly number[]): Promise<void> | null {
    this.options.moved();
    return (this.anyFailed ? this.failureAmong(ids) : null) ?? this.enqueueMissing(ids);
  }

  /** A rejection with the error of the first of these ids that failed in this request; null when none did. */
  private failureAmong(ids: readonly number[]): Promise<never> | null {
    for (const id of ids) {
      const known = this.known.get(id);
      if (known instanceof Failure) return Promise.reject(known.error);
    }
    return null;
  }

  /** Enqueues the ids the request neither has nor awaits; what to wait for before every id is answered (null: nothing). */
  private enqueueMissing(ids: readonly number[]): Promise<void> | null {
    let waitFor: Batch | null = null;
    let more: Set<Promise<void>> | null = null;
    for (const id of ids) {
      let batch = this.known.get(id);
      if (batch === undefined) batch = this.enqueue(id);
      else if (!(batch instanceof Batch)) continue;
      if (waitFor === null) waitFor = batch;
      else if (batch !== waitFor) (more ??= new Set()).add(batch.done);
    }
    if (waitFor === null) return null;
    return more === null ? waitFor.done : Promise.all([waitFor.done, ...more]).then(nothing);
  }

  private answerFor(id: number): EntityRecord | null {
    return answerOf(this.known.get(id)) ?? null;
  }

  private answer(ids: readonly number[]): (EntityRecord | null)[] {
    const found: (EntityRecord | null)[] = [];
    for (const id of ids) found.push(this.answerFor(id));
    return found;
  }

  private enqueue(id: number): Batch {
    let batch = this.collecting;
    if (batch === null || batch.ids.length >= this.options.maxBatchSize) {
      batch = new Batch();
      this.collecting = batch;
      const scheduled = batch;
      this.options.schedule(() => this.dispatch(scheduled));
    }
    batch.ids.push(id);
    this.known.set(id, batch);
    return batch;
  }

  private dispatch(batch: Batch): void {
    if (this.collecting === batch) this.collecting = null;
    this.options.moved();
    this.options.observe(batch.ids.length);
    let request: Promise<(EntityRecord | null)[]>;
    try {
      request = this.entities.getByIds(batch.ids);
    } catch (error) {
      request = Promise.reject(error);
    }
    request.then(
      (records) => {
        if (records.length !== batch.ids.length) {
          this.fail(batch, new TypeError(`The entity service answered ${records.length} entities for ${batch.ids.length} ids.`));
          return;
        }
        const ids = batch.ids;
        for (let i = 0; i < ids.length; i++) this.known.set(ids[i], records[i] ?? null);
        batch.succeed();
      },
      (error: unknown) => this.fail(batch, error),
    );
  }

  private fail(batch: Batch, error: unknown): void {
    const failure = new Failure(error);
    for (const id of batch.ids) this.known.set(id, failure);
    this.anyFailed = true;
    batch.fail(error);
  }
}

function nothing(): void {}
