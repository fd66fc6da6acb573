import type { EntityService } from '../entities/entity-service';
import type { EntityRecord } from '../records/entity-records';

/** The ids one request to the entity service asks for, and the promise every waiting load shares. */
interface Batch {
  ids: number[];
  done: Promise<void>;
  succeed(): void;
  fail(error: unknown): void;
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
  private readonly settled = new Map<number, EntityRecord | null>();
  /** Ids asked for and not yet answered, with the batch that will answer them. */
  private readonly pending = new Map<number, Batch>();
  /** Ids whose batch failed in this request, with the error. */
  private readonly failed = new Map<number, unknown>();
  private collecting: Batch | null = null;

  constructor(
    private readonly entities: EntityService,
    private readonly options: EntityLoaderOptions,
  ) {}

  /** The entities with these ids, in order (null for an unknown id). */
  loadMany(ids: readonly number[]): Promise<(EntityRecord | null)[]> {
    this.options.moved();
    let waitFor: Batch | null = null;
    let more: Set<Promise<void>> | null = null;
    if (this.failed.size > 0) {
      for (const id of ids) if (this.failed.has(id)) return Promise.reject(this.failed.get(id));
    }
    for (const id of ids) {
      if (this.settled.has(id)) continue;
      const batch = this.pending.get(id) ?? this.enqueue(id);
      if (waitFor === null) waitFor = batch;
      else if (batch !== waitFor) (more ??= new Set()).add(batch.done);
    }
    if (waitFor === null) return Promise.resolve(this.answer(ids));
    const ready = more === null ? waitFor.done : Promise.all([waitFor.done, ...more]);
    return ready.then(() => this.answer(ids));
  }

  /** The entity with this id, or null. */
  load(id: number): Promise<EntityRecord | null> {
    this.options.moved();
    if (this.settled.has(id)) return Promise.resolve(this.settled.get(id) ?? null);
    if (this.failed.has(id)) return Promise.reject(this.failed.get(id));
    const batch = this.pending.get(id) ?? this.enqueue(id);
    return batch.done.then(() => this.settled.get(id) ?? null);
  }

  /** The entity with this id (null: no such entity) if the request already has it; undefined otherwise. */
  peek(id: number): EntityRecord | null | undefined {
    return this.settled.get(id);
  }

  /** The entities with these ids, in order, if the request already has every one; undefined otherwise. */
  peekMany(ids: readonly number[]): (EntityRecord | null)[] | undefined {
    for (const id of ids) if (!this.settled.has(id)) return undefined;
    return this.answer(ids);
  }

  /** Makes `entity` the answer for its id in this request, unless one is already known. */
  prime(id: number, entity: EntityRecord | null): this {
    if (!this.settled.has(id) && !this.pending.has(id)) this.settled.set(id, entity);
    return this;
  }

  /** Forgets the answer for `id`: the next load asks the entity service again. */
  clear(id: number): this {
    this.settled.delete(id);
    this.failed.delete(id);
    return this;
  }

  private answer(ids: readonly number[]): (EntityRecord | null)[] {
    const found: (EntityRecord | null)[] = [];
    for (const id of ids) found.push(this.settled.get(id) ?? null);
    return found;
  }

  private enqueue(id: number): Batch {
    let batch = this.collecting;
    if (batch === null || batch.ids.length >= this.options.maxBatchSize) {
      batch = newBatch();
      this.collecting = batch;
      const scheduled = batch;
      this.options.schedule(() => this.dispatch(scheduled));
    }
    batch.ids.push(id);
    this.pending.set(id, batch);
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
        batch.ids.forEach((id, i) => {
          this.settled.set(id, records[i] ?? null);
          this.pending.delete(id);
        });
        batch.succeed();
      },
      (error: unknown) => this.fail(batch, error),
    );
  }

  private fail(batch: Batch, error: unknown): void {
    for (const id of batch.ids) {
      this.pending.delete(id);
      this.failed.set(id, error);
    }
    batch.fail(error);
  }
}

function newBatch(): Batch {
  let succeed!: () => void;
  let fail!: (error: unknown) => void;
  const done = new Promise<void>((resolve, reject) => {
    succeed = resolve;
    fail = reject;
  });
  // Every load waiting on the batch handles its failure; this keeps a batch nobody waits for quiet.
  done.catch(() => undefined);
  return { ids: [], done, succeed, fail };
}
