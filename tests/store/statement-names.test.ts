import { createHash } from 'node:crypto';
import { statementName } from '../../src/db/statement-names';

describe('prepared-statement names', () => {
  const sha = (text: string): string => createHash('sha1').update(text).digest('hex').slice(0, 24);

  it('names a text by its prefix and hash, the same on every call', () => {
    const text = 'SELECT 1 FROM articles WHERE id = $1';
    expect(statementName('ng_', text)).toBe(`ng_${sha(text)}`);
    expect(statementName('ng_', text)).toBe(`ng_${sha(text)}`);
    expect(statementName('nge_', text)).toBe(`nge_${sha(text)}`);
  });

  it('gives different texts different names, past the number of names it keeps', () => {
    const names = new Set<string>();
    for (let i = 0; i < 2500; i++) names.add(statementName('ng_', `SELECT ${i}`));
    expect(names.size).toBe(2500);
    expect(statementName('ng_', 'SELECT 7')).toBe(`ng_${sha('SELECT 7')}`);
  });
});
