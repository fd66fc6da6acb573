/**
 * Patterns compiled when their module loads, not on first use. V8 (Node 20)
 * compiles a pattern on its first uses, and one first used once the process
 * holds much compiled code (more than 1 MB of patterns' and 16 MB of executable
 * code) is compiled without its optimizations: the clause-start source patterns,
 * first used late in a long ingest, ran 3 to 7 times slower (measured on the
 * heads of 200 PolNeAR train articles) than the same patterns compiled at load.
 */

/** Texts of one-byte and of two-byte characters, which V8 compiles a pattern for separately. */
const COMPILE_SAMPLES = ['the officials said', 'the officials’ aides said'];

/** `re`, compiled now for both kinds of text: two runs on each (the first is interpreted, the second compiles native code). */
export function compiledNow<T extends RegExp>(re: T): T {
  for (const sample of COMPILE_SAMPLES) {
    for (let run = 0; run < 2; run++) {
      re.lastIndex = 0;
      re.exec(sample);
    }
  }
  re.lastIndex = 0;
  return re;
}
