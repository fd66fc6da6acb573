import { seededRandom } from '../../bench/corpus';
import { drawDistinct, matchPopularity } from '../../bench/scale-cold';

describe('cold-read draws of the scale benchmark', () => {
  it('draws distinct whole numbers from 1 to n, as many as asked or n, the same for the same seed', () => {
    const drawn = drawDistinct(seededRandom(3), 50, 20);
    expect(drawn).toHaveLength(20);
    expect(new Set(drawn).size).toBe(20);
    expect(drawn.every((v) => Number.isInteger(v) && v >= 1 && v <= 50)).toBe(true);
    expect(drawDistinct(seededRandom(3), 50, 20)).toEqual(drawn);
    expect([...drawDistinct(seededRandom(4), 7, 100)].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('matches each target count with a different person of that count, or the nearest one left', () => {
    const pool = [
      { id: 1, n: 5 },
      { id: 2, n: 30 },
      { id: 3, n: 30 },
      { id: 4, n: 31 },
      { id: 5, n: 400 },
    ];
    const matched = matchPopularity(seededRandom(1), pool, [30, 30, 30, 6, 1000]);
    expect(new Set(matched).size).toBe(5);
    expect(new Set(matched.slice(0, 2))).toEqual(new Set([2, 3]));
    expect(matched.slice(2)).toEqual([4, 1, 5]);
    expect(() => matchPopularity(seededRandom(1), pool.slice(0, 1), [1, 2])).toThrow(/fewer people/);
  });
});
