/**
 * The SDK as a client project gets it (docs/clients.md): `npm pack -w @newsgraph/sdk` makes a
 * tarball; a project outside the repository installs it (with graphql, its peer) from the npm
 * registry's packages, imports it with its types under `tsc --strict`, and runs it against a
 * started gateway.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startGatewayProcess, type GatewayProcess } from '../helpers/gateway-process';

const ROOT = path.join(__dirname, '..', '..');
const TSC_BIN = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** A client's code: the typed client and a typed document, and two mistakes the types must catch. */
const APP = `import { NewsgraphClient, NewsgraphError, FrontPageDocument, type FrontPageQuery } from '@newsgraph/sdk';

async function main(url: string): Promise<void> {
  const client = new NewsgraphClient({ url });
  const page: FrontPageQuery = await client.frontPage({ first: 5 });
  const again = await client.request(FrontPageDocument, { first: 1 });
  // @ts-expect-error: the operation did not select this field
  void page.articles.nodes[0].body;
  // @ts-expect-error: first is an Int (never called: only the types are checked)
  const wrong = (): Promise<FrontPageQuery> => client.frontPage({ first: 'five' });
  void wrong;
  try {
    await client.personWithQuotes({ id: 'not-an-id', first: 1 });
  } catch (error) {
    if (!(error instanceof NewsgraphError)) throw error;
  }
  console.log(JSON.stringify({ headlines: page.articles.nodes.map((a) => a.headline), total: again.articles.totalCount }));
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
`;

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'commonjs',
    moduleResolution: 'node',
    lib: ['ES2023'],
    strict: true,
    esModuleInterop: true,
    outDir: 'out',
    // Node.js's own types (for fetch, console), from this repository's install rather than a download.
    typeRoots: [path.join(ROOT, 'node_modules', '@types')],
    types: ['node'],
  },
  files: ['app.ts'],
};

function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 180000 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

describe('@newsgraph/sdk as a package a client project installs', () => {
  let dir: string;
  let gateway: GatewayProcess;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-sdk-package-'));
    gateway = await startGatewayProcess({
      DATABASE_URL: path.join(dir, 'news.db'),
      ENTITY_DATABASE_URL: path.join(dir, 'entities.db'),
      ENTITY_SERVICE_URL: '',
      REDIS_URL: '',
    });
  }, 60000);

  afterAll(async () => {
    await gateway?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('packs, installs, type-checks with its types, and talks to the gateway', () => {
    const packs = path.join(dir, 'packs');
    mkdirSync(packs);
    run(NPM, ['pack', '-w', '@newsgraph/sdk', '--pack-destination', packs, '--silent'], ROOT);
    const [tarball] = readdirSync(packs).filter((f) => f.endsWith('.tgz'));
    expect(tarball).toMatch(/^newsgraph-sdk-\d+\.\d+\.\d+\.tgz$/);

    const project = path.join(dir, 'client');
    mkdirSync(project);
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'client', private: true }));
    run(NPM, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--silent', path.join(packs, tarball), 'graphql@16'], project);

    writeFileSync(path.join(project, 'app.ts'), APP);
    writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify(TSCONFIG));
    run(process.execPath, [TSC_BIN, '-p', 'tsconfig.json'], project);

    const output = run(process.execPath, [path.join(project, 'out', 'app.js'), gateway.url], project);
    expect(JSON.parse(output)).toEqual({ headlines: ['U.S., Russian diplomats agree to work with Ukraine’s government'], total: 1 });
  }, 240000);
});
