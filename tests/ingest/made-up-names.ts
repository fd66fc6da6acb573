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
