import { describe, expect, it } from 'vitest';
import { aliasProblem } from './alias-rules.ts';

describe('aliasProblem', () => {
  it.each(['Zelensky', 'Rustem Umerov', 'US', 'U.S.', 'WHO', 'al-Assad', 'de Gaulle', 'iPhone', 'the Kremlin', 'General Staff', 'National Security and Defense Council', 'Washington, D.C.', 'Київ', 'الأسد', '北京', 'G7'])(
    'accepts the name %s',
    (alias) => expect(aliasProblem(alias)).toBeUndefined(),
  );

  it.each(['The', 'the', 'said', 'Said', 'us', 'Us', 'a', 'A', 'However', 'President', 'Minister', 'According to'])(
    'rejects the common word or title %s',
    (alias) => expect(aliasProblem(alias)).toMatch(/common word|not a name/),
  );

  it.each(['kremlin', 'zelensky', 'київ'])('rejects the uncapitalised %s', (alias) => expect(aliasProblem(alias)).toMatch(/does not look like a name/));

  it.each(['X', '7', '2025', '--', '.'])('rejects %s, too short or without letters', (alias) => expect(aliasProblem(alias)).toMatch(/at least two letters/));
});
