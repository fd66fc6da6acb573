/** A made-up name word for each number (syllables read as digits, so every one differs), capitalized: hostile inputs naming thousands of distinct entities. */
export function madeUpName(n: number): string {
  const syllables = ['ka', 'lo', 'mi', 'ren', 'dor', 'vas', 'tel', 'bri', 'gan', 'sol', 'pe', 'ru', 'zan', 'fen', 'hol', 'mar', 'quin', 'tor', 'wel', 'yab'];
  let s = '';
  let k = n + 20;
  do {
    s += syllables[k % 20];
    k = Math.floor(k / 20);
  } while (k > 0);
  return s[0].toUpperCase() + s.slice(1);
}

/** Paragraphs made by `make(i)` for i = 0, 1, … until they fill about 960 KB (just under the 1 MB limit). */
export function paragraphsNearLimit(make: (i: number) => string): string[] {
  const paragraphs: string[] = [];
  for (let i = 0, size = 0; size < 960_000; i++) {
    const p = make(i);
    paragraphs.push(p);
    size += p.length + 2;
  }
  return paragraphs;
}

/** What `run` returns and the process CPU time (user + system, all threads) it took, in milliseconds. */
export function withCpuMillis<T>(run: () => T): { result: T; cpuMillis: number } {
  const started = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(started);
  return { result, cpuMillis: (used.user + used.system) / 1000 };
}
