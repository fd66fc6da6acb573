import { Histogram, Registry } from 'prom-client';
import { LabelledHistogram } from '../../src/observability/labelled-histogram';

/** The same observations through prom-client's Histogram and through LabelledHistogram, as exposition text. */
async function bothExpositions(observations: [Record<'loader' | 'kind', string>, number][]): Promise<[string, string]> {
  const buckets = [1, 2, 5, 10, 20.5];
  const promRegistry = new Registry();
  const prom = new Histogram({ name: 'batch_size', help: 'Keys per batch.', labelNames: ['loader', 'kind'] as const, buckets, registers: [promRegistry] });
  const ownRegistry = new Registry();
  const own = new LabelledHistogram('batch_size', 'Keys per batch.', ['loader', 'kind'] as const, buckets, ownRegistry);
  for (const [labels, value] of observations) {
    prom.observe(labels, value);
    own.observe(`${labels.loader}\n${labels.kind}`, () => labels, value);
  }
  return [await promRegistry.metrics(), await ownRegistry.metrics()];
}

describe('LabelledHistogram', () => {
  it('writes the exposition prom-client writes for the same observations', async () => {
    const [prom, own] = await bothExpositions([
      [{ loader: 'entity', kind: 'remote' }, 3],
      [{ loader: 'article', kind: 'store' }, 1],
      [{ loader: 'entity', kind: 'remote' }, 20.5],
      [{ loader: 'entity', kind: 'remote' }, 400],
      [{ loader: 'article', kind: 'store' }, 0.25],
      [{ loader: 'quotes "by" article', kind: 'store' }, 2],
    ]);
    expect(own).toBe(prom);
    expect(own).toContain('batch_size_bucket{le="5",loader="entity",kind="remote"} 1');
    expect(own).toContain('batch_size_bucket{le="+Inf",loader="entity",kind="remote"} 3');
    expect(own).toContain('batch_size_sum{loader="entity",kind="remote"} 423.5');
  });

  it('writes nothing but the header before the first observation, and forgets on reset', async () => {
    const [prom, own] = await bothExpositions([]);
    expect(own).toBe(prom);
    const registry = new Registry();
    const histogram = new LabelledHistogram('sizes', 'Sizes.', ['loader'] as const, [1, 10], registry);
    histogram.observe('entity', () => ({ loader: 'entity' }), 4);
    registry.resetMetrics();
    expect(await registry.metrics()).not.toContain('sizes_count');
  });

  it('refuses what prom-client refuses: a value that is not a finite number, a label it was not given', () => {
    const histogram = new LabelledHistogram('sizes', 'Sizes.', ['loader'] as const, [1, 10], new Registry());
    expect(() => histogram.observe('entity', () => ({ loader: 'entity' }), Number.NaN)).toThrow(TypeError);
    expect(() => histogram.observe('other', () => ({ loader: 'x', shard: '1' }) as unknown as { loader: string }, 1)).toThrow(/no label named shard/);
  });
});
