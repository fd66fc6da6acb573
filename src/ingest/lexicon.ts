/**
 * Word lists the rule-based extractors rely on. All entries are lower case;
 * callers compare lower-cased tokens. Lists are deliberately general (news
 * vocabulary, world geography), not tuned to any one article.
 */
import type { OrganizationKind } from '../entities/records';

function set(words: string): ReadonlySet<string> {
  return new Set(
    words
      .split(/[|\n]/)
      .map((w) => w.trim().toLowerCase())
      .filter((w) => w !== ''),
  );
}

/** Verbs that introduce speech, in the forms news copy uses. */
export const SPEECH_VERBS = set(`
said|says|say|told|tells|added|adds|insisted|insists|argued|argues|warned|warns|noted|notes|asked|asks|
wrote|writes|tweeted|tweets|posted|explained|explains|declared|declares|stated|states|replied|replies|
responded|responds|recalled|recalls|continued|continues|acknowledged|acknowledges|admitted|admits|
added|announced|announces|claimed|claims|conceded|concedes|contended|contends|countered|counters|
cautioned|cautions|emphasized|emphasised|stressed|stresses|suggested|suggests|urged|urges|vowed|vows|
predicted|predicts|promised|promises|remarked|remarks|observed|observes|complained|complains|
maintained|maintains|boasted|boasts|joked|jokes|quipped|quips|shouted|shouts|yelled|wondered|
testified|testifies|recounted|recounts|confirmed|confirms|denied|denies|
charged|pleaded|answered|answers|wrote|explained|described|describes|called|calls|
accused|accuses|criticized|criticised|criticizes|praised|praises|dismissed|dismisses|denounced|
condemned|condemns|blasted|slammed|hailed|pledged|pledges|demanded|demands|questioned|lamented|
mocked|defended|defends|
saying|adding|insisting|arguing|warning|noting|asking|writing|tweeting|explaining|declaring|stating|
telling|calling|describing|claiming|stressing|urging|vowing|predicting|promising|acknowledging|
admitting|announcing|contending|complaining|suggesting|recalling|cautioning|emphasizing|
`);

/** Speech verbs as a regex alternation, longest first. */
export const SPEECH_VERB_ALT = [...SPEECH_VERBS].sort((a, b) => b.length - a.length).join('|');

/** Adverbs and auxiliaries that may sit between a subject and its speech verb ("has repeatedly said"). */
export const VERB_ADVERBS =
  '(?:also|later|then|previously|repeatedly|again|recently|often|frequently|once|publicly|privately|flatly|firmly|just|only|still|quickly|angrily|bluntly|simply|further|earlier|long|never|already|since|has|had|have|was|is|would|will|could|did|does|had|may|might|must|should|can)';

/**
 * Between a name and what follows it: an optional parenthetical ("(D-Calif.)")
 * and an optional appositive or relative clause set off by commas, which may
 * hold a quotation whose comma sits inside the marks (`, whose role critics
 * called "a reinvention,"`). Up to three such comma pieces: AP's `Rep. Chip Roy,
 * R-Texas, a leader of the Freedom Caucus, said`.
 */
export const APPOSITIVE_GAP = '(?:\\s*\\([^()]{0,60}\\))?(?:\\s*,(?:(?:[^,"“”]|["“][^"”“]*[^,"”]["”])*(?:,|["“][^"”“]*,["”])){1,3})?(?:\\s*\\([^()]{0,60}\\))?';

/** Speech verbs that on their own (no object) report a direct quotation after a quote. */
export const PARTICIPLE_SPEECH = set(`saying|adding|insisting|arguing|warning|noting|asking|writing|
tweeting|explaining|declaring|stating|telling|calling|describing|claiming|stressing|urging|vowing|
predicting|promising|acknowledging|admitting|announcing|contending|complaining|suggesting|recalling|
cautioning|emphasizing`);

/**
 * Title heads: the word or phrase a title ends with, just before a name
 * ("Foreign Minister Sergei Lavrov") or at the head of an appositive
 * ("Russia's ambassador to the United States").
 */
export const TITLE_HEADS = set(`
president|vice president|president-elect|prime minister|premier|chancellor|secretary of state|
secretary|secretary-general|undersecretary|under secretary|assistant secretary|deputy secretary|
minister|foreign minister|defense minister|defence minister|interior minister|finance minister|
ambassador|envoy|emissary|consul|diplomat|sen.|senator|rep.|representative|congressman|congresswoman|
congressmember|gov.|governor|lt. gov.|mayor|deputy mayor|councilman|councilwoman|councilmember|
alderman|lawmaker|legislator|speaker|leader|majority leader|minority leader|whip|chairman|chairwoman|
chair|chairperson|vice chairman|vice chair|ceo|cfo|coo|cto|chief executive|chief executive officer|
founder|co-founder|cofounder|owner|publisher|editor|editor-in-chief|spokesman|spokeswoman|
spokesperson|press secretary|attorney general|attorney|prosecutor|district attorney|solicitor general|
judge|justice|chief justice|magistrate|sheriff|commissioner|police chief|chief|inspector|detective|
officer|constable|superintendent|director|deputy director|administrator|manager|general manager|
head|coach|head coach|boss|captain|gen.|general|lt.|lt. gen.|maj. gen.|brig. gen.|lieutenant|col.|colonel|
maj.|major|capt.|sgt.|sergeant|adm.|admiral|commander|cmdr.|marshal|king|queen|prince|princess|
emperor|pope|cardinal|archbishop|bishop|rabbi|imam|rev.|reverend|pastor|sheikh|ayatollah|
professor|prof.|economist|analyst|researcher|scientist|historian|president and ceo|dean|provost|
principal|superintendent|treasurer|comptroller|auditor|registrar|clerk|delegate|mep|mp|
member of parliament|dr.|official|executive|negotiator|adviser|advisor|aide|counselor|counsel|
oceanographer|glaciologist|epidemiologist|physicist|biologist|chemist|geologist|climatologist|
expert|engineer|teacher|nurse|doctor|physician|surgeon|lawyer|author|co-author|writer|novelist|
reporter|journalist|correspondent|columnist|photographer|student|farmer|consultant|specialist|
fellow|lecturer|scholar|curator|architect|accountant|banker|trader|investor|entrepreneur|
actor|actress|singer|musician|artist|filmmaker|producer|playwright|poet|designer|
quarterback|striker|midfielder|goalkeeper|pitcher|forward|guard|defender|player|manager|
head of|general secretary|secretary general|executive director|chief economist|

strategist|pollster|organizer|activist|campaigner|director-general|managing director|partner|
president of the united states|foreign secretary|home secretary|health secretary|defense secretary|
defence secretary|treasury secretary|commerce secretary|energy secretary|interior secretary|
labor secretary|education secretary|transportation secretary|homeland security secretary|
health minister|trade minister|justice minister|economy minister|energy minister|
`);

/** Title heads strong enough to make an otherwise unknown capitalized word a person ("President Obama"). */
export const NAME_PREFIX_TITLES = set(`
president|vice president|president-elect|prime minister|premier|chancellor|secretary of state|
secretary|minister|foreign minister|defense minister|ambassador|envoy|sen.|senator|rep.|representative|
congressman|congresswoman|gov.|governor|mayor|councilman|councilwoman|speaker|leader|chairman|
chairwoman|ceo|chief executive|spokesman|spokeswoman|spokesperson|press secretary|attorney general|
prosecutor|district attorney|judge|justice|chief justice|sheriff|commissioner|police chief|chief|
inspector|detective|officer|director|coach|captain|gen.|general|lt.|lt. gen.|maj. gen.|brig. gen.|
lieutenant|col.|colonel|maj.|major|capt.|sgt.|sergeant|adm.|admiral|commander|marshal|king|queen|
prince|princess|emperor|pope|cardinal|archbishop|bishop|rabbi|imam|rev.|reverend|pastor|sheikh|
ayatollah|professor|prof.|dean|superintendent|foreign secretary|home secretary|defense secretary|
treasury secretary|director-general|secretary-general|economist|analyst|lawmaker|mep|mp|
`);

/** Honorifics: mark a person and sometimes gender, but are not titles. */
export const HONORIFICS: ReadonlyMap<string, 'male' | 'female' | null> = new Map([
  ['mr.', 'male'],
  ['mr', 'male'],
  ['mrs.', 'female'],
  ['mrs', 'female'],
  ['ms.', 'female'],
  ['ms', 'female'],
  ['miss', 'female'],
  ['dr.', null],
  // British style writes these without a period: "Dr René van Westen", "Prof Penny Holliday".
  ['dr', null],
  ['prof', null],
  ['prof.', null],
  ['sir', 'male'],
  ['dame', 'female'],
  ['lord', 'male'],
  ['lady', 'female'],
]);

/** Abbreviated titles written in full in a person's title. */
export const TITLE_EXPANSIONS: ReadonlyMap<string, string> = new Map([
  ['sen.', 'Senator'],
  ['rep.', 'Representative'],
  ['gov.', 'Governor'],
  ['lt. gov.', 'Lieutenant Governor'],
  ['gen.', 'General'],
  ['lt. gen.', 'Lieutenant General'],
  ['maj. gen.', 'Major General'],
  ['brig. gen.', 'Brigadier General'],
  ['lt.', 'Lieutenant'],
  ['col.', 'Colonel'],
  ['maj.', 'Major'],
  ['capt.', 'Captain'],
  ['sgt.', 'Sergeant'],
  ['adm.', 'Admiral'],
  ['cmdr.', 'Commander'],
  ['prof.', 'Professor'],
  ['rev.', 'Reverend'],
]);

/** Words that mark gender in titles and descriptors. */
export const FEMALE_WORDS = set(`chairwoman|spokeswoman|congresswoman|councilwoman|queen|princess|
actress|businesswoman|mother|daughter|wife|sister|grandmother|woman|girl|mrs.|ms.|lady|dame|duchess|
empress|widow|she|her`);
export const MALE_WORDS = set(`chairman|spokesman|congressman|councilman|king|prince|actor|
businessman|father|son|husband|brother|grandfather|man|boy|mr.|lord|sir|duke|emperor|widower|
he|his|him|pope|sheikh|ayatollah|rabbi`);

/** Lower-case words that may precede a title and belong to it ("former", "ousted pro-Russian"). */
export const TITLE_MODIFIERS = set(`former|ousted|acting|interim|deputy|outgoing|incoming|late|
embattled|then|then-|newly|elected|newly elected|longtime|veteran|embattled|exiled|deposed|
jailed|detained|assistant|associate|senior|junior|chief|top|retired|current|fellow|
`);

/** Nationality adjectives and country forms that qualify a title. */
export const DEMONYMS = set(`
u.s.|us|american|russian|ukrainian|british|english|scottish|welsh|irish|french|german|italian|
spanish|portuguese|dutch|belgian|swiss|austrian|swedish|norwegian|danish|finnish|polish|czech|
slovak|hungarian|romanian|bulgarian|greek|turkish|serbian|croatian|bosnian|albanian|georgian|
armenian|azerbaijani|belarusian|moldovan|lithuanian|latvian|estonian|chinese|japanese|korean|
south korean|north korean|taiwanese|indian|pakistani|afghan|iranian|iraqi|syrian|lebanese|
israeli|palestinian|jordanian|egyptian|saudi|emirati|qatari|yemeni|kuwaiti|libyan|tunisian|
algerian|moroccan|nigerian|kenyan|ethiopian|somali|sudanese|south african|ghanaian|ugandan|
congolese|zimbabwean|canadian|mexican|brazilian|argentine|argentinian|chilean|colombian|
venezuelan|peruvian|cuban|bolivian|ecuadorian|australian|new zealand|indonesian|malaysian|
filipino|thai|vietnamese|burmese|bangladeshi|sri lankan|nepali|kazakh|uzbek|european|
`);

/** Places: countries, capitals, major cities, U.S. states, regions. Never people or organizations. */
export const PLACES = set(`
afghanistan|albania|algeria|andorra|angola|argentina|armenia|australia|austria|azerbaijan|bahamas|
bahrain|bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|bosnia|botswana|brazil|
brunei|bulgaria|burkina faso|burundi|cambodia|cameroon|canada|chad|chile|china|colombia|congo|
costa rica|croatia|cuba|cyprus|czech republic|czechia|denmark|djibouti|dominican republic|ecuador|
egypt|el salvador|eritrea|estonia|eswatini|ethiopia|fiji|finland|france|gabon|gambia|georgia|
germany|ghana|greece|grenada|guatemala|guinea|guyana|haiti|honduras|hungary|iceland|india|
indonesia|iran|iraq|ireland|israel|italy|ivory coast|jamaica|japan|jordan|kazakhstan|kenya|kosovo|
kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|libya|liechtenstein|lithuania|luxembourg|
madagascar|malawi|malaysia|maldives|mali|malta|mauritania|mauritius|mexico|moldova|monaco|
mongolia|montenegro|morocco|mozambique|myanmar|burma|namibia|nepal|netherlands|holland|
new zealand|nicaragua|niger|nigeria|north korea|south korea|korea|north macedonia|macedonia|norway|
oman|pakistan|palestine|panama|paraguay|peru|philippines|poland|portugal|qatar|romania|russia|
rwanda|saudi arabia|senegal|serbia|sierra leone|singapore|slovakia|slovenia|somalia|south africa|
south sudan|spain|sri lanka|sudan|suriname|sweden|switzerland|syria|taiwan|tajikistan|tanzania|
thailand|togo|trinidad|tunisia|turkey|turkmenistan|uganda|ukraine|united arab emirates|uae|
united kingdom|uk|u.k.|britain|great britain|england|scotland|wales|northern ireland|
united states|united states of america|america|us|u.s.|usa|u.s.a.|uruguay|uzbekistan|vatican|
venezuela|vietnam|yemen|zambia|zimbabwe|gaza|west bank|crimea|transnistria|chechnya|kashmir|
tibet|xinjiang|hong kong|macau|greenland|puerto rico|guam|donbas|donetsk|luhansk|abkhazia|
kabul|tirana|algiers|luanda|buenos aires|yerevan|canberra|vienna|baku|manama|dhaka|minsk|brussels|
sarajevo|brasilia|sofia|phnom penh|ottawa|santiago|beijing|bogota|havana|nicosia|prague|
copenhagen|cairo|tallinn|addis ababa|helsinki|paris|tbilisi|berlin|accra|athens|guatemala city|
port-au-prince|budapest|reykjavik|new delhi|delhi|jakarta|tehran|baghdad|dublin|jerusalem|
tel aviv|rome|kingston|tokyo|amman|astana|nairobi|pristina|kuwait city|bishkek|riga|beirut|tripoli|
vilnius|luxembourg|kuala lumpur|bamako|valletta|mexico city|chisinau|ulaanbaatar|podgorica|rabat|
maputo|naypyidaw|yangon|kathmandu|amsterdam|the hague|wellington|managua|abuja|lagos|pyongyang|
skopje|oslo|muscat|islamabad|karachi|lahore|panama city|asuncion|lima|manila|warsaw|lisbon|doha|
bucharest|moscow|kigali|riyadh|dakar|belgrade|freetown|bratislava|ljubljana|mogadishu|pretoria|
johannesburg|cape town|seoul|juba|madrid|barcelona|colombo|khartoum|stockholm|bern|geneva|zurich|
damascus|aleppo|taipei|dushanbe|dodoma|dar es salaam|bangkok|tunis|ankara|istanbul|kampala|kiev|
kyiv|kharkiv|odessa|odesa|lviv|sevastopol|simferopol|abu dhabi|dubai|london|manchester|
birmingham|liverpool|glasgow|edinburgh|cardiff|belfast|washington|washington d.c.|d.c.|new york|
new york city|los angeles|chicago|houston|phoenix|philadelphia|san antonio|san diego|dallas|
san jose|austin|san francisco|seattle|denver|boston|detroit|nashville|memphis|portland|las vegas|
baltimore|milwaukee|atlanta|miami|oakland|minneapolis|cleveland|tampa|pittsburgh|cincinnati|
st. louis|sacramento|orlando|new orleans|honolulu|anchorage|montevideo|caracas|hanoi|sanaa|lusaka|
harare|hamburg|munich|frankfurt|cologne|milan|naples|venice|florence|marseille|lyon|nice|
st. petersburg|novosibirsk|vladivostok|mumbai|bombay|kolkata|chennai|bangalore|shanghai|
hong kong|shenzhen|guangzhou|wuhan|osaka|kyoto|sydney|melbourne|brisbane|perth|toronto|montreal|
vancouver|quebec|rio de janeiro|sao paulo|mosul|basra|fallujah|kandahar|herat|benghazi|homs|
idlib|raqqa|rafah|khan younis|ramallah|hebron|haifa|gdansk|krakow|marseilles|
alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho|
illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|
mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|north carolina|
north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|
texas|utah|vermont|virginia|west virginia|wisconsin|wyoming|calif.|texas|fla.|n.y.|ill.|mass.|
africa|asia|europe|north america|south america|latin america|antarctica|middle east|
the middle east|balkans|caucasus|scandinavia|siberia|the east|the west|east|west|north|south|
eastern europe|western europe|central asia|southeast asia|east asia|the gulf|persian gulf|
black sea|baltic|the baltics|mediterranean|atlantic|pacific|arctic|indian ocean|red sea|
caribbean|sahel|sahara|silicon valley|wall street|capitol hill|downing street|midwest|
`);

/** Capitalized words that never begin or form a name on their own. */
export const NON_NAME_WORDS = set(`
the|a|an|and|or|but|nor|so|yet|for|of|in|on|at|to|by|from|with|without|into|onto|over|under|after|
before|during|since|until|while|when|where|why|how|what|which|who|whom|whose|that|this|these|
those|there|here|then|than|it|its|he|she|they|we|you|i|his|her|their|our|my|your|him|them|us|
if|as|because|although|though|however|meanwhile|moreover|still|also|both|each|every|all|some|
any|many|much|most|more|few|several|no|not|none|one|two|three|four|five|six|seven|eight|nine|
ten|first|second|third|last|next|new|other|another|such|only|even|just|now|later|earlier|today|
tonight|yesterday|tomorrow|asked|said|says|according|unlike|like|despite|among|amid|about|above|
across|against|along|around|behind|below|beneath|beside|between|beyond|near|off|out|through|
throughout|toward|towards|upon|within|instead|rather|already|again|once|twice|perhaps|maybe|
indeed|yes|no|please|thank|thanks|well|oh|mr|mrs|ms|dr|administration|officials|official|
government|governments|police|authorities|western|eastern|northern|southern|central|
monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|
july|august|september|october|november|december|jan.|feb.|mar.|apr.|jun.|jul.|aug.|sept.|sep.|
oct.|nov.|dec.|christmas|easter|ramadan|thanksgiving|cold war|world war|covid|covid-19|
`);

/** Well-known organizations by name or short form, with their kind. */
export const KNOWN_ORGANIZATIONS: ReadonlyMap<string, { name: string; kind: OrganizationKind; country?: string }> = new Map(
  (
    [
      ['kremlin', 'the Kremlin', 'GOVERNMENT', 'RU'],
      ['white house', 'the White House', 'GOVERNMENT', 'US'],
      ['pentagon', 'the Pentagon', 'GOVERNMENT_AGENCY', 'US'],
      ['state department', 'State Department', 'GOVERNMENT_AGENCY', 'US'],
      ['downing street', 'Downing Street', 'GOVERNMENT', 'GB'],
      ['élysée', 'Élysée Palace', 'GOVERNMENT', 'FR'],
      ['congress', 'Congress', 'LEGISLATURE', 'US'],
      ['senate', 'Senate', 'LEGISLATURE', 'US'],
      ['parliament', 'Parliament', 'LEGISLATURE'],
      ['duma', 'Duma', 'LEGISLATURE', 'RU'],
      ['knesset', 'Knesset', 'LEGISLATURE', 'IL'],
      ['bundestag', 'Bundestag', 'LEGISLATURE', 'DE'],
      ['supreme court', 'Supreme Court', 'GOVERNMENT'],
      ['joint chiefs of staff', 'Joint Chiefs of Staff', 'MILITARY'],
      ['fbi', 'FBI', 'GOVERNMENT_AGENCY', 'US'],
      ['cia', 'CIA', 'GOVERNMENT_AGENCY', 'US'],
      ['nsa', 'NSA', 'GOVERNMENT_AGENCY', 'US'],
      ['epa', 'EPA', 'GOVERNMENT_AGENCY', 'US'],
      ['fda', 'FDA', 'GOVERNMENT_AGENCY', 'US'],
      ['cdc', 'CDC', 'GOVERNMENT_AGENCY', 'US'],
      ['nasa', 'NASA', 'GOVERNMENT_AGENCY', 'US'],
      ['irs', 'IRS', 'GOVERNMENT_AGENCY', 'US'],
      ['fema', 'FEMA', 'GOVERNMENT_AGENCY', 'US'],
      ['nato', 'NATO', 'INTERNATIONAL'],
      ['un', 'United Nations', 'INTERNATIONAL'],
      ['u.n.', 'United Nations', 'INTERNATIONAL'],
      ['united nations', 'United Nations', 'INTERNATIONAL'],
      ['european union', 'European Union', 'INTERNATIONAL'],
      ['eu', 'European Union', 'INTERNATIONAL'],
      ['e.u.', 'European Union', 'INTERNATIONAL'],
      ['osce', 'OSCE', 'INTERNATIONAL'],
      ['imf', 'IMF', 'INTERNATIONAL'],
      ['world bank', 'World Bank', 'INTERNATIONAL'],
      ['who', 'WHO', 'INTERNATIONAL'],
      ['opec', 'OPEC', 'INTERNATIONAL'],
      ['wto', 'WTO', 'INTERNATIONAL'],
      ['interpol', 'Interpol', 'INTERNATIONAL'],
      ['red cross', 'Red Cross', 'NGO'],
      ['amnesty international', 'Amnesty International', 'NGO'],
      ['human rights watch', 'Human Rights Watch', 'NGO'],
      ['greenpeace', 'Greenpeace', 'NGO'],
      ['hamas', 'Hamas', 'POLITICAL_PARTY'],
      ['hezbollah', 'Hezbollah', 'POLITICAL_PARTY'],
      ['taliban', 'Taliban', 'OTHER'],
      ['democrats', 'Democratic Party', 'POLITICAL_PARTY', 'US'],
      ['republicans', 'Republican Party', 'POLITICAL_PARTY', 'US'],
      ['gop', 'Republican Party', 'POLITICAL_PARTY', 'US'],
      ['cnn', 'CNN', 'NEWS_MEDIA', 'US'],
      ['abc', 'ABC', 'NEWS_MEDIA', 'US'],
      ['nbc', 'NBC', 'NEWS_MEDIA', 'US'],
      ['cbs', 'CBS', 'NEWS_MEDIA', 'US'],
      ['fox news', 'Fox News', 'NEWS_MEDIA', 'US'],
      ['msnbc', 'MSNBC', 'NEWS_MEDIA', 'US'],
      ['pbs', 'PBS', 'NEWS_MEDIA', 'US'],
      ['npr', 'NPR', 'NEWS_MEDIA', 'US'],
      ['bbc', 'BBC', 'NEWS_MEDIA', 'GB'],
      ['itv', 'ITV', 'NEWS_MEDIA', 'GB'],
      ['sky news', 'Sky News', 'NEWS_MEDIA', 'GB'],
      ['reuters', 'Reuters', 'NEWS_MEDIA'],
      ['associated press', 'Associated Press', 'NEWS_MEDIA', 'US'],
      ['ap', 'Associated Press', 'NEWS_MEDIA', 'US'],
      ['afp', 'AFP', 'NEWS_MEDIA', 'FR'],
      ['bloomberg', 'Bloomberg', 'NEWS_MEDIA', 'US'],
      ['al jazeera', 'Al Jazeera', 'NEWS_MEDIA', 'QA'],
      ['tass', 'TASS', 'NEWS_MEDIA', 'RU'],
      ['interfax', 'Interfax', 'NEWS_MEDIA', 'RU'],
      ['ria novosti', 'RIA Novosti', 'NEWS_MEDIA', 'RU'],
      ['xinhua', 'Xinhua', 'NEWS_MEDIA', 'CN'],
      ['politico', 'Politico', 'NEWS_MEDIA', 'US'],
      ['axios', 'Axios', 'NEWS_MEDIA', 'US'],
      ['twitter', 'Twitter', 'COMPANY', 'US'],
      ['facebook', 'Facebook', 'COMPANY', 'US'],
      ['google', 'Google', 'COMPANY', 'US'],
      ['apple', 'Apple', 'COMPANY', 'US'],
      ['microsoft', 'Microsoft', 'COMPANY', 'US'],
      ['amazon', 'Amazon', 'COMPANY', 'US'],
      ['meta', 'Meta', 'COMPANY', 'US'],
      ['tesla', 'Tesla', 'COMPANY', 'US'],
      ['boeing', 'Boeing', 'COMPANY', 'US'],
      ['airbus', 'Airbus', 'COMPANY'],
      ['gazprom', 'Gazprom', 'COMPANY', 'RU'],
      ['youtube', 'YouTube', 'COMPANY', 'US'],
      ['instagram', 'Instagram', 'COMPANY', 'US'],
      ['tiktok', 'TikTok', 'COMPANY'],
    ] as const
  ).map(([key, name, kind, country]) => [key, { name, kind, country }]),
);

/** Words that make a capitalized sequence an organization, with the kind they suggest. */
export const ORGANIZATION_CUES: ReadonlyMap<string, OrganizationKind> = new Map([
  ['ministry', 'GOVERNMENT_AGENCY'],
  ['department', 'GOVERNMENT_AGENCY'],
  ['agency', 'GOVERNMENT_AGENCY'],
  ['administration', 'GOVERNMENT_AGENCY'],
  ['bureau', 'GOVERNMENT_AGENCY'],
  ['office', 'GOVERNMENT_AGENCY'],
  ['service', 'GOVERNMENT_AGENCY'],
  ['commission', 'GOVERNMENT_AGENCY'],
  ['authority', 'GOVERNMENT_AGENCY'],
  ['police', 'GOVERNMENT_AGENCY'],
  ['court', 'GOVERNMENT'],
  ['government', 'GOVERNMENT'],
  ['cabinet', 'GOVERNMENT'],
  ['committee', 'LEGISLATURE'],
  ['subcommittee', 'LEGISLATURE'],
  ['senate', 'LEGISLATURE'],
  ['parliament', 'LEGISLATURE'],
  ['congress', 'LEGISLATURE'],
  ['assembly', 'LEGISLATURE'],
  ['council', 'LEGISLATURE'],
  ['legislature', 'LEGISLATURE'],
  ['party', 'POLITICAL_PARTY'],
  ['army', 'MILITARY'],
  ['navy', 'MILITARY'],
  ['force', 'MILITARY'],
  ['forces', 'MILITARY'],
  ['guard', 'MILITARY'],
  ['marines', 'MILITARY'],
  ['command', 'MILITARY'],
  ['brigade', 'MILITARY'],
  ['inc.', 'COMPANY'],
  ['inc', 'COMPANY'],
  ['corp.', 'COMPANY'],
  ['corp', 'COMPANY'],
  ['co.', 'COMPANY'],
  ['ltd.', 'COMPANY'],
  ['ltd', 'COMPANY'],
  ['llc', 'COMPANY'],
  ['plc', 'COMPANY'],
  // Corporate suffixes as wires write them without periods: "Ford Motor Co", "Stellantis NV", "Ternium SA".
  ['co', 'COMPANY'],
  ['nv', 'COMPANY'],
  ['sa', 'COMPANY'],
  ['sab', 'COMPANY'],
  ['ag', 'COMPANY'],
  ['spa', 'COMPANY'],
  ['gmbh', 'COMPANY'],
  ['company', 'COMPANY'],
  ['corporation', 'COMPANY'],
  ['group', 'COMPANY'],
  ['holdings', 'COMPANY'],
  ['bank', 'COMPANY'],
  ['airlines', 'COMPANY'],
  ['motors', 'COMPANY'],
  ['technologies', 'COMPANY'],
  ['systems', 'COMPANY'],
  ['energy', 'COMPANY'],
  ['university', 'EDUCATION'],
  ['college', 'EDUCATION'],
  ['school', 'EDUCATION'],
  ['institute', 'EDUCATION'],
  ['academy', 'EDUCATION'],
  ['foundation', 'NGO'],
  ['association', 'NGO'],
  ['society', 'NGO'],
  ['union', 'NGO'],
  ['federation', 'NGO'],
  ['coalition', 'NGO'],
  ['alliance', 'NGO'],
  ['fund', 'NGO'],
  ['center', 'NGO'],
  ['centre', 'NGO'],
  ['network', 'NEWS_MEDIA'],
  ['news', 'NEWS_MEDIA'],
  ['times', 'NEWS_MEDIA'],
  ['post', 'NEWS_MEDIA'],
  ['journal', 'NEWS_MEDIA'],
  ['herald', 'NEWS_MEDIA'],
  ['tribune', 'NEWS_MEDIA'],
  ['gazette', 'NEWS_MEDIA'],
  ['telegraph', 'NEWS_MEDIA'],
  ['guardian', 'NEWS_MEDIA'],
  ['press', 'NEWS_MEDIA'],
  ['radio', 'NEWS_MEDIA'],
  // Broadcasters' channel names: "Sky Sports", "BBC Sport", "Fox Business".
  ['sports', 'NEWS_MEDIA'],
  ['sport', 'NEWS_MEDIA'],
  ['business', 'NEWS_MEDIA'],

  ['television', 'NEWS_MEDIA'],
  ['broadcasting', 'NEWS_MEDIA'],
  ['league', 'OTHER'],
  ['organization', 'OTHER'],
  ['organisation', 'OTHER'],
  ['institution', 'EDUCATION'],
  ['hospital', 'OTHER'],
  ['festival', 'OTHER'],
  ['securities', 'COMPANY'],
  ['club', 'OTHER'],
  ['church', 'OTHER'],
]);

/**
 * Football club name endings: "Manchester United", "Blackburn Rovers". Only as
 * the last of two or three words, never to join runs ("United States and Russia").
 */
export const CLUB_ENDINGS = new Set(['united', 'fc', 'rovers', 'wanderers', 'hotspur', 'albion', 'athletic']);

/** Nouns for a person a descriptor may use as a subject ("a spokeswoman said", "one woman said"). */
export const PERSON_NOUNS = set(`spokesman|spokeswoman|spokesperson|official|officials|resident|residents|woman|man|
worker|nurse|doctor|analyst|lawyer|attorney|source|sources|witness|neighbor|neighbour|student|parent|
mother|father|engineer|employee|aide|adviser|advisor|diplomat|officer|soldier|driver|teacher|voter|
person|people|colleague|friend|relative|executive|manager|owner|researcher|scientist|expert|member|
senator|lawmaker|congressman|congresswoman|governor|mayor|president|minister|ambassador|envoy|
chancellor|premier|leader|judge|coach|ceo|chairman|chairwoman|prosecutor|general|husband|wife|
son|daughter|brother|sister|player|fan|protester|demonstrator|survivor|victim|patient|customer`);

/** Nouns that, after "the", refer back to an organization named earlier ("the ministry said"). */
export const ORGANIZATION_NOUNS = set(`ministry|department|agency|company|firm|group|committee|council|
commission|party|government|administration|court|university|office|bureau|police|army|military|
union|association|foundation|bank|network|newspaper|paper|campaign|team|club|board|authority|
organization|organisation|kremlin|embassy|regulator|service|airline|carrier|manufacturer|
automaker|retailer|hospital|school|district|city|county|state|prosecutors|`);

/** Role nouns a descriptor may use for a person named earlier ("the senator", "the U.S. diplomat"). */
export const ROLE_NOUN_TITLES: ReadonlyMap<string, readonly string[]> = new Map([
  ['diplomat', ['secretary of state', 'foreign minister', 'foreign secretary', 'ambassador', 'envoy', 'diplomat', 'minister']],
  ['senator', ['sen.', 'senator']],
  ['lawmaker', ['sen.', 'senator', 'rep.', 'representative', 'congressman', 'congresswoman', 'mp', 'lawmaker', 'legislator']],
  ['congressman', ['rep.', 'representative', 'congressman']],
  ['congresswoman', ['rep.', 'representative', 'congresswoman']],
  ['governor', ['gov.', 'governor']],
  ['mayor', ['mayor']],
  ['president', ['president']],
  ['minister', ['minister', 'prime minister', 'foreign minister']],
  ['ambassador', ['ambassador']],
  ['envoy', ['envoy', 'ambassador']],
  ['chancellor', ['chancellor']],
  ['premier', ['premier', 'prime minister']],
  ['leader', ['president', 'prime minister', 'leader', 'chancellor', 'premier']],
  ['judge', ['judge', 'justice']],
  ['coach', ['coach', 'head coach']],
  ['executive', ['ceo', 'chief executive', 'executive', 'president', 'chairman', 'chairwoman']],
  ['ceo', ['ceo', 'chief executive']],
  ['chairman', ['chairman']],
  ['chairwoman', ['chairwoman']],
  ['spokesman', ['spokesman']],
  ['spokeswoman', ['spokeswoman']],
  ['prosecutor', ['prosecutor', 'district attorney', 'attorney general']],
  ['general', ['gen.', 'general', 'lt. gen.', 'maj. gen.', 'brig. gen.']],
  ['official', []],
  ['speaker', ['speaker']],
]);

/** Common given names, with the gender they most often carry in news copy. */
const MALE_NAMES = `john|james|robert|michael|william|david|richard|joseph|thomas|charles|christopher|
daniel|matthew|anthony|mark|donald|steven|paul|andrew|joshua|kenneth|kevin|brian|george|timothy|ronald|
edward|jason|jeffrey|ryan|jacob|gary|nicholas|eric|jonathan|stephen|larry|justin|scott|brandon|
benjamin|samuel|gregory|alexander|frank|patrick|raymond|jack|dennis|jerry|tyler|aaron|jose|adam|
nathan|henry|douglas|zachary|peter|kyle|ethan|walter|noah|jeremy|christian|keith|roger|terry|gerald|
harold|sean|austin|carl|arthur|lawrence|dylan|jesse|jordan|bryan|billy|joe|bruce|gabriel|logan|
albert|willie|alan|juan|wayne|elijah|randy|roy|vincent|ralph|eugene|russell|bobby|mason|philip|
louis|barack|bill|hillary|mitt|newt|ted|marco|rand|chuck|mitch|nancy|boris|vladimir|sergei|sergey|
dmitry|dmitri|viktor|victor|mikhail|alexei|alexey|andrei|andrey|ivan|nikolai|yuri|igor|oleg|
petro|volodymyr|arseniy|arseny|vitali|vitaly|yevgeny|pavel|anatoly|gennady|emmanuel|francois|
jean|pierre|jacques|nicolas|laurent|olaf|angela|gerhard|helmut|frank-walter|wolfgang|hans|
klaus|jurgen|matteo|giuseppe|silvio|mario|giorgio|pedro|carlos|luis|miguel|javier|manuel|jorge|
antonio|francisco|fernando|alejandro|ricardo|rafael|sergio|diego|andres|enrique|xi|li|wang|zhang|
shinzo|fumio|yoshihide|kim|moon|narendra|rahul|imran|nawaz|recep|ahmet|mehmet|mohammed|muhammad|
mohammad|ahmed|ali|hassan|hussein|omar|abdul|abdullah|khalid|mahmoud|bashar|hosni|benjamin|
yair|naftali|ehud|shimon|yitzhak|ariel|binyamin|justin|stephen|tony|gordon|keir|rishi|nigel|
jeremy|dominic|liam|oliver|harry|charlie|ben|tom|tim|jim|dan|sam|mike|steve|rob|nick|matt|chris|
greg|jeff|ken|ron|rick|doug|fred|phil|ed|ray|al|dick|bob|hank|lee|dwayne|antonio|malik|darius|
terrell|jamal|andre|marcus|tyrone|kwame|cyril|jacob|thabo|nelson|uhuru|william|abiy|paul|
yoweri|emmerson|robert|lula|jair|luiz|juan|evo|hugo|nicolas|fidel|raul|andres|gustavo|javier|
scott|malcolm|kevin|anthony|jacinda|chris|rodrigo|joko|ferdinand|mahathir|anwar|sebastian|
viktor|aleksandar|milos|tomas|andrzej|donald|mateusz|lech|vaclav|milos|kurt|karl|stefan|
sebastian|olivier|francois|alain|gabriel|jean-luc|jean-claude|jean-marc|marc|michel|luc|
antony|lloyd|merrick|alejandro|pete|rudy|kellyanne|mick|reince|sean|jared|rex|hakeem|
josh|lindsey|ron|gavin|greg|andrew|eric|bernie|elon|jeff|mark|warren|sundar|satya|tim|
sheldon|rupert|roman|alisher|oleg|yevgeny|ramzan|dzhokhar|tamerlan|edward|julian|chelsea`;
const FEMALE_NAMES = `mary|patricia|jennifer|linda|elizabeth|barbara|susan|jessica|sarah|karen|lisa|
nancy|betty|margaret|sandra|ashley|kimberly|emily|donna|michelle|carol|amanda|dorothy|melissa|
deborah|stephanie|rebecca|sharon|laura|cynthia|kathleen|amy|angela|shirley|anna|brenda|pamela|emma|
nicole|helen|samantha|katherine|christine|debra|rachel|carolyn|janet|catherine|maria|heather|diane|
ruth|julie|olivia|joyce|virginia|victoria|kelly|lauren|christina|joan|evelyn|judith|megan|andrea|
cheryl|hannah|jacqueline|martha|gloria|teresa|ann|sara|madison|frances|kathryn|janice|jean|abigail|
alice|judy|sophia|grace|denise|amber|doris|marilyn|danielle|beverly|isabella|theresa|diana|natalie|
brittany|charlotte|marie|kayla|alexis|lori|hillary|dianne|nancy|elizabeth|kamala|condoleezza|
madeleine|samantha|susan|nikki|sarah|michele|kirsten|amy|tammy|maxine|ilhan|alexandria|rashida|
liz|lisa|marsha|joni|shelley|tulsi|elise|theresa|margaret|nicola|priti|liz|angela|ursula|
christine|federica|marine|segolene|anne|ségolène|annalena|giorgia|yulia|julia|valentina|
svetlana|olga|natalia|natalya|irina|tatiana|tatyana|maria|elena|ekaterina|yekaterina|anastasia|
oksana|nadiya|viktoria|victoria|aung|benazir|indira|sonia|golda|tzipi|ayelet|jacinda|julia|
gina|janet|jen|jennifer|karine|dana|jill|michelle|melania|ivanka|laura|hope|sheryl|meg|
carly|ginni|marissa|mary|oprah|beyonce|taylor|rihanna|serena|venus|simone|megan|naomi|zoe|
chloe|sophie|lucy|amelia|isla|ava|mia|ella|lily|ruby|holly|jade|fatima|aisha|amina|leila|layla|
yasmin|mariam|noor|sana|priya|anjali|deepa|meera|mei|ling|yuki|keiko|hana|min-jung|ji-woo|
carmen|lucia|sofia|isabel|ana|paula|rosa|gabriela|adriana|claudia|veronica|beatriz|dilma|
cristina|michelle|evita|jacquelyn|dolores|esther|miriam|deborah|judith|naomi|tamar|noa|
ngozi|wangari|ellen|winnie|graca|nkosazana|margrethe|mette|sanna|jacinda|erna|helle|kaja`;

/**
 * Words on the given-name lists that say nothing of gender in news copy:
 * Korean and Chinese family names written first ("Kim Yo Jong", "Li Qiang")
 * and names common to both sexes. They still count as evidence of a name.
 */
export const UNGENDERED_NAMES = set(`kim|lee|li|wang|zhang|xi|moon|park|jordan|taylor|dana|robin|jean|alexis|ali`);

export const GIVEN_NAMES: ReadonlyMap<string, 'male' | 'female'> = (() => {
  const map = new Map<string, 'male' | 'female'>();
  for (const n of set(FEMALE_NAMES)) map.set(n, 'female');
  // Male second so that names common to both (e.g. "jean") lean to the more frequent news usage.
  for (const n of set(MALE_NAMES)) if (!map.has(n)) map.set(n, 'male');
  return map;
})();

/** Headers of the link lists that close a scraped page ("Related topics", "More on this story"): they and all after them are dropped. */
export const TRAILER_HEADERS =
  /^(?:related|related (?:topics|stories|content|articles|links|coverage)|more on this (?:story|topic)|explore more on these topics|more from [^.]{1,40}|top stories|most (?:read|viewed|popular)(?: (?:from|on) [^.]{1,40})?|you (?:may|might) also like|recommended(?: stories)?|see also|read next)$/i;

/** Tokens that end a promotional or boilerplate line at the end of an export. */
export const BOILERPLATE_PATTERNS: readonly RegExp[] = [
  /^get (?:our|the)\b.*\b(?:newsletter|app|alerts?)\b/i,
  /^sign up\b/i,
  /^subscribe\b/i,
  /^share (?:this|on|via)\b/i,
  /^share$/i,
  /^read more\b/i,
  /^more (?:from|on|stories)\b/i,
  /^related(?: coverage| stories| articles)?\s*:/i,
  /^follow (?:us|@|the)\b/i,
  /^(?:copyright|©|\(c\))\s*/i,
  /all rights reserved/i,
  /^advertisement$/i,
  /^click here\b/i,
  /^download (?:our|the)\b/i,
  /^(?:watch|listen)\s*:/i,
  /^this (?:article|story) (?:was|has been|originally)\b/i,
  /^(?:email|print|tweet|comments?)\s*$/i,
  /^(?:\*\s*){3,}$|^[-—_=]{3,}$/,
  /^(?:recommended|trending|most read|most popular)\b/i,
  /^support (?:our|independent) journalism\b/i,
  /^\(?(?:additional )?(?:reporting|writing|editing)(?: by)?\b.*(?:;|\bby\b)/i,
  // Wire credit lines: "Associated Press writers … contributed to this report.", "AP Technology Writer X reported from Y."
  /\bcontributed (?:reporting )?to this (?:report|story|article)\.?\)?$/i,
  /^(?:AP|Associated Press|Reuters|AFP)\b.{0,60}\b(?:writers?|correspondents?|reporters?|editors?)\b.{0,120}\b(?:reported from|contributed)\b/i,
  // Reporter footers and shop promotions: "Email her at …", "Order your copy at …", "Our Standards: …".
  /\b(?:email|e-mail|contact|reach) (?:him|her|them|me|us) at\b/i,
  /\border (?:your|a) copy\b/i,
  /^delivery charges may apply/i,
  /^our standards\s*:/i,
  // A short line that ends in a link: "Follow AP's coverage of … at https://…", "AP NFL: https://…".
  /^[^.!?]{0,120}\bhttps?:\/\/\S+$/i,
  /^\(?(?:compiled|edited|written) by\b/i,
  // Live-blog furniture: entry times on a line of their own ("14.18 GMT", "9:05 a.m. ET"), key-event toggles.
  /^\d{1,2}[.:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:GMT|BST|UTC|CET|CEST|EST|EDT|ET|PT|PST|PDT|CT|CST|CDT|MT|IST|JST|KST|AEST|AEDT|HKT|SGT)?$/i,
  /^show key events only$/i,
  /^please turn on javascript\b/i,
  // Page furniture and wire service notes: "Gift this article", "From the section Man Utd",
  // "— With assistance from …", "(Updates with … in 11th paragraph.)", NYT print notes, AFP desk codes ("arb/dw").
  /^gift this article$/i,
  /^from the section\b/i,
  /^[—–-]+\s*with assistance from\b/i,
  /^\((?:updates|adds|recasts|corrects|changes|rewrites|refiles)\b[^()]{0,160}\)$/i,
  /^a version of this article appears in print\b/i,
  /^[a-z]{2,4}(?:\/[a-z]{2,4})+$/,
];
