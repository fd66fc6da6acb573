import { reported } from './article-rows';

describe('reported speech: a work named by its title', () => {
  it('a quoted title after "titled": the work and its title, no source', () => {
    expect(reported('The studio is producing a faux thriller titled “The Day of the Mayor,” which is set in 2030.')).toEqual([
      ['indirect', null, 'titled', 'a faux thriller titled “The Day of the Mayor,”'],
    ]);
  });

  it('an unquoted title in capitals, a subtitle after a colon', () => {
    expect(reported('The book, titled, Harbor Lights: The Further Travels of Tom Reyes, has not yet been released.')).toEqual([
      ['indirect', null, 'titled', 'The book, titled, Harbor Lights: The Further Travels of Tom Reyes'],
    ]);
    expect(reported('A documentary entitled Lowtide opens in the county next week.')).toEqual([['indirect', null, 'entitled', 'A documentary entitled Lowtide']]);
  });

  it('an apostrophe inside a title set off by doubled single quotes', () => {
    expect(reported("There is also a picture book by the cartoonist Ana Silva titled ''A Child's Guide to the Council,'' due in May.")).toEqual([
      ['indirect', null, 'titled', "the cartoonist Ana Silva titled ''A Child's Guide to the Council,''"],
    ]);
  });

  it('a sentence opening with "Titled" reports the title alone', () => {
    expect(reported('Titled “A Quiet Winter on the Bay,” the short video shows the harbor under snow.')[0]).toEqual(['indirect', null, 'Titled', '“A Quiet Winter on the Bay,”']);
  });

  it('"entitled to" a right, and "titled" with no title after it, report nothing', () => {
    expect(reported('Workers at the plant are entitled to extra pay after forty hours.', 'The band’s new record is still untitled and unfinished.')).toEqual([]);
  });
});
