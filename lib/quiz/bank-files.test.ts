import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../content/load';
import { buildBank } from './bank';
import { joinItems, splitBank, textFileName, textSources, withText } from './bank-files';

describe('the bank split into an index and one text file per source page', () => {
  const { library } = loadLibrary();
  const bank = buildBank(library);
  // As the browser receives them: JSON files.
  const json = <T,>(x: T): T => JSON.parse(JSON.stringify(x));
  const split = splitBank(bank);
  const index = json(split.index);
  const textMap = new Map([...split.texts].map(([source, file]) => [source, json(file)]));

  it('lists every item once in the index, with its sources, and no text', () => {
    expect(index.sources).toEqual(bank.sources);
    expect(index.items.map((i) => i.id)).toEqual(bank.items.map((i) => i.id));
    for (const item of index.items) {
      expect(Object.keys(item).sort(), item.id).toEqual(['concepts', 'id', 'section', 'source', 'type', ...(item.type === 'predict' ? ['generator'] : [])].sort());
    }
  });

  it("puts each item's text in exactly its own source's file, and predict items in none", () => {
    const filed = new Map<string, string[]>();
    for (const [source, file] of textMap) for (const id of Object.keys(file)) filed.set(id, [...(filed.get(id) ?? []), source]);
    for (const item of bank.items) expect(filed.get(item.id), item.id).toEqual(item.type === 'predict' ? undefined : [item.source]);
    expect([...filed.keys()].every((id) => bank.items.some((i) => i.id === id))).toBe(true);
    // A session of one design loads one file: every design has one.
    for (const d of library.designs) expect(textMap.has(`design/${d.slug}`), d.slug).toBe(true);
  });

  it('reassembles the bank as it was from the index and the text files', () => {
    expect(joinItems(index.items, textMap)).toEqual(bank.items);
  });

  it('loads only the files of the sources a set comes from', () => {
    const set = [...index.items.filter((i) => i.source === 'design/url-shortener').slice(0, 3), index.items.find((i) => i.type === 'predict')!];
    expect(textSources(set)).toEqual(['design/url-shortener']);
    expect(textFileName('design/url-shortener')).toBe('design-url-shortener.json');
    expect(textFileName('concept/consistent-hashing')).toBe('concept-consistent-hashing.json');
  });

  it('names the question whose text is missing rather than showing an empty one', () => {
    const item = index.items.find((i) => i.type === 'mcq')!;
    expect(() => withText(item, {})).toThrow(`the text of question "${item.id}" is missing`);
    expect(() => withText(item, undefined)).toThrow(item.id);
  });
});
