import { json } from './values.js';

/**
 * Reads a text that a credential may give as a string, a language map
 * (`{ "en": "Teamwork", "fr": "Travail d'équipe" }`), a JSON-LD value object
 * (`{ "@value": "Teamwork", "@language": "en" }`) or a list of these. Picks
 * the text in `language` (an exact tag, then one of its region variants:
 * `en` finds `en-GB`), then English, then a text without a language, then
 * the first one given.
 *
 * @internal
 */
export function readText(value: unknown, language?: string): string | undefined {
  const found: [string | undefined, string][] = [];
  for (const item of json.list(value)) collect(item, found);
  if (found.length === 0) return undefined;
  const wanted = [language, 'en'].filter((l): l is string => l !== undefined).map((l) => l.toLowerCase());
  for (const tag of wanted) {
    const exact = found.find(([l]) => l?.toLowerCase() === tag);
    if (exact) return exact[1];
    const variant = found.find(([l]) => l?.toLowerCase().startsWith(`${tag}-`));
    if (variant) return variant[1];
  }
  return (found.find(([l]) => l === undefined) ?? found[0])![1];
}

function collect(item: unknown, found: [string | undefined, string][]): void {
  if (typeof item === 'string') {
    found.push([undefined, item]);
    return;
  }
  if (!json.isObject(item)) return;
  if (Object.hasOwn(item, '@value')) {
    const text = item['@value'];
    if (typeof text === 'string') found.push([json.text(item['@language']), text]);
    return;
  }
  for (const [tag, text] of Object.entries(item)) {
    for (const t of json.list(text)) if (typeof t === 'string') found.push([tag, t]);
  }
}
