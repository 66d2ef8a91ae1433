import { describe, expect, it } from 'vitest';
import { hasCriteria, parseSearchState, serializeSearchState } from './search-state.ts';

describe('search state in the URL', () => {
  it('reads query, repeated filters and sort', () => {
    const state = parseSearchState(new URLSearchParams('q=+Rubio+&outlet=UNN&outlet=AXY+Media&outlet=UNN&sort=date'));
    expect(state).toEqual({ query: 'Rubio', filters: { outlet: ['UNN', 'AXY Media'] }, sort: 'date' });
  });
  it('defaults to relevance and ignores empty values', () => {
    expect(parseSearchState(new URLSearchParams('sort=nonsense&outlet='))).toEqual({ query: '', filters: {}, sort: 'relevance' });
  });
  it('writes a stable, shareable URL and round-trips', () => {
    const state = { query: 'five hours', filters: { person: ['Rustem Umerov'], outlet: ['UNN', 'AXY Media'] }, sort: 'relevance' as const };
    const params = serializeSearchState(state);
    expect(params.toString()).toBe('q=five+hours&outlet=AXY+Media&outlet=UNN&person=Rustem+Umerov');
    expect(parseSearchState(params)).toEqual({ ...state, filters: { outlet: ['AXY Media', 'UNN'], person: ['Rustem Umerov'] } });
  });
  it('knows when there is nothing to search for', () => {
    expect(hasCriteria({ query: ' ', filters: { outlet: [] }, sort: 'relevance' })).toBe(false);
    expect(hasCriteria({ query: '', filters: { outlet: ['UNN'] }, sort: 'relevance' })).toBe(true);
  });
});
