import { describe, expect, it } from 'vitest';
import { createEntityRegistry } from '../entities/registry.ts';
import { fixtureRecords } from '../../../tests/support/entity-fixtures.ts';
import { articleText } from '../../../tests/support/text.ts';
import { countQuoteWords, extractQuotes } from './extract-quotes.ts';

const registry = createEntityRegistry(fixtureRecords());
const quotesOf = (text: string) => extractQuotes({ id: 'a', text: articleText(text) }, registry);
const summary = (text: string) =>
  quotesOf(text).map((quote) => [quote.speaker.kind === 'entity' ? quote.speaker.entityId : quote.speaker.description, quote.text]);

describe('extractQuotes', () => {
  it('reads an attribution after the quote, in either word order', () => {
    expect(summary('“We are not there yet,” Rubio said. “This will take time,” said Umerov.')).toEqual([
      ['marco-rubio', 'We are not there yet'],
      ['rustem-umerov', 'This will take time'],
    ]);
  });

  it('joins a quotation split by its attribution into one quote with two parts', () => {
    const [quote, ...rest] = quotesOf(
      '“These talks are not just about ending the fighting,” Rubio said. “They are also about prosperity.”',
    );
    expect(rest).toEqual([]);
    expect(quote).toMatchObject({
      speaker: { kind: 'entity', entityId: 'marco-rubio' },
      parts: ['These talks are not just about ending the fighting,', 'They are also about prosperity.'],
      text: 'These talks are not just about ending the fighting … They are also about prosperity.',
      attribution: 'Rubio said',
    });
  });

  it('does not join a following quote that has its own attribution', () => {
    expect(summary('“We made real progress today,” Rubio said. “The road is still long,” Umerov added.')).toEqual([
      ['marco-rubio', 'We made real progress today'],
      ['rustem-umerov', 'The road is still long'],
    ]);
  });

  it('reads an attribution before the quote: a colon, or a verb earlier in the sentence', () => {
    expect(summary('Umerov highlighted the central issues under discussion: “We are discussing the future of Ukraine.”')).toEqual([
      ['rustem-umerov', 'We are discussing the future of Ukraine.'],
    ]);
    expect(
      summary(
        'Flying back, Trump told reporters that he believed “there is a strong chance we can reach a deal.” A senior official agreed.',
      ),
    ).toEqual([['donald-trump', 'there is a strong chance we can reach a deal.']]);
  });

  it('takes the verb nearest the quote whose subject resolves', () => {
    expect(summary('He described the talks as “fine,” while Rubio called them “very productive and useful.”')).toEqual([
      ['marco-rubio', 'very productive and useful.'],
    ]);
  });

  it('keeps anonymous sources as written', () => {
    expect(summary('“It was tense but not negative,” one Ukrainian official wrote to Axios after the meeting.')).toEqual([
      ['one Ukrainian official', 'It was tense but not negative'],
    ]);
  });

  it('resolves a pronoun to the person mentioned last outside quotations', () => {
    expect(summary('Rubio spoke first. “Trump wants a deal soon,” he said.')).toEqual([['marco-rubio', 'Trump wants a deal soon']]);
  });

  it('skips scare quotes, unattributed quotes and quoted outlet prose', () => {
    expect(
      summary(
        [
          'They described the meeting as “difficult” and “tense,” but productive.',
          'A source described the talks as “not easy.”',
          'Reportedly, "the American side arrived hoping to make progress."',
          '"Umerov held another one-on-one meeting with Witkoff," the publication states.',
          'Talks "focused on where the border would be drawn," Axios reports, citing officials.',
        ].join('\n\n'),
      ),
    ).toEqual([]);
  });

  it('never takes a name inside a quotation for its speaker', () => {
    expect(summary('“Witkoff will bring answers from Moscow,” the official said.')).toEqual([
      ['the official', 'Witkoff will bring answers from Moscow'],
    ]);
  });

  it('reports offsets and the attribution as written', () => {
    const text = 'Intro.\n\n“We made significant progress toward peace,” Umerov wrote on Telegram after the meetings.';
    const [quote] = quotesOf(text);
    expect(text.slice(quote?.start, quote?.end)).toBe('“We made significant progress toward peace,”');
    expect(quote?.attribution).toBe('Umerov wrote on Telegram after the meetings');
  });

  it('handles straight quotes like typographic ones', () => {
    expect(summary('"We really appreciate the serious US engagement," one Ukrainian official said.')).toEqual([
      ['one Ukrainian official', 'We really appreciate the serious US engagement'],
    ]);
  });

  it('reads Markdown articles', () => {
    const quotes = extractQuotes({ id: 'b', text: articleText('## Heading\n\n*“We built on that today,”* **Rubio** said.') }, registry);
    expect(quotes.map((quote) => [quote.articleId, quote.text])).toEqual([['b', 'We built on that today']]);
  });
});

describe('countQuoteWords', () => {
  it('counts contractions and hyphenated words once', () => {
    expect(countQuoteWords('there’s more work to be done')).toBe(6);
    expect(countQuoteWords('long-term, sovereign')).toBe(2);
  });
});
