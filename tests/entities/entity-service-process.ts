import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface EntityServiceProcess {
  url: string;
  child: ChildProcess;
  /** Sends SIGTERM and resolves with the exit code once the process is gone. */
  stop(): Promise<number | null>;
}

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'src', 'cli', 'entity-service.js');

/**
 * Starts the compiled `npm run entity-service` (built by tests/global-setup.ts)
 * on a free port and resolves once it prints its URL.
 */
export function startEntityServiceProcess(env: Record<string, string>): Promise<EntityServiceProcess> {
  const child = spawn(process.execPath, [CLI], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', ENTITY_SERVICE_PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async (): Promise<number | null> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    return exited;
  };
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /entity service listening on (http:\/\/\S+)/.exec(stdout);
      if (match) resolve({ url: match[1], child, stop });
    });
    void exited.then((code) => reject(new Error(`entity service exited (${code}) before listening: ${stderr}`)));
  });
}
