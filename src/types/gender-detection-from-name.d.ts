/** The English name map shipped inside gender-detection-from-name (CommonJS `module.exports = new Map(…)`). */
declare module 'gender-detection-from-name/names/en' {
  const names: ReadonlyMap<string, string>;
  export = names;
}
