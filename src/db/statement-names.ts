import { createHash } from 'node:crypto';
import { ReadMostlyLruMap } from '../lru-map';

/**
 * The name a PostgreSQL statement is prepared under: `prefix` and a hash of its text, so that
 * each connection parses a text once. The names of the texts sent lately are kept: a search
 * sends four statements, and hashing each text again (a hash object, about 1 KB of SQL, a hex
 * digest) cost more of its client-side work than building the text. Texts differ only by
 * their shape (values travel as parameters), so the set is small; the least used are dropped.
 */
export function statementName(prefix: string, text: string): string {
  const key = prefix + text;
  let name = recent.get(key);
  if (name === undefined) {
    name = `${prefix}${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    recent.set(key, name);
  }
  return name;
}

const recent = new ReadMostlyLruMap<string, string>(2000);
