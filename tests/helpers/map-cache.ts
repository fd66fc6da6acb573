import type { KeyValueCache } from '@apollo/utils.keyvaluecache';

/**
 * A KeyValueCache over a plain Map whose entries a test can read and empty at will: a cache
 * shared by two gateways (as Redis would be), or one evicted or restarted under them.
 */
export class MapKeyValueCache implements KeyValueCache<string> {
  readonly entries = new Map<string, string>();
  async get(key: string): Promise<string | undefined> {
    return this.entries.get(key);
  }
  async set(key: string, value: string): Promise<void> {
    this.entries.set(key, value);
  }
  async delete(key: string): Promise<boolean> {
    return this.entries.delete(key);
  }
}
