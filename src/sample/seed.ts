import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Services } from '../context/request-context';

interface SampleEntry {
  file: string;
  publishedAt: string | null;
  url: string | null;
}

/** The folder holding sample.json: beside this file in source, or back in src/ when running from dist/. */
function sampleDir(): string {
  const candidates = [__dirname, resolve(__dirname, '../../../src/sample')];
  const found = candidates.find((dir) => existsSync(join(dir, 'sample.json')));
  if (!found) throw new Error(`sample corpus not found (looked in ${candidates.join(', ')})`);
  return found;
}

/** Ingests the bundled sample corpus through the normal pipeline; returns how many articles it holds. */
export async function seedSampleCorpus(services: Services): Promise<number> {
  const dir = sampleDir();
  const entries = JSON.parse(readFileSync(join(dir, 'sample.json'), 'utf8')) as SampleEntry[];
  for (const entry of entries) {
    await services.ingest({
      text: readFileSync(join(dir, entry.file), 'utf8'),
      url: entry.url,
      publishedAt: entry.publishedAt,
    });
  }
  return entries.length;
}
