import { describe, expect, it } from 'vitest';
import { readEntityFiles, readSeedArticles } from '../../../tests/support/seeds.ts';
import { spellingsIn } from '../entities/article-entities.ts';
import { createEntityRegistry } from '../entities/registry.ts';
import { extractEvents } from '../events/index.ts';
import { extractQuotes } from '../quotes/index.ts';
import { textDocument } from '../text/text-document.ts';
import { articleExtrasKey, computeArticleExtras, isArticleExtras, registryFingerprint, type ExtrasContext } from './article-extras.ts';
import { asCached } from './keyed-cache.ts';

const registry = createEntityRegistry(readEntityFiles());
const [article] = readSeedArticles();
const { body: _body, ...input } = article!;
const mentions = [
  { id: 'andriy-hnatov', count: 2 },
  { id: 'marco-rubio', count: 1 },
];
const context: ExtrasContext = { codeVersion: 'v1', timeZone: 'UTC', registry: registryFingerprint(registry) };
const key = articleExtrasKey(input, mentions, context);

describe('articleExtrasKey', () => {
  it('is the same for the same article, mentions and context, however the objects were built', () => {
    const rebuilt = JSON.parse(JSON.stringify({ ...input, text: { headings: input.text.headings, paragraphs: input.text.paragraphs } }));
    expect(articleExtrasKey(rebuilt, [...mentions], { ...context })).toBe(key);
  });

  it('changes with the text, the headline, the date and the mentions', () => {
    const edited = { ...input, text: { ...input.text, paragraphs: [...input.text.paragraphs, 'One more paragraph.'] } };
    expect(articleExtrasKey(edited, mentions, context)).not.toBe(key);
    expect(articleExtrasKey({ ...input, headline: `${input.headline}!` }, mentions, context)).not.toBe(key);
    expect(articleExtrasKey({ ...input, published: '2025-12-02' }, mentions, context)).not.toBe(key);
    expect(articleExtrasKey(input, mentions.slice(1), context)).not.toBe(key);
  });

  it('changes with the code version and the time zone', () => {
    expect(articleExtrasKey(input, mentions, { ...context, codeVersion: 'v2' })).not.toBe(key);
    expect(articleExtrasKey(input, mentions, { ...context, timeZone: 'Europe/Kyiv' })).not.toBe(key);
  });

  it('changes when an alias is added to the entity registry', () => {
    const records = readEntityFiles().map((record) =>
      record.id === 'andriy-hnatov'
        ? { id: record.id, data: { ...(record.data as object), aliases: [...(record.data as { aliases: string[] }).aliases, 'A. Hnatov'] } }
        : record,
    );
    const changed = registryFingerprint(createEntityRegistry(records));
    expect(changed).not.toBe(context.registry);
    expect(articleExtrasKey(input, mentions, { ...context, registry: changed })).not.toBe(key);
    expect(registryFingerprint(createEntityRegistry(readEntityFiles()))).toBe(context.registry);
  });
});

describe('computeArticleExtras', () => {
  it('gives what the extractors and spellingsIn give, for every seed article', () => {
    for (const seed of readSeedArticles()) {
      const ids = ['andriy-hnatov', 'volodymyr-zelensky', 'marco-rubio', 'donald-trump', 'not-mentioned'].map((id) => ({ id }));
      const extras = computeArticleExtras(seed, ids, registry, 'UTC');
      const text = textDocument(seed.text).plainText;
      expect(extras.quotes).toEqual(extractQuotes(seed, registry));
      expect(extras.events).toEqual(extractEvents(seed, 'UTC', { registry }));
      expect(extras.spellings).toEqual(Object.fromEntries(ids.map(({ id }) => [id, spellingsIn(text, registry, id)])));
    }
  });

  it('finds quotes, events and spellings in the seeds (so the equality above is not vacuous)', () => {
    const all = readSeedArticles().map((seed) => computeArticleExtras(seed, [{ id: 'andriy-hnatov' }], registry, 'UTC'));
    expect(all.some((extras) => extras.quotes.length > 0)).toBe(true);
    expect(all.some((extras) => extras.events.length > 0)).toBe(true);
    expect(all.some((extras) => (extras.spellings['andriy-hnatov'] ?? []).length > 0)).toBe(true);
  });
});

describe('isArticleExtras', () => {
  it('accepts computed extras after a JSON round trip, and rejects damaged ones', () => {
    const extras = asCached(computeArticleExtras(input, mentions, registry, 'UTC'));
    expect(isArticleExtras(extras)).toBe(true);
    expect(isArticleExtras({ ...extras, quotes: [{}] })).toBe(false);
    expect(isArticleExtras({ ...extras, events: 'none' })).toBe(false);
    expect(isArticleExtras({ ...extras, spellings: { x: [1] } })).toBe(false);
    expect(isArticleExtras(null)).toBe(false);
  });
});
