import { reported } from './article-rows';

describe('reported speech: a stance noun with no holder that arises or lasts', () => {
  it('"news has emerged that …", "suspicions persist that …": the clause from "that", with no source', () => {
    expect(reported('The county board met on Monday.', 'But news has emerged that the mayor sold his ferry shares in May.')).toEqual([
      ['indirect', null, 'news has emerged', 'that the mayor sold his ferry shares in May'],
    ]);
    expect(reported('Still, suspicions persist that the harbor audit was rushed, and this week the council voted to redo it.').map((r) => [r[1], r[2], r[3]])).toContainEqual([
      null,
      'suspicions persist',
      'that the harbor audit was rushed',
    ]);
    expect(reported('After the vote, concerns were raised that the new pier would flood.').map((r) => [r[2], r[3]])).toContainEqual([
      'concerns were raised',
      'that the new pier would flood',
    ]);
  });

  it('"questions arose about …", "talk had been mounting about …": the topic up to the next comma or dash', () => {
    expect(reported('The county board met on Monday.', 'Talk had been mounting about a challenger in the primary - chatter that may now fade.').map((r) => [r[1], r[2], r[3]])).toContainEqual([
      null,
      'Talk had been mounting',
      'a challenger in the primary',
    ]);
    expect(reported('The county board met on Monday.', 'Rumors swirled Tuesday of a merger between the two ferry lines, and shares rose.').map((r) => [r[2], r[3]])).toContainEqual([
      'Rumors swirled',
      'a merger between the two ferry lines',
    ]);
  });

  it('no impersonal stance: a holder, a negation, a place phrase, no stance verb', () => {
    expect(reported('The county board met on Monday.', 'Her concerns grew that the pier would flood.').map((r) => r[2])).not.toContain('concerns grew');
    expect(reported('The county board met on Monday.', 'No questions arose about the budget.')).toEqual([]);
    expect(reported('The county board met on Monday.', 'Questions linger on many parts of the harbor plan.')).toEqual([]);
    expect(reported('The county board met on Monday.', 'The news runs on surprise and speed.')).toEqual([]);
    // No stance verb: read as a topic noun (reported-topic-nouns.ts), the news of what, its content, the subject only.
    expect(reported('The county board met on Monday.', 'News of the merger reached the docks late.')).toEqual([['indirect', null, 'News of', 'the merger']]);
  });
});
