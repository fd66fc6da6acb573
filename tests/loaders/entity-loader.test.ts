import type { EntityService } from '../../src/entities/entity-service';
import type { EntityRecord } from '../../src/records/entity-records';
import { SqliteEntityService } from '../../src/entities/sqlite-entity-service';
import { UpstreamError } from '../../src/errors';
import { EntityLoader } from '../../src/loaders/entity-loader';

/**
 * EntityLoader against the real in-process entity service: the DataLoader
 * contract (each id asked once per request, batches capped and sent
 * together, key order, failures rejected and retried) with one promise per list.
 */
describe('EntityLoader', () => {
  let service: SqliteEntityService;
  let ids: number[];
  /** The ids of each getByIds call; `failNext` makes the next call fail as an unreachable service would. */
  let calls: number[][];
  let failNext: boolean;
  let watched: EntityService;

  beforeAll(async () => {
    service = SqliteEntityService.open(':memory:');
    const made = await service.upsert(
      ['Amira Thorne', 'Bruno Haddad', 'Chiara Zamora', 'Dmitri Volkov', 'Esther Mbeki'].map((name) => ({ type: 'person' as const, name })),
    );
    ids = made.map((entity) => entity.id);
  });
  afterAll(() => service.close());

  beforeEach(() => {
    calls = [];
    failNext = false;
    watched = Object.create(service, {
      getByIds: {
        value: (asked: readonly number[]) => {
          calls.push([...asked]);
          if (failNext) {
            failNext = false;
            return Promise.reject(new UpstreamError('entity service', 'connection refused'));
          }
          return service.getByIds(asked);
        },
      },
    }) as EntityService;
  });

  /** A loader whose batches go out on the next macrotask, like a request's quiet moment. */
  const loaderFor = (maxBatchSize = 100, sizes: number[] = []): EntityLoader =>
    new EntityLoader(watched, { maxBatchSize, schedule: (dispatch) => setImmediate(dispatch), moved: () => undefined, observe: (size) => sizes.push(size) });

  const names = (list: (EntityRecord | null)[]): (string | null)[] => list.map((entity) => entity?.name ?? null);

  it('answers lists in key order, with null for unknown ids, from one request for every id asked together', async () => {
    const loader = loaderFor();
    const [first, second, single] = await Promise.all([
      loader.loadMany([ids[2], ids[0], 999_999]),
      loader.loadMany([ids[0], ids[1], ids[2]]),
      loader.load(ids[4]),
    ]);
    expect(names(first)).toEqual(['Chiara Zamora', 'Amira Thorne', null]);
    expect(names(second)).toEqual(['Amira Thorne', 'Bruno Haddad', 'Chiara Zamora']);
    expect(single?.name).toBe('Esther Mbeki');
    expect(calls).toEqual([[ids[2], ids[0], 999_999, ids[1], ids[4]]]);
  });

  it('asks each id once per request: later loads are answered without a request', async () => {
    const loader = loaderFor();
    await loader.loadMany([ids[0], ids[1]]);
    expect(names(await loader.loadMany([ids[1], ids[0]]))).toEqual(['Bruno Haddad', 'Amira Thorne']);
    expect(calls).toHaveLength(1);
  });

  it('splits a level into batches of at most maxBatchSize, sent together', async () => {
    const sizes: number[] = [];
    const loader = loaderFor(2, sizes);
    const answers = await Promise.all([loader.loadMany(ids), loader.load(ids[0])]);
    expect(names(answers[0])).toEqual(['Amira Thorne', 'Bruno Haddad', 'Chiara Zamora', 'Dmitri Volkov', 'Esther Mbeki']);
    expect(sizes).toEqual([2, 2, 1]);
    expect(calls).toEqual([[ids[0], ids[1]], [ids[2], ids[3]], [ids[4]]]);
  });

  it('rejects the loads of a failed batch with its error, and the rest of the request too, without asking again; after clear it asks anew', async () => {
    const loader = loaderFor();
    failNext = true;
    const outcomes = await Promise.allSettled([loader.loadMany([ids[0], ids[1]]), loader.load(ids[1])]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    const error = (outcomes[0] as PromiseRejectedResult).reason as unknown;
    expect(error).toBeInstanceOf(UpstreamError);
    await expect(loader.loadMany([ids[2], ids[0]])).rejects.toBe(error);
    await expect(loader.load(ids[1])).rejects.toBe(error);
    expect(loader.peek(ids[0])).toBeUndefined();
    expect(calls).toEqual([[ids[0], ids[1]]]);
    loader.clear(ids[0]);
    loader.clear(ids[1]);
    expect(names(await loader.loadMany([ids[0], ids[1]]))).toEqual(['Amira Thorne', 'Bruno Haddad']);
    expect(calls).toEqual([[ids[0], ids[1]], [ids[0], ids[1]]]);
  });

  it('peeks only at what the request already holds', async () => {
    const loader = loaderFor();
    expect(loader.peek(ids[0])).toBeUndefined();
    expect(loader.peekMany([ids[0]])).toBeUndefined();
    await loader.loadMany([ids[0], 999_999]);
    expect(loader.peek(ids[0])?.name).toBe('Amira Thorne');
    expect(loader.peek(999_999)).toBeNull();
    expect(names(loader.peekMany([999_999, ids[0]]) ?? [])).toEqual([null, 'Amira Thorne']);
    expect(loader.peekMany([ids[0], ids[1]])).toBeUndefined();
    expect(calls).toEqual([[ids[0], 999_999]]);
  });

  it('takes primed entities without a request, and asks again after clear', async () => {
    const loader = loaderFor();
    const [amira] = await service.getByIds([ids[0]]);
    loader.prime(ids[0], amira);
    expect((await loader.load(ids[0]))?.name).toBe('Amira Thorne');
    expect(calls).toEqual([]);
    loader.clear(ids[0]);
    expect((await loader.load(ids[0]))?.name).toBe('Amira Thorne');
    expect(calls).toEqual([[ids[0]]]);
  });

  it('loads lists ahead in the batches one loadMany of them all would make, asking each id once, and answers nothing', async () => {
    const sizes: number[] = [];
    const loader = loaderFor(2, sizes);
    await loader.loadMany([ids[1]]);
    calls = [];
    const ahead = loader.loadAll([[ids[0], ids[1], ids[0]], [], [ids[2], ids[0], ids[3]], [ids[4]]]);
    expect(loader.peek(ids[0])).toBeUndefined();
    await expect(ahead).resolves.toBeUndefined();
    expect(calls).toEqual([[ids[0], ids[2]], [ids[3], ids[4]]]);
    expect(sizes).toEqual([1, 2, 2]);
    expect(names(loader.peekMany(ids) ?? [])).toEqual(['Amira Thorne', 'Bruno Haddad', 'Chiara Zamora', 'Dmitri Volkov', 'Esther Mbeki']);
    await expect(loader.loadAll([ids])).resolves.toBeUndefined();
    expect(calls).toHaveLength(2);
  });

  it('rejects a load ahead that holds an id whose batch failed, without asking for the others', async () => {
    const loader = loaderFor();
    failNext = true;
    const failed = await loader.load(ids[0]).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(UpstreamError);
    await expect(loader.loadAll([[ids[1]], [ids[0]]])).rejects.toBe(failed);
    expect(calls).toEqual([[ids[0]]]);
  });

  it('keeps a pending id through clear, and lets a primed answer replace a failure', async () => {
    const loader = loaderFor();
    const pending = loader.load(ids[0]);
    loader.clear(ids[0]);
    const [amira] = await service.getByIds([ids[0]]);
    loader.prime(ids[0], null);
    expect((await pending)?.name).toBe('Amira Thorne');
    expect(calls).toEqual([[ids[0]]]);
    failNext = true;
    await expect(loader.load(ids[1])).rejects.toBeInstanceOf(UpstreamError);
    loader.prime(ids[1], amira);
    expect(loader.peek(ids[1])?.name).toBe('Amira Thorne');
    expect(names(await loader.loadMany([ids[1]]))).toEqual(['Amira Thorne']);
    expect(calls).toEqual([[ids[0]], [ids[1]]]);
  });
});
