import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface GatewayProcess {
  /** The GraphQL endpoint the process printed, e.g. http://127.0.0.1:41234/graphql */
  url: string;
  child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Sends SIGTERM and resolves with the exit code once the process is gone. */
  stop(): Promise<number | null>;
}

const ROOT = join(__dirname, '..', '..');
const SERVE = join(ROOT, 'dist', 'src', 'cli', 'serve.js');

/**
 * Starts the compiled gateway (`npm start` without the build step; dist/ is
 * built by tests/global-setup.ts) on a free port, and resolves once it
 * prints its URL. `env` is added to this process's environment.
 */
export function startGatewayProcess(env: Record<string, string>): Promise<GatewayProcess> {
  const child = spawn(process.execPath, [SERVE], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async (): Promise<number | null> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    return exited;
  };
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /gateway ready at (http:\/\/\S+)/.exec(output);
      if (match) resolve({ url: match[1], child, output: () => output, stop });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => reject(new Error(`gateway exited (${code}) before it was ready:\n${output}`)));
  });
}

/** Runs the compiled gateway expecting it to refuse to start; resolves with its exit code and output. */
export function runGatewayExpectingFailure(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [SERVE], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 15000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
