/**
 * Publication dates as news pages write them → ISO 8601 (UTC). Pure; no I/O.
 *
 * Read: ISO 8601 ("2024-03-05", "2024-03-05T14:30:00Z", "2024-03-05T09:30-05:00"); US forms with
 * a month name ("March 5, 2024", "Tue, Mar. 5, 2024", "Sept. 5, 2024 2:30 p.m. EST"); day-first
 * forms ("5 March 2024", "Sat 2 Sep 2023 09.00 BST"); numeric US dates ("3/5/2024" is March 5); the time
 * before the date ("5:32 p.m. EDT Oct. 3, 2016", "5:32 PM ET, Mon October 3, 2016", "10:15 a.m. on March 5, 2024").
 * A time of day counts only with a zone whose offset is fixed (UTC, GMT, EST, EDT, CST, CDT, MST,
 * MDT, PST, PDT, BST, CET, CEST) or an ISO offset; otherwise the date stands alone, at 00:00 UTC.
 */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const ZONE_OFFSET_MINUTES: Record<string, number> = {
  UTC: 0, GMT: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420, BST: 60, CET: 60, CEST: 120,
};

const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\\.?,?\\s+)?';
/** "2:30 p.m. EST", "14:30 GMT", "09.00 BST", "at 10 a.m.". */
const TIME = '(?:,?\\s+(?:at\\s+)?(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?)?(?:\\s+([A-Z]{1,4}))?)?';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const MONTH_FIRST = new RegExp(`^${WEEKDAY}${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME}$`, 'i');
const DAY_FIRST = new RegExp(`^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME},?\\s+(\\d{4})${TIME}$`, 'i');
const NUMERIC_US = new RegExp(`^(\\d{1,2})/(\\d{1,2})/(\\d{4})${TIME}$`, 'i');
/** "5:32 p.m. EDT Oct. 3, 2016", "5:32 PM ET, Mon October 3, 2016": a clock time (its minutes or a.m./p.m. required) before a month-first date. */
const TIME_FIRST = new RegExp(
  `^(\\d{1,2})(?:(?:[:.](\\d{2}))\\s*(a\\.?m\\.?|p\\.?m\\.?)?|\\s*(a\\.?m\\.?|p\\.?m\\.?))(?:\\s+([A-Z]{1,4}))?,?\\s+(?:on\\s+)?${WEEKDAY}${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`,
  'i',
);

/** The date (and time, when it can be placed) a text gives, as ISO 8601 UTC; null when it is not a date this reads. */
export function parseNewsDate(raw: string): string | null {
  const text = raw.trim().replace(/\s+/g, ' ').replace(/[.,;]$/, '');
  if (text.length === 0 || text.length > 60) return null;
  const iso = ISO.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, zone] = iso;
    if (h === undefined) return dateOnly(+y, +mo, +d);
    const offset = zone === undefined ? 0 : zoneOffset(zone);
    return instant(+y, +mo, +d, +h, +mi, +(s ?? 0), offset);
  }
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst) return withTime(+monthFirst[3], monthOf(monthFirst[1]), +monthFirst[2], monthFirst.slice(4));
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return withTime(+dayFirst[3], monthOf(dayFirst[2]), +dayFirst[1], dayFirst.slice(4));
  const numeric = NUMERIC_US.exec(text);
  if (numeric) return withTime(+numeric[3], +numeric[1], +numeric[2], numeric.slice(4));
  const timeFirst = TIME_FIRST.exec(text);
  if (timeFirst) {
    const [, hour, minute, meridiem, bareMeridiem, zone, month, day, year] = timeFirst;
    // Opening the line, the time must be one: "25:10 March 5" or "13 p.m. March 5" is no date line.
    if (+hour > ((meridiem ?? bareMeridiem) === undefined ? 23 : 12) || +(minute ?? 0) > 59) return null;
    return withTime(+year, monthOf(month), +day, [hour, minute, meridiem ?? bareMeridiem, zone]);
  }
  return null;
}

/**
 * The publication date of a date line near the top of an article: "Published March 5, 2024",
 * "Updated 2024-03-05T14:30:00Z", "First published on Tue 5 Mar 2024 09.00 GMT", or a bare date.
 * `updated` tells a line that gives when the story was last changed.
 */
export function dateLineOf(line: string): { date: string; updated: boolean } | null {
  const m = /^(?:(first published|published|posted|last updated|updated)\b\s*(?:on|at)?:?\s*)?(.*)$/i.exec(line.trim());
  if (!m) return null;
  const date = parseNewsDate(m[2].replace(/\s*\|.*$/, ''));
  if (date === null) return null;
  return { date, updated: /updated/i.test(m[1] ?? '') };
}

function monthOf(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, '').slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)] ?? 0;
}

/** A date with the time parts of TIME (hour, minute, am/pm, zone): the instant when the zone is known, else the date alone. */
function withTime(year: number, month: number, day: number, time: (string | undefined)[]): string | null {
  const [hour, minute, meridiem, zone] = time;
  if (hour === undefined || zone === undefined || !(zone.toUpperCase() in ZONE_OFFSET_MINUTES)) return dateOnly(year, month, day);
  let h = +hour;
  if (meridiem !== undefined) {
    if (h < 1 || h > 12) return null;
    const pm = /^p/i.test(meridiem);
    h = (h % 12) + (pm ? 12 : 0);
  }
  return instant(year, month, day, h, +(minute ?? 0), 0, ZONE_OFFSET_MINUTES[zone.toUpperCase()]);
}

function zoneOffset(zone: string): number {
  if (/^z$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)!;
  return (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + +m[3]);
}

function dateOnly(year: number, month: number, day: number): string | null {
  return instant(year, month, day, 0, 0, 0, 0);
}

/** The UTC instant of a local time at `offset` minutes from UTC; null for a date or time that does not exist. */
function instant(year: number, month: number, day: number, hour: number, minute: number, second: number, offset: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const local = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(local);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return new Date(local - offset * 60_000).toISOString();
}
