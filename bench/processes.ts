import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** A server the runner started in its own process (so load generation does not share its event loop). */
export interface ServerProcess {
  name: string;
  url: string;
  pid: number;
  /** Largest resident set size seen by sampleRss, in bytes. */
  maxRss: number;
  /** Reads the current RSS from /proc and keeps the maximum; 0 where /proc is missing. */
  sampleRss(): number;
  /** CPU time (user + system) the process has used so far, in ms; 0 where /proc is missing. */
  cpuMs(): number;
  stop(): Promise<void>;
}

/** Resident set size of a process, in bytes (Linux /proc; 0 elsewhere). */
export function rssOf(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** CPU time (user + system) of a process so far, in ms (Linux /proc; 0 elsewhere). */
export function cpuMsOf(pid: number): number {
  try {
    // Fields after the command name (which may hold spaces, hence the last ')'); utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(')').pop()?.trim().split(' ') ?? [];
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * 10 : 0; // USER_HZ is 100 on Linux
  } catch {
    return 0;
  }
}

/**
 * The server side of startServer, for a benchmark server's own process: starts it,
 * prints `READY <url>`, and on SIGTERM closes it and exits (1 if closing failed). A
 * failure to start is printed under `name` and exits with 1.
 */
export function runServer(name: string, start: () => Promise<{ url: string; close(): Promise<unknown> }>): void {
  start().then(
    (server) => {
      process.stdout.write(`READY ${server.url}\n`);
      process.once('SIGTERM', () => {
        server.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      });
    },
    (error: unknown) => {
      process.stderr.write(`${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}

/**
 * Starts `node nodeArgs… script args…` and resolves once it prints `READY <url>`.
 * Rejects (and kills it) if it exits or stays silent for `timeoutMs`.
 */
export function startServer(name: string, script: string, args: string[], env: Record<string, string>, nodeArgs: string[] = [], timeoutMs = 30000): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...nodeArgs, script, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4000);
  });
  return new Promise((resolve, reject) => {
    let stdout = '';
    const fail = (reason: string): void => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${name}: ${reason}\n${stderr}`));
    };
    const timer = setTimeout(() => fail(`not ready after ${timeoutMs} ms`), timeoutMs);
    child.once('exit', (code) => fail(`exited with code ${code} before it was ready`));
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const match = /READY (\S+)/.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      child.stdout?.removeAllListeners('data');
      child.stdout?.resume();
      resolve(serverProcess(name, match[1], child));
    });
  });
}

function serverProcess(name: string, url: string, child: ChildProcess): ServerProcess {
  const pid = child.pid ?? 0;
  const server: ServerProcess = {
    name,
    url,
    pid,
    maxRss: 0,
    sampleRss() {
      const rss = rssOf(pid);
      server.maxRss = Math.max(server.maxRss, rss);
      return rss;
    },
    cpuMs: () => cpuMsOf(pid),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const force = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
  return server;
}
