import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { GRAPHIQL_PAGE_CSS, GRAPHIQL_START_JS } from './browser-files';

/**
 * The browser files GraphiQL needs, taken from the installed npm packages (graphiql's UMD
 * build and React 18's UMD builds), never from a CDN. Served under
 * `${endpoint}/_graphiql/<buildId>/<name>`: the build id is a hash of every file's bytes,
 * so a URL never changes meaning and the files can be cached for a year.
 */
export interface GraphiqlAsset {
  readonly name: string;
  readonly contentType: string;
  /** Loads the bytes; called at most once per asset (see AssetTable.body). */
  readonly load: () => Buffer;
}

/** The files the page loads, in the order the page needs them (scripts after the CSS). */
export const PAGE_STYLESHEETS = ['graphiql.min.css', 'page.css'] as const;
export const PAGE_SCRIPTS = ['react.production.min.js', 'react-dom.production.min.js', 'graphiql.min.js', 'start.js'] as const;

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';
const MAP = 'application/json; charset=utf-8';

/** A file inside an installed package, found the way Node finds the package itself. */
function packageFile(pkg: string, file: string): string {
  // react's `exports` map hides its umd/ folder from require.resolve, but always exports
  // package.json, so resolve that and walk from the package root.
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
}

function fileAsset(name: string, contentType: string, pkg: string, file: string): GraphiqlAsset {
  const fullPath = packageFile(pkg, file);
  return { name, contentType, load: () => readFileSync(fullPath) };
}

/** Every asset served; source maps are listed so devtools finds them, and loaded only on demand. */
function listAssets(): GraphiqlAsset[] {
  return [
    fileAsset('react.production.min.js', JS, 'react', 'umd/react.production.min.js'),
    fileAsset('react-dom.production.min.js', JS, 'react-dom', 'umd/react-dom.production.min.js'),
    fileAsset('graphiql.min.js', JS, 'graphiql', 'graphiql.min.js'),
    fileAsset('graphiql.min.css', CSS, 'graphiql', 'graphiql.min.css'),
    fileAsset('graphiql.min.js.map', MAP, 'graphiql', 'graphiql.min.js.map'),
    fileAsset('graphiql.min.css.map', MAP, 'graphiql', 'graphiql.min.css.map'),
    { name: 'start.js', contentType: JS, load: () => Buffer.from(GRAPHIQL_START_JS, 'utf8') },
    { name: 'page.css', contentType: CSS, load: () => Buffer.from(GRAPHIQL_PAGE_CSS, 'utf8') },
  ];
}

/** One asset's bytes as sent: identity, and gzip computed the first time a client accepts it. */
export interface LoadedAsset {
  readonly asset: GraphiqlAsset;
  readonly identity: Buffer;
  gzip?: Buffer;
}

/**
 * The asset table of one handler. Page files are read once at construction (about 4 MB)
 * so that the build id covers them and a missing package fails at startup, not on the
 * first browser visit; source maps are read when first asked for.
 */
export class AssetTable {
  readonly buildId: string;
  private readonly assets = new Map<string, GraphiqlAsset>();
  private readonly loaded = new Map<string, LoadedAsset>();

  constructor() {
    const hash = createHash('sha256');
    for (const asset of listAssets()) {
      this.assets.set(asset.name, asset);
      if (!asset.name.endsWith('.map')) {
        const entry: LoadedAsset = { asset, identity: asset.load() };
        this.loaded.set(asset.name, entry);
        hash.update(asset.name).update(entry.identity);
      }
    }
    this.buildId = hash.digest('hex').slice(0, 16);
  }

  /** The asset called `name` with its bytes, or undefined for a name not served. */
  get(name: string): LoadedAsset | undefined {
    const cached = this.loaded.get(name);
    if (cached) return cached;
    const asset = this.assets.get(name);
    if (!asset) return undefined;
    const entry: LoadedAsset = { asset, identity: asset.load() };
    this.loaded.set(name, entry);
    return entry;
  }

  /** The gzip form of a loaded asset, compressed once and kept. */
  static gzipped(entry: LoadedAsset): Buffer {
    entry.gzip ??= gzipSync(entry.identity);
    return entry.gzip;
  }
}
