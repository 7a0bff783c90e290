/**
 * The bank as static files: an index that every quiz screen loads (sources and each item's
 * metadata), and one text file per source page that a session loads for the items it shows.
 * Split at export time (app/quiz/bank/*), joined again in the browser. Client-safe.
 */
import type { Bank, BankIndex, BankItem, IndexItem, ItemText, SourceText } from './item';

/** The index's path under the base path. */
export const bankIndexPath = '/quiz/bank/index.json';

/** The file name of a source page's texts: "design/url-shortener" → "design-url-shortener.json". */
export const textFileName = (sourceKey: string) => `${sourceKey.replace('/', '-')}.json`;

/** The path of a source page's texts under the base path. */
export const textPath = (sourceKey: string) => `/quiz/bank/${textFileName(sourceKey)}`;

const indexPart = ({ id, source, type, concepts, section, generator }: BankItem): IndexItem =>
  generator === undefined ? { id, source, type, concepts, section } : { id, source, type, concepts, section, generator };

const textPart = ({ prompt, choices, answer, answerValue, unit, tolerance, explanation }: BankItem): ItemText => ({
  prompt,
  choices,
  answer,
  answerValue,
  unit,
  tolerance,
  explanation,
});

/** The index, and the texts of each source page that has any, by source key. */
export function splitBank(bank: Bank): { index: BankIndex; texts: Map<string, SourceText> } {
  const texts = new Map<string, SourceText>();
  for (const item of bank.items) {
    if (item.type === 'predict') continue; // generated in the browser: no text to load
    const file = texts.get(item.source) ?? {};
    file[item.id] = textPart(item);
    texts.set(item.source, file);
  }
  return { index: { sources: bank.sources, items: bank.items.map(indexPart) }, texts };
}

/** The source pages whose text files these items need, each once, in order. */
export const textSources = (items: readonly IndexItem[]): string[] => [
  ...new Set(items.filter((i) => i.type !== 'predict').map((i) => i.source)),
];

/** An index item with its text; predict items get an empty prompt (theirs is generated). */
export function withText(item: IndexItem, text: SourceText | undefined): BankItem {
  if (item.type === 'predict') return { ...item, prompt: '' };
  const own = text?.[item.id];
  if (!own) throw new Error(`the text of question "${item.id}" is missing`);
  return { ...item, ...own };
}

/** The items with their texts, from the loaded text files by source key. */
export const joinItems = (items: readonly IndexItem[], texts: ReadonlyMap<string, SourceText>): BankItem[] =>
  items.map((item) => withText(item, texts.get(item.source)));
