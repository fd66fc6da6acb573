import { readFileSync } from 'node:fs';

/** User + system CPU seconds of the main thread (Linux: /proc/self/task/PID/stat, in clock ticks of 1/100 s); null elsewhere. */
export function mainThreadSeconds(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) in parentheses: utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}
