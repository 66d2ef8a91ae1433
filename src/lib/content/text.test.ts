import { describe, expect, it } from 'vitest';
import { stripBidiControls } from './text';

describe('stripBidiControls', () => {
  it('removes right-to-left overrides and isolates, keeping everything else', () => {
    expect(stripBidiControls('Talks\u202Egnp.exe')).toBe('Talksgnp.exe');
    expect(stripBidiControls('\u2067Зеленський\u2069 and Аxios')).toBe('Зеленський and Аxios');
  });
});
