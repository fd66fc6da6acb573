/**
 * Which gold source descriptions stand for one named person.
 *
 * A definite description ("the senator", "The billionaire businessman", "this
 * reporter") is read as the nearest named gold source before it. That holds
 * only when its head noun is one person: not a group or a plural ("the crowd",
 * "the two", "the women"), not an organization ("the company", "the editorial
 * board"), not a document or other thing ("the ruling", "the lawsuit", "the
 * column"), and not an unnamed or proxy speaker ("the source", "the official",
 * "the spokesman": anonymity is their point, and a spokesman speaks for
 * someone but is not them). The head is the noun before any preposition or
 * relative clause and after any possessive ("the prime minister's spokesman"
 * → "spokesman", "the organizer of a rally" → "organizer").
 *
 * The lists are the scorer's own reading of PolNeAR gold, independent of the
 * extraction's lexicon.
 */

/** "the senator", "The Florida senator", "this reporter": a determiner, at most four words, a lower-case last word. */
const DEFINITE = /^(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\p{L}.’'-]+\s+){0,4}?[\p{Ll}-]+$/u;

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Heads that are not one person. Plurals in -s are caught apart (see `notOnePerson`). */
const NOT_ONE_PERSON_HEADS = words(`
  men women people children chairmen police staff media press public crowd audience youth poor rich left right
  establishment mainstream leadership base wing community nation country state city town district world electorate
  two three four five six seven eight ten both pair couple duo trio few many
  campaign camp team group party faction movement committee department administration government agency office court
  commission council panel board force fund foundation institute federation union church ministry bureau legislature
  organization company firm business airline bank network newspaper tabloid magazine outlet publication site website
  service university school center centre chancellery complex operation prosecution coalition alliance caucus
  delegation family
  statement report poll polling survey study letter ad spot video email memo paper editorial column article piece story
  headline post page platform book movie film show drama skit photo release version document filing affidavit brief
  complaint petition lawsuit suit ruling order decision opinion verdict judgment resolution bill law legislation
  amendment measure proposal plan deal agreement accord compromise initiative summary message missive guidance
  slogan card average tally count data evidence theory finding result outcome question answer analysis forecast
  estimate projection transcript record records constitution vote debate conversation interview speech remark
  percentage number dollar economy market boom move attack effort strategy counterproposal check call investigation
  inquiry probe spat dispute feud day nonprofit non-profit majority flood band class amount crop prospect whispering role
  research clip case footage tweet blog text note notice warning review audit assessment hearing trial indictment
  policy program programme agenda budget index rating bureaucracy
  source person insider official aide spokesman spokeswoman spokesperson
  house senate congress
`);

/** Phrases whose last word alone would read as a person ("the White House"). */
const NOT_ONE_PERSON_PHRASES = /\bwhite house$/i;

/** Words after the head that modify it ("the voters surveyed", "the person familiar with", "the party today"). */
const POSTMODIFIERS = words('involved surveyed polled interviewed questioned quoted asked familiar close present today yesterday tonight now here there alone');

/** The description up to its head: before a preposition, a relative word or 'being', and any postmodifier, as written. */
function headPhrase(text: string): string {
  const ws = text.replace(/\s+/g, ' ').trim().split(/\s(?:of|for|in|on|from|at|with|to|about|who|whose|which|that|being)\s/i)[0].split(' ');
  while (ws.length > 2 && POSTMODIFIERS.has(ws[ws.length - 1].toLowerCase())) ws.pop();
  return ws.join(' ');
}

/** The head noun of a description, as written: its last word before any modifier, after any possessive. */
export function descriptionHead(text: string): string {
  const phrase = headPhrase(text);
  const afterPossessive = phrase.split(/[’']s\s/).pop() ?? phrase;
  const ws = afterPossessive.split(' ');
  return ws[ws.length - 1].replace(/[^\p{L}-]/gu, '');
}

/** Whether a description is of more than one person, or of no person at all. */
export function notOnePerson(text: string): boolean {
  const phrase = headPhrase(text).toLowerCase();
  // "the book and the movie", "the kentucky republican and the new york businessman".
  if (/\s(?:and|or|&)\s/.test(phrase)) return true;
  if (NOT_ONE_PERSON_PHRASES.test(phrase)) return true;
  const written = descriptionHead(text);
  // A capitalised head is a name ("the DNC for its contributions"), not a description.
  if (/^\p{Lu}/u.test(written)) return true;
  const head = written.toLowerCase();
  if (NOT_ONE_PERSON_HEADS.has(head)) return true;
  // A plural ("the candidates"), but not a singular in -ss ("the actress", "the witness").
  return head.endsWith('s') && !head.endsWith('ss');
}

/** Whether a nominal source is a definite description of one person ("the senator", "The billionaire businessman"). */
export function describesOnePerson(text: string): boolean {
  return DEFINITE.test(text) && !notOnePerson(text);
}

/** Unnamed speakers among the heads above: people, though not one named person. */
const UNNAMED_PEOPLE = words('source person insider official aide spokesman spokeswoman spokesperson');

/**
 * Whether a nominal source is a thing, an organization or a group, not a person: a word of it before any preposition
 * is such a head, and none is an unnamed speaker ("a newly uncovered email previously kept secret", "the staff
 * association"; not "a Treasury official").
 */
export function headIsNoPerson(text: string): boolean {
  const ws = headPhrase(text)
    .toLowerCase()
    .split(' ')
    .map((w) => w.replace(/[^\p{L}-]/gu, ''));
  const last = ws[ws.length - 1];
  // "many World Bank watchers": a plural of people.
  if (last.endsWith('s') && !last.endsWith('ss') && !NOT_ONE_PERSON_HEADS.has(last)) return false;
  return ws.some((w) => NOT_ONE_PERSON_HEADS.has(w) && !UNNAMED_PEOPLE.has(w)) && !ws.some((w) => UNNAMED_PEOPLE.has(w));
}
