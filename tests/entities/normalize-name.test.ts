import { normalizeName } from '../../src/entities/normalize-name';

describe('normalizeName', () => {
  test.each([
    ['John F. Kerry', 'john f kerry'],
    ['U.S.', 'us'],
    ['Sergéi   Lavrov', 'sergei lavrov'],
    ['Kerry, John', 'kerry john'],
    ['O’Brien', "o'brien"],
    ['Jean-Marc Ayrault', 'jean-marc ayrault'],
    ['- Kerry -', 'kerry'],
    ["'Lavrov'", 'lavrov'],
    ['ＮＡＴＯ', 'nato'],
    ['...', ''],
  ])('%s → %s', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });
});
