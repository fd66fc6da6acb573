/**
 * Word lists for reported speech: the cues that introduce a reported clause,
 * the nouns that can be a source, and the phrases of time and occasion that
 * sit between a cue and its content.
 */
import { ORGANIZATION_NOUNS, PERSON_NOUNS } from './lexicon';

export interface CueInfo {
  /** "told reporters that …": an object before the content; 'required' for tell, 'optional' for warn. */
  object: 'required' | 'optional' | 'none';
  /** "…, saying that …": shares the subject of the main clause. */
  participle: boolean;
}

function cues(list: string, info: CueInfo): [string, CueInfo][] {
  return list
    .split(/[|\n]/)
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w !== '')
    .map((w) => [w, info]);
}

const NONE: CueInfo = { object: 'none', participle: false };

/** Cues that take a reported clause, as news copy writes them. */
export const REPORTING_CUES: ReadonlyMap<string, CueInfo> = new Map([
  ...cues(
    `said|says|say|added|adds|wrote|writes|noted|notes|argued|argues|argue|insisted|insists|insist|
claimed|claims|claim|acknowledged|acknowledges|acknowledge|admitted|admits|admit|explained|explains|
stressed|stresses|emphasized|emphasizes|emphasised|suggested|suggests|suggest|announced|announces|
reported|predicted|predicts|predict|promised|promises|promise|vowed|vows|vow|pledged|pledges|declared|
declares|stated|contended|contends|contend|maintained|maintains|maintain|asserted|asserts|assert|
alleged|alleges|allege|charged|complained|complains|complain|conceded|concedes|concede|confirmed|
confirms|confirm|denied|denies|deny|estimated|estimates|estimate|believes|believe|believed|thinks|
think|hopes|hope|hoped|fears|fear|feared|worries|worried|agreed|agrees|agree|recalled|recalls|
responded|replied|countered|counters|concluded|concludes|indicated|indicates|revealed|reveals|
signaled|signalled|hinted|testified|tweeted|cautioned|boasted|bragged|joked|quipped|speculated|
observed|lamented|pointed out|points out|made clear|makes clear|has made clear|conceded|mused|
acknowledged|expects|expect|predicted|projected|projects|forecast|forecasts|found|finds|show|shows|
showed|suggested|warned|warns|warn|cautions|cautioned|reiterated|reiterates|repeated|noted|announced|
declared|asserted|posited|proclaimed|proclaims|stated|wondered|questioned|demanded|demands|demand|
recommended|recommends|proposed|proposes|insisted|acknowledged|disclosed|discloses|explained|
suspects|suspected|doubts|doubted|admitted`,
    NONE,
  ).map(([w, i]): [string, CueInfo] => [w, /^warn/.test(w) || /^caution/.test(w) ? { object: 'optional', participle: false } : i]),
  ...cues(`told|tells|tell|assured|assures|reminded|reminds|informed|informs|advised|advises`, { object: 'required', participle: false }),
  ...cues(
    `saying|adding|noting|arguing|insisting|claiming|warning|explaining|suggesting|stressing|
acknowledging|admitting|declaring|predicting|promising|vowing|asserting|contending|complaining|
conceding|maintaining|emphasizing|emphasising|pointing out|charging|alleging|reiterating`,
    { object: 'none', participle: true },
  ),
  ...cues(`telling|reminding|assuring`, { object: 'required', participle: true }),
]);

/** Nouns that can head a source phrase: "officials", "the ministry", "a new poll", "his campaign". */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set([
  ...PERSON_NOUNS,
  ...ORGANIZATION_NOUNS,
  ...`officials|spokespeople|aides|advisers|advisors|analysts|experts|critics|supporters|opponents|
authorities|prosecutors|investigators|lawyers|attorneys|researchers|scientists|economists|democrats|
republicans|voters|residents|observers|witnesses|leaders|lawmakers|members|candidates|nominee|candidate|
allies|advocates|activists|executives|employees|staff|staffers|representatives|delegates|donors|
strategists|pollsters|historians|scholars|insiders|operatives|conservatives|liberals|progressives|
organizers|organisers|spokesmen|spokeswomen|officers|agents|diplomats|ministers|senators|governors|
report|reports|poll|polls|survey|surveys|study|studies|statement|filing|filings|memo|letter|records|
documents|document|release|website|analysis|data|figures|court papers|complaint|lawsuit|suit|
indictment|audit|review|investigation|book|article|editorial|column|ad|advertisement|post|tweet|email|
e-mail|emails|message|messages|transcript|testimony|ruling|order|decision|opinion|guidance|plan|
proposal|budget|forecast|estimate|estimates|projection|model|white house|pentagon|congress|senate|
house|parliament|cabinet|regime|regulators|agencies|groups|companies|firms|parties|campaigns|unions|
lawmaker|staffer|aide|adviser|advisor|strategist|pollster|expert|critic|supporter|opponent`
    .split(/[|\n]/)
    .map((w) => w.trim())
    .filter((w) => w !== ''),
]);

/** Time and occasion between a cue and its content: " Tuesday", " in a statement", " on CNN's "State of the Union"". */
export const TIME_PHRASE = new RegExp(
  '^(?:\\s*,?\\s*(?:' +
    [
      '(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\\s+(?:night|morning|afternoon|evening))?',
      'today|yesterday|tonight|recently|earlier|later|previously|again|repeatedly|publicly|privately|afterward|afterwards',
      '(?:last|this|next)\\s+(?:week|month|year|night|morning|weekend|spring|summer|fall|autumn|winter)',
      '(?:earlier|later)\\s+(?:this|that|in\\s+the)\\s+(?:week|month|year|day)',
      '(?:on|in|at|during|after|before|via|through)\\s+(?:a|an|the|his|her|their|its|one)\\s+(?:[\\p{L}’\'.-]+\\s+){0,4}?(?:statement|interview|speech|conference|call|appearance|hearing|letter|post|tweet|email|e-mail|video|rally|debate|event|briefing|message|op-ed|show|broadcast|meeting|session|memo|filing|release|report|radio\\s+interview|town\\s+hall|news\\s+conference|press\\s+conference|conference\\s+call|Facebook\\s+post|blog\\s+post|sermon|address|remarks|testimony)(?:\\s+(?:with|on|to|at|in|for|from)\\s+(?:the\\s+)?(?:[\\p{Lu}][\\p{L}.’\'-]*(?:[’\']s)?\\s*){1,4})?',
      '(?:on|to)\\s+(?:[\\p{Lu}][\\p{L}.’\'-]*(?:[’\']s)?\\s*){1,3}(?:["“][^"”“]{1,60}["”])?',
      '(?:in|since)\\s+\\d{4}',
      'in\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\\s+\\d{4})?',
      '(?:on\\s+)?(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\\.\\s+\\d{1,2}',
    ].join('|') +
    '))*',
  'u',
);
