import { describe, expect, it } from 'vitest';
import { createEntityRegistry } from '../entities/registry.ts';
import { fixtureRecords } from '../../../tests/support/entity-fixtures.ts';
import { describeSource, resolveSubject, type SubjectContext } from './resolve-subject.ts';

const registry = createEntityRegistry(fixtureRecords());

/** Resolve the words before the marker "|" in `text`. */
function subjectOf(text: string) {
  const to = text.indexOf('|');
  const clean = text.replace('|', '');
  const context: SubjectContext = { text: clean, registry, mentions: registry.findMentions(clean) };
  return resolveSubject(context, 0, to);
}

describe('resolveSubject', () => {
  it('names the person or organisation right before the verb', () => {
    expect(subjectOf('Flying back from Washington, Trump |told reporters')).toMatchObject({
      speaker: { kind: 'entity', entityId: 'donald-trump' },
      entityKind: 'person',
    });
    expect(subjectOf('US Secretary of State Marco Rubio |said')).toMatchObject({ speaker: { entityId: 'marco-rubio' } });
    expect(subjectOf('Umerov, the chief negotiator, |said')).toMatchObject({ speaker: { entityId: 'rustem-umerov' } });
    expect(subjectOf('Rubio also later |said')).toMatchObject({ speaker: { entityId: 'marco-rubio' } });
    expect(subjectOf('the Kremlin |said')).toMatchObject({ speaker: { entityId: 'kremlin' }, entityKind: 'organization' });
  });

  it('does not take a possessive for the subject', () => {
    expect(subjectOf('Trump’s envoy |said')).toEqual({ kind: 'speaker', speaker: { kind: 'anonymous', description: 'Trump’s envoy' } });
  });

  it('resolves he/she to the person mentioned last', () => {
    expect(subjectOf('Rubio met Umerov in Paris. He later |said')).toMatchObject({ speaker: { entityId: 'rustem-umerov' } });
    expect(subjectOf('In Paris, she |said')).toBeNull();
  });

  it('recognises a publication', () => {
    expect(subjectOf('the publication |writes')).toEqual({ kind: 'publication' });
    expect(subjectOf('According to the report |said')).toEqual({ kind: 'publication' });
  });

  it('keeps unnamed sources as written, and uses a place only right before the verb', () => {
    expect(subjectOf('A senior US official also |said')).toEqual({
      kind: 'speaker',
      speaker: { kind: 'anonymous', description: 'A senior US official' },
    });
    expect(subjectOf('Washington |said')).toMatchObject({ speaker: { entityId: 'washington' }, entityKind: 'place' });
    expect(subjectOf('the talks were |described')).toBeNull();
  });
});

describe('describeSource', () => {
  it.each([
    ['one Ukrainian official', 'one Ukrainian official'],
    ['After the meeting, the Ukrainian official', 'the Ukrainian official'],
    ['Florida: A source close to the Ukrainian delegation', 'A source close to the Ukrainian delegation'],
    ['As noted, sources', 'sources'],
    ['the talks ended and two senior officials', 'two senior officials'],
    ['officials familiar with the talks', 'officials familiar with the talks'],
  ])('finds %j', (phrase, description) => {
    expect(describeSource(phrase)).toBe(description);
  });

  it.each(['the talks', 'officials, the report', 'a source close to the talks, reportedly'])('finds nothing in %j', (phrase) => {
    expect(describeSource(phrase)).toBeNull();
  });
});
