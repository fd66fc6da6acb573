import { interleave, interleaveRows } from '../../resolvers/interleave';

/** interleaveRows (the search's hits off its pages' rows) lists what interleave lists over the rows' nodes. */
describe('interleaveRows', () => {
  const rows = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => ({ node: `${prefix}${i}`, position: `p${i}` }));

  test('the same items in the same order as interleave over the nodes, for every length and limit', () => {
    for (let a = 0; a <= 4; a++) {
      for (let b = 0; b <= 4; b++) {
        for (const limit of [0, 1, 2, 3, 5, 8, Infinity]) {
          for (const start of [[], ['e0'], ['e0', 'e1']]) {
            const left = rows('a', a);
            const right = rows('q', b);
            const expected = interleave(left.map((r) => r.node), right.map((r) => r.node), limit, [...start]);
            expect(interleaveRows(left, right, limit, [...start])).toEqual(expected);
          }
        }
      }
    }
    expect(interleaveRows(rows('a', 3), rows('q', 1), 10)).toEqual(['a0', 'q0', 'a1', 'a2']);
  });
});
