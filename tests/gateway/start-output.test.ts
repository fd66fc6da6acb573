import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const READY_LINE = /^newsgraph gateway ready at (http:\/\/\S+)$/;

/**
 * What `npm start` prints at its default log level, from start to a signal: the project's own
 * JSON log lines and the one documented line with the URL, nothing from a library, nothing on
 * stderr.
 */
describe('the output of npm start (dist/src/cli/serve.js, default LOG_LEVEL)', () => {
  let dir: string;
  let child: ChildProcess | undefined;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-start-output-'));
  });

  afterAll(() => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('is JSON log lines and the ready line, through a request and a clean stop', async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      DATABASE_URL: join(dir, 'news.db'),
      ENTITY_DATABASE_URL: join(dir, 'entities.db'),
      ENTITY_SERVICE_URL: '',
      REDIS_URL: '',
    };
    const server = spawn(process.execPath, [join(root, 'dist', 'src', 'cli', 'serve.js')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child = server;
    let stdout = '';
    let stderr = '';
    server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      server.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /newsgraph gateway ready at (http:\/\/\S+)\n/.exec(stdout);
        if (match) resolve(match[1]);
      });
      void exited.then((code) => reject(new Error(`exited (${code}) before it was ready:\n${stdout}${stderr}`)));
    });

    const health = await fetch(url.replace(/\/graphql$/, '/healthz'));
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const answer = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ articles(first: 1) { totalCount } }' }) });
    expect(await answer.json()).toMatchObject({ data: { articles: { totalCount: 1 } } });

    server.kill('SIGTERM');
    expect(await exited).toBe(0);

    expect(stderr).toBe('');
    const lines = stdout.trimEnd().split('\n');
    expect(lines.filter((line) => READY_LINE.test(line))).toHaveLength(1);
    const logs = lines.filter((line) => !READY_LINE.test(line)).map((line) => {
      try {
        return JSON.parse(line) as { service?: string; msg?: string };
      } catch {
        return { notJson: line };
      }
    });
    for (const log of logs) expect(log).toMatchObject({ service: 'newsgraph', msg: expect.any(String) });
    // Apollo's notice that it turned on federation tracing by itself is not among them.
    expect(stdout).not.toMatch(/inline tracing/i);
  }, 60000);
});
