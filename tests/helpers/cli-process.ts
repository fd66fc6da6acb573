import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface CliProcess {
  /** The URL the process printed when it was ready. */
  url: string;
  child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Sends SIGTERM and resolves with the exit code once the process is gone. */
  stop(): Promise<number | null>;
}

const ROOT = join(__dirname, '..', '..');

/**
 * Starts one of the compiled commands (dist/src/cli/NAME.js, built by
 * tests/global-setup.ts) on loopback, and resolves once its output matches
 * `ready` (whose first group is the URL); rejects if it exits first.
 * `env` is added to this process's environment.
 */
export function startCliProcess(name: string, env: Record<string, string>, ready: RegExp): Promise<CliProcess> {
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'src', 'cli', `${name}.js`)], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async (): Promise<number | null> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    return exited;
  };
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (match) resolve({ url: match[1], child, output: () => output, stop });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => reject(new Error(`${name} exited (${code}) before it was ready:\n${output}`)));
  });
}

/** Runs a compiled command expecting it to refuse to start; resolves with its exit code and output. */
export function runCliExpectingFailure(name: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'src', 'cli', `${name}.js`)], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
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
