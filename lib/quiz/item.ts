/**
 * The quiz's item bank, as the browser receives it: an index of every item's metadata
 * (quiz/bank/index.json) and each source page's item texts (quiz/bank/<kind>-<slug>.json), both
 * built from the content at export time (bank.ts, bank-files.ts). Plain data only: no zod, no
 * content loader.
 */

export type ItemType = 'mcq' | 'flashcard' | 'numeric' | 'predict';
export const itemTypes: readonly ItemType[] = ['mcq', 'numeric', 'flashcard', 'predict'];
export const itemTypeNames: Record<ItemType, string> = {
  mcq: 'Multiple choice',
  numeric: 'Numeric estimate',
  flashcard: 'Flashcard',
  predict: 'Predict, then run',
};

/** The page an item belongs to. `key` is "design/<slug>" or "concept/<slug>". */
export type BankSource = {
  key: string;
  kind: 'design' | 'concept';
  slug: string;
  title: string;
  href: string;
  /** A design's category, or a concept's module. */
  category: string;
  tags: string[];
};

/** What every quiz screen knows of an item: enough to count, schedule, filter and group it. */
export type IndexItem = {
  /** Stable across content edits: "design/<slug>/<itemId>", "concept/<slug>/<itemId>" or
   * "sim/<generator>". Progress is keyed by it. */
  id: string;
  /** The `key` of its source page. */
  source: string;
  type: ItemType;
  /** Concepts the item tests: a concept page's own slug, or a generator's concepts. */
  concepts: string[];
  /** The section the item tests, to read after answering. */
  section: { id: string; title: string; href: string };
  /** predict: the generator that makes a fresh instance of the item. */
  generator?: string;
};

/** What a session shows of an item, loaded with its source page's text file. */
export type ItemText = {
  /** Empty for predict items, whose prompt is generated. */
  prompt: string;
  choices?: string[];
  /** mcq: index of the right choice; flashcard: the answer text. */
  answer?: number | string;
  /** numeric: the right value in `unit`, accepted within `tolerance` (relative). */
  answerValue?: number;
  unit?: string;
  tolerance?: number;
  explanation?: string;
};

/** A whole item: its index entry and its text. */
export type BankItem = IndexItem & ItemText;

/** What every quiz screen loads (quiz/bank/index.json). */
export type BankIndex = { sources: BankSource[]; items: IndexItem[] };

/** The whole bank: the index with every item's text joined in (built at export, and in tests). */
export type Bank = { sources: BankSource[]; items: BankItem[] };

/** One source page's text file: the text of each of its items, by item id. Predict items have none. */
export type SourceText = Record<string, ItemText>;

/** An item as shown: a bank item, or a predict item instantiated with a seed. */
export type ShownItem = ItemText & {
  item: BankItem;
  type: 'mcq' | 'flashcard' | 'numeric';
  /** What the simulator showed, for predict items. */
  outcome?: string[];
  /** The same run on the simulator page, for predict items. */
  rerun?: { href: string; hint: string };
};
