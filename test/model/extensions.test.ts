import { describe, expect, it } from 'vitest';
import { extensionsSchema } from '../../src/model/extensions.js';
import { safeParseRecord } from '../../src/record/safeParseRecord.js';

describe('extensionsSchema', () => {
  it('keeps values by format name as given', () => {
    const kept = { ob3: { image: { id: 'https://example.edu/b.png', type: 'Image' }, __proto__x: [1, { a: null }] } };
    expect(extensionsSchema.parse(kept)).toEqual(kept);
  });

  it.each(['__proto__', 'OB3', '1ob', '', 'ob_3'])('refuses %j as a format name', (key) => {
    const input = JSON.parse(`{${JSON.stringify(key)}: {}}`);
    expect(extensionsSchema.safeParse(input).success).toBe(false);
  });

  it('rides on an achievement through the record parser', () => {
    const result = safeParseRecord({ achievements: [{ id: 'a', unit: 'u', status: 'planned', extensions: { clr: { term: 'Fall 2023' } } }] });
    expect(result.success && result.data.achievements[0]?.extensions).toEqual({ clr: { term: 'Fall 2023' } });
  });
});
