import { ReadMostlyLruMap } from './lru-map';

/**
 * Cache keys already made for a search text, by the rest of what they stand for (a limit,
 * say): the key of a search's page, made once and then handed back as the same string.
 *
 * A search asks for the pages of the same text on every request (the search resolver reads
 * four: articles, quotes, people, organizations), and a key built anew each time (a template
 * over the normalized filter) is a new string that has to be flattened, hashed and compared
 * whole for the page lookup. Where the text is the same string each time (what the
 * known-operation lane runs with: the variables Apollo's answer was learned from), it is
 * found here by a hash already kept, and the key handed back is found in the page cache
 * the same way. A key depends only on its text and `rest`, never on the data, so nothing
 * here is dropped when the data changes. Bounded like the other text memos: the last 256
 * texts, 8 keys each (a search reads its pages with one limit).
 */
export class RecentKeys<R extends string | number> {
  private readonly byText = new ReadMostlyLruMap<string, Map<R, string>>(256);

  /** The key made for `text` and `rest`, if it is still kept. */
  get(text: string, rest: R): string | undefined {
    return this.byText.get(text)?.get(rest);
  }

  /** Keeps `key` as the one for `text` and `rest`; returns it. */
  remember(text: string, rest: R, key: string): string {
    let keys = this.byText.get(text);
    if (keys === undefined) {
      keys = new Map();
      this.byText.set(text, keys);
    }
    if (keys.size < KEYS_PER_TEXT) keys.set(rest, key);
    return key;
  }
}

/** Keys kept per text: a search reads its four pages with one limit, so a few cover it; more only hold memory. */
const KEYS_PER_TEXT = 8;
