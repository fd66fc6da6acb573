import type { ExecutionResult } from 'graphql';
import { laneRoleOf } from '../../src/lane-contract/lane-contract';
import { responseSizePlugin } from '../../src/limits/response-size-plugin';

type Accepts = (result: ExecutionResult, dataJson?: string) => boolean;

function acceptsOf(maxBytes: number): Accepts {
  const role = laneRoleOf(responseSizePlugin(maxBytes));
  if (role?.kind !== 'checks') throw new Error('the response-size plugin should declare a checks role');
  return role.accepts;
}

/** A seeded generator of answers shaped like executed data: objects, lists, strings (some needing escapes), numbers, booleans, nulls. */
function answers(seed: number, count: number): unknown[] {
  let state = seed;
  const next = (n: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const words = ['The minister said', '"We will not"', 'talks\nresumed', 'Paris', 'ÅŽ ünïcode', '', 'a\\b'];
  const value = (depth: number): unknown => {
    const pick = depth > 4 ? next(4) : next(7);
    if (pick === 0) return words[next(words.length)];
    if (pick === 1) return next(2) === 0 ? next(100000) : -next(1000) / 8;
    if (pick === 2) return next(2) === 0;
    if (pick === 3) return null;
    if (pick === 4) return Array.from({ length: next(4) }, () => value(depth + 1));
    if (pick === 5) return [[value(depth + 1)]];
    return Object.fromEntries(Array.from({ length: next(5) }, (_, i) => [`field${i}${next(2) === 0 ? '"' : ''}`, value(depth + 1)]));
  };
  return Array.from({ length: count }, () => ({ articles: value(0) }));
}

describe('response-size check', () => {
  it("judges from the lane's JSON text as it judges by walking the answer, at every limit around the answer's size", () => {
    for (const data of answers(7, 300)) {
      const json = JSON.stringify(data);
      for (const maxBytes of [1024, Math.floor(json.length / 2), json.length - 1, json.length, json.length + 1, Math.ceil(json.length * 1.5), json.length * 2]) {
        if (maxBytes < 1) continue;
        const accepts = acceptsOf(maxBytes);
        const result = { data } as ExecutionResult;
        expect(accepts(result, json)).toBe(accepts(result));
      }
    }
  });

  it('refuses an answer over the limit whether or not the text is given', () => {
    const data = { quotes: Array.from({ length: 200 }, (_, i) => ({ text: `A sentence the spokesman repeated, number ${i}.` })) };
    const accepts = acceptsOf(4096);
    expect(accepts({ data } as ExecutionResult, JSON.stringify(data))).toBe(false);
    expect(accepts({ data } as ExecutionResult)).toBe(false);
    expect(acceptsOf(64 * 1024)({ data } as ExecutionResult, JSON.stringify(data))).toBe(true);
  });
});
