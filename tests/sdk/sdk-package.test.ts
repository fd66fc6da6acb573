/**
 * The SDK as a client project gets it (docs/clients.md, "A client project"), packed once with
 * the recipe's own command:
 * - the recipe, as written in docs/clients.md, in a folder beside a link to this repository:
 *   its files, its npm installs (from the npm registry; no engine warnings), codegen, tsc, and
 *   its program against a started gateway;
 * - a stricter client of the same tarball: its types catch two mistakes under `tsc --strict`,
 *   and NewsgraphError and typed documents work against the gateway.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): { stdout: string; stderr: string } {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 300000 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}${result.stderr}`);
  return { stdout: result.stdout, stderr: result.stderr };
}

/** The fenced blocks of docs/clients.md's client-project section, in order. */
function recipeBlocks(): { lang: string; text: string }[] {
  const doc = readFileSync(path.join(ROOT, 'docs', 'clients.md'), 'utf8');
  const section = doc.slice(doc.indexOf('### A client project'), doc.indexOf('### Persisted queries'));
  return [...section.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1], text: m[2] }));
}

/** The files of the recipe: a block after a paragraph that starts with the file's backticked name and ends with a colon. */
function recipeFiles(): { file: string; text: string }[] {
  const doc = readFileSync(path.join(ROOT, 'docs', 'clients.md'), 'utf8');
  const section = doc.slice(doc.indexOf('### A client project'), doc.indexOf('### Persisted queries'));
  const files: { file: string; text: string }[] = [];
  for (const match of section.matchAll(/^`([\w./-]+\.(?:json|graphql|yml|ts))`[^\n]*(?:\n[^\n]+)*:\n\n```\w*\n([\s\S]*?)^```$/gm)) files.push({ file: match[1], text: match[2] });
  return files;
}

describe('@newsgraph/sdk as a package a client project installs', () => {
  let dir: string;
  let gateway: GatewayProcess;
  /** The tarball the recipe's `npm pack` wrote into the repository's folder (git-ignored); removed after. */
  let tarball = '';

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
    if (tarball !== '') rmSync(tarball, { force: true });
    rmSync(dir, { recursive: true, force: true });
  });

  it('packs the SDK with the recipe\'s command, and the recipe works as written', () => {
    const blocks = recipeBlocks();
    const shell = blocks.filter((b) => b.lang === 'sh').map((b) => b.text);
    expect(shell).toHaveLength(3);
    const files = recipeFiles();
    expect(files.map((f) => f.file).sort()).toEqual(['codegen.yml', 'operations/latest-headlines.graphql', 'package.json', 'src/main.ts', 'tsconfig.json']);

    // The layout the recipe assumes: the client's folder beside the checkout.
    const beside = path.join(dir, 'work');
    const project = path.join(beside, 'headlines');
    mkdirSync(project, { recursive: true });
    symlinkSync(ROOT, path.join(beside, 'newsgraph'), 'dir');
    for (const { file, text } of files) {
      mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
      writeFileSync(path.join(project, file), text);
    }
    const env = { ...process.env, NEWSGRAPH_URL: gateway.url };
    const bash = (script: string): { stdout: string; stderr: string } => run('bash', ['-euo', 'pipefail', '-c', script], project, env);

    const packed = bash(shell[0]);
    tarball = path.join(ROOT, packed.stdout.trim().split('\n').pop() ?? '');
    expect(path.basename(tarball)).toMatch(/^newsgraph-sdk-\d+\.\d+\.\d+\.tgz$/);
    const installed = bash(shell[1]);
    expect(`${installed.stdout}${installed.stderr}`).not.toMatch(/EBADENGINE|npm warn/i);
    const ran = bash(shell[2]);
    expect(ran.stdout.trim().split('\n').pop()).toBe('U.S., Russian diplomats agree to work with Ukraine’s government');
  }, 600000);

  it('gives a stricter client its types: two mistakes caught, typed documents and errors work', () => {
    expect(existsSync(tarball)).toBe(true);
    const project = path.join(dir, 'client');
    mkdirSync(project);
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'client', private: true }));
    run(NPM, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--silent', tarball, 'graphql@16'], project);

    writeFileSync(path.join(project, 'app.ts'), APP);
    writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify(TSCONFIG));
    run(process.execPath, [TSC_BIN, '-p', 'tsconfig.json'], project);

    const { stdout } = run(process.execPath, [path.join(project, 'out', 'app.js'), gateway.url], project);
    expect(JSON.parse(stdout)).toEqual({ headlines: ['U.S., Russian diplomats agree to work with Ukraine’s government'], total: 1 });
  }, 240000);
});
