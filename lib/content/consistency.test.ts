import { describe, expect, it } from 'vitest';
import { consistencyProblems, quotedNumbers, quotes } from './consistency';
import { resolveEstimates, type EstimateInput } from '../estimate/resolve';
import type { QuizItem, SimulatorPreset } from './schema';

const numbers = (text: string) => quotedNumbers(text).map((q) => [q.text, q.candidates]);

describe('quotedNumbers', () => {
  it('reads counts with scale words and separators', () => {
    expect(numbers('At 100 million URLs and 2.3 million inserts/s, 11,600 tweets/s, 1e9 and 100 K ops')).toEqual([
      ['100 million', [1e8]],
      ['2.3 million', [2.3e6]],
      ['11,600', [11600]],
      ['1e9', [1e9]],
      ['100 K', [1e5]],
    ]);
  });

  it('reads sizes only as bytes or bits, times both ways, and percentages as fractions', () => {
    expect(numbers('500 bytes, 4 GB, 16 KiB, 5 Mbps')).toEqual([
      ['500 bytes', [500]],
      ['4 GB', [4e9]],
      ['16 KiB', [16384]],
      ['5 Mbps', [5e6]],
    ]);
    expect(numbers('every 4 seconds for 2 hours, 150 ms, 20%')).toEqual([
      ['4 seconds', [4]],
      ['2 hours', [2, 7200]],
      ['150 ms', [150, 0.15]],
      ['20%', [0.2]],
    ]);
  });

  it('leaves out numbers glued to words, and keeps a hyphenated count', () => {
    expect(numbers('base62 codes, p99 latency, float32, 2^53, UTF-8, a 6-character code')).toEqual([['6', [6]]]);
  });

  it('matches a written number to a value rounded as a reader rounds', () => {
    expect(quotes(11600, 11574)).toBe(true);
    expect(quotes(2.3e6, 2.31e6)).toBe(true);
    expect(quotes(12000, 11574)).toBe(false);
    expect(quotes(0, 0)).toBe(true);
  });
});

const est = (list: EstimateInput[]) => resolveEstimates(list).resolved;
const input = (id: string, value: number, unit: string, label = id): EstimateInput => ({ id, label, value, unit, origin: 'assumed' });
const numeric = (prompt: string, more: Partial<QuizItem> = {}): QuizItem =>
  ({ id: 'q', type: 'numeric', prompt, estimate: 'qps', unit: 'req/s', tolerance: 0.25, explanation: 'twenty characters or more', section: 'x', ...more }) as QuizItem;
const page = (estimates: EstimateInput[], quiz: QuizItem[] = [], presets: SimulatorPreset[] = []) =>
  consistencyProblems({ file: 'f.mdx', kind: 'design', estimates: est(estimates), presets, quiz });

const base = [input('dau', 200e6, 'users'), input('perUser', 5, 'posts/user'), { id: 'qps', label: 'qps', formula: 'dau * perUser / 86400', unit: 'req/s' }];

describe('consistencyProblems', () => {
  it('accepts a prompt that writes its inputs as placeholders', () => {
    expect(page(base, [numeric('{dau} users post {perUser} times a day; how many posts per second?')])).toEqual([]);
  });

  it('names each typed number of an estimate the answer rests on', () => {
    expect(page(base, [numeric('200 million users post 5 times a day; how many per second?')])).toEqual([
      'f.mdx: frontmatter.quiz[0].prompt: "200 million" types the value of estimate "dau" (200 million users); write {dau} so the prompt follows the estimate',
      'f.mdx: frontmatter.quiz[0].prompt: "5" types the value of estimate "perUser" (5 posts/user); write {perUser} so the prompt follows the estimate',
    ]);
  });

  it('ignores numbers the answer does not rest on', () => {
    expect(page([...base, input('other', 7, 'x')], [numeric('{dau} users post {perUser} times a day over 7 days?')])).toEqual([]);
  });

  it('fails a literal answer that an estimate of the same unit gives within the tolerance', () => {
    const [problem] = page(base, [numeric('How many per second?', { estimate: undefined, answer: 12000 })]);
    expect(problem).toMatch(/quiz\[0\]\.answer: 12000 is within the item's tolerance of estimate "qps" \(11,574 req\/s\); write `estimate: qps`/);
    expect(page(base, [numeric('How many per second?', { estimate: undefined, answer: 50000 })])).toEqual([]);
  });

  it('fails a preset value equal to an estimate of the same kind, not a coincidence of another kind', () => {
    const estimates = [input('shards', 8, 'shards'), input('peak', 2, 'x'), input('replicationFactor', 3, 'x'), input('edgeSpan', 2, 's', 'Span of the burst')];
    const preset = (params: SimulatorPreset['params']): SimulatorPreset => ({ sim: 'consistent-hashing', id: 'p', title: 'a preset', models: 'something of the design', params });
    expect(page(estimates, [], [preset({ nodes: { value: 8, origin: 'assumed' }, replicas: { value: 3, origin: 'assumed' } })])).toEqual([
      'f.mdx: frontmatter.simulators[0].params.nodes.value: 8 equals estimate "shards" (8 shards); write `{ estimate: shards }` so the preset follows it',
      'f.mdx: frontmatter.simulators[0].params.replicas.value: 3 equals estimate "replicationFactor" (3×); write `{ estimate: replicationFactor }` so the preset follows it',
    ]);
    expect(page(estimates, [], [preset({ vnodes: { value: 2, origin: 'assumed' }, replicas: { value: 2, origin: 'assumed' } })])).toEqual([]);
  });

  it('fails placeholders outside numeric items that name an estimate', () => {
    const mcq = { id: 'm', type: 'mcq', prompt: 'With {dau} users, which store?', choices: ['a', 'b', 'c'], answer: 0, explanation: 'twenty characters or more', section: 'x' } as QuizItem;
    expect(page(base, [mcq])).toEqual(['f.mdx: frontmatter.quiz[0].prompt: {dau} placeholders are filled only in numeric items that name an estimate']);
  });

  it('fails a design label with a typed figure and unit, or one quoting an input it rests on', () => {
    expect(page([input('block', 16384, 'iB', 'Request size (16 KiB)')])).toEqual([
      'f.mdx: frontmatter.estimates[0].label: "16 KiB" is a figure with a unit typed into the label; the unit belongs in `unit`, the figure in an estimate (or the detail in `note`)',
    ]);
    const years = [input('years', 5, 'years'), { id: 'total', label: 'URLs stored after 5 years', formula: 'years * 12', unit: 'urls' }];
    expect(page(years)).toEqual([
      'f.mdx: frontmatter.estimates[1].label: "5 years" quotes estimate "years" (5 years), which a reader can change; leave the figure out of the label',
    ]);
    // Figures that are definitions or constants of the formula stay.
    expect(page([input('bytesPerChar', 4, 'B', 'Worst-case UTF-8 bytes per character'), { id: 'ids', label: '64-bit IDs in a 5-minute window', formula: 'bytesPerChar * 300', unit: 'ids' }])).toEqual([]);
  });
});
