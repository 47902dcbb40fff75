import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/interop/vc/readText.js';

describe('readText', () => {
  it('reads a string as it is', () => {
    expect(readText('Teamwork')).toBe('Teamwork');
  });

  it('reads a language map: the language asked for, a regional variant of it, English, then the first', () => {
    const map = { fr: 'Travail', 'en-GB': 'Teamwork (GB)', de: 'Teamarbeit' };
    expect(readText(map, 'de')).toBe('Teamarbeit');
    expect(readText(map, 'en')).toBe('Teamwork (GB)');
    expect(readText(map, 'it')).toBe('Teamwork (GB)');
    expect(readText({ fr: 'Travail', de: 'Teamarbeit' })).toBe('Travail');
  });

  it('reads JSON-LD value objects and lists of them', () => {
    const list = [{ '@value': 'Travail', '@language': 'fr' }, { '@value': 'Teamwork', '@language': 'en' }];
    expect(readText(list)).toBe('Teamwork');
    expect(readText(list, 'fr')).toBe('Travail');
    expect(readText([{ '@value': 'Plain' }])).toBe('Plain');
  });

  it('gives nothing for what holds no text, and reads own keys only', () => {
    expect(readText(undefined)).toBeUndefined();
    expect(readText(42)).toBeUndefined();
    expect(readText({ en: 5 })).toBeUndefined();
    expect(readText(JSON.parse('{"__proto__": "x"}'))).toBe('x');
  });
});
