import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from './load';
import { fillPlaceholders } from '../estimate/placeholders';
import { referenceNumber } from '../estimate/reference-numbers';

const valid = readFileSync(path.join(__dirname, 'fixtures/valid-design.mdx'), 'utf8');

/** The concept pages the fixture design builds on. */
const conceptPages = Object.fromEntries(
  ['consistent-hashing', 'base62-encoding'].map((slug) => {
    const file = `content/concepts/${slug}.mdx`;
    return [file, readFileSync(path.join(__dirname, '../..', file), 'utf8')];
  }),
);

/** A content root holding the real seedmap, the fixture design's concept pages and the given pages. */
function root(pages: Record<string, string | null>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sds-content-'));
  cpSync(path.join(__dirname, '../../data/seedmap'), path.join(dir, 'data/seedmap'), { recursive: true });
  for (const [file, text] of Object.entries({ ...conceptPages, ...pages })) {
    if (text === null) continue;
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const problemsFor = (text: string, file = 'content/designs/url-shortener.mdx') =>
  loadLibrary(root({ [file]: text })).problems;

describe('loadLibrary', () => {
  it('accepts a valid design and resolves its estimates, presets and quiz answers', () => {
    const { library, problems } = loadLibrary(root({ 'content/designs/url-shortener.mdx': valid }));
    expect(problems).toEqual([]);
    const page = library.designs[0];
    expect(page.estimates.find((e) => e.id === 'urls5y')?.result).toBe(6e9);
    expect(page.quiz.find((q) => q.id === 'q6')).toMatchObject({ answerValue: 6e9 });
    expect(page.presets[0].params.nodes).toEqual({ value: 8, origin: 'assumed' });
    expect(fillPlaceholders(page.quiz.find((q) => q.id === 'q6')!.prompt, new Map(page.estimates.map((e) => [e.id, e])))).toBe('How many URLs in 5 years?');
    expect(page.headings.map((h) => h.id)).toContain('high-level-architecture');
    expect(page.diagrams).toHaveLength(1);
  });

  it.each([
    ['invalid frontmatter field', valid.replace('difficulty: medium', 'difficulty: brutal'), 'frontmatter.difficulty'],
    ['a missing section', valid.replace('## API\n', '## Interface\n'), 'section "## API" is missing'],
    ['sections out of order', valid.replace('## API', '## TMP').replace('## Data model', '## API').replace('## TMP', '## Data model'), 'section "## Data model" is out of order'],
    ['an unknown concept', valid.replace('base62-encoding]', 'base62-magic]'), 'frontmatter.concepts[1]: unknown concept "base62-magic"'],
    ['an unknown related design', valid.replace('related: [typeahead]', 'related: [pastebinx]'), 'frontmatter.related[0]: unknown design "pastebinx"'],
    ['a seed source left out', valid.replace("  - { seed: '003', number: 1 }\n", ''), 'misses 003#1'],
    ['a source of another design', valid.replace("{ seed: '003', number: 1 }", "{ seed: '003', number: 2 }"), 'belongs to design "news-feed"'],
    ['a quiz item testing no section', valid.replace('section: api }', 'section: apis }'), 'frontmatter.quiz[1].section: no heading with id "apis"'],
    ['a formula naming no estimate', valid.replace('urlsPerMonth * 12', 'urlsPerMonthh * 12'), 'frontmatter.estimates[1].formula: uses unknown estimate urlsPerMonthh'],
    ['a preset out of range', valid.replace('nodes: { value: 8', 'nodes: { value: 5000'), 'frontmatter.simulators[0].params.nodes.value: must be between 1 and 1000'],
    ['a numeric answer in another unit', valid.replace('unit: urls, tolerance', 'unit: B, tolerance'), 'differs from the unit of estimate "urls5y"'],
    ['a diagram with no text alternative', valid.replace('  accDescr: A client calls the API.\n', ''), 'url-shortener.mdx:63: mermaid diagram has no "accDescr:"'],
    ['an unknown MDX component', valid.replace('Some.', 'Some <Chart />.'), '<Chart> is not a component of the MDX vocabulary'],
    ['too few quiz items', valid.replace(/ {2}- \{ id: q5.*\n/, ''), 'frontmatter.quiz: Too small'],
    ['a body link to an unknown design', valid.replace('Codes.', 'See [this](/designs/no-such-design/).'), 'url-shortener.mdx:72: link to unknown design "no-such-design"'],
    ['a category other than the seedmap\'s', valid.replace('category: Product & Platform', 'category: Data & AI/ML'), 'differs from the seedmap\'s "Product & Platform"'],
    ['an unknown reference number', valid.replace('  - id: urls5y', '  - { id: redis, label: Redis rate, reference: redisOps }\n  - id: urls5y'), 'frontmatter.estimates[1].reference: unknown reference number "redisOps"'],
    ['a reference number with an origin', valid.replace('  - id: urls5y', "  - { id: redis, label: Redis rate, reference: redisOpsPerSecond, origin: assumed }\n  - id: urls5y"), "frontmatter.estimates[1].origin: a reference number's origin is its source"],
    ['a reference number in another unit', valid.replace('  - id: urls5y', '  - { id: redis, label: Redis rate, reference: redisOpsPerSecond, unit: req/s }\n  - id: urls5y'), 'frontmatter.estimates[1].unit: "req/s" differs from the unit of reference "redisOpsPerSecond"'],
    ['a literal numeric answer an estimate gives', valid.replace('estimate: urls5y, unit: urls', 'answer: 6.1e9, unit: urls'), 'frontmatter.quiz[5].answer: 6100000000 is within the item\'s tolerance of estimate "urls5y"'],
    ['a preset value an estimate gives', valid.replace('keys: { value: 10000', 'keys: { value: 100000000'), 'frontmatter.simulators[0].params.keys.value: must be between 1 and 1000000'],
    ['a prompt that types an input\'s value', valid.replace('prompt: How many URLs in 5 years?', "prompt: 'At 100 million URLs a month, how many URLs in 5 years?'"), 'frontmatter.quiz[5].prompt: "100 million" types the value of estimate "urlsPerMonth"'],
    ['a placeholder naming no estimate', valid.replace('prompt: How many URLs in 5 years?', "prompt: 'At {urlsPerMonthh} URLs a month, how many in 5 years?'"), 'frontmatter.quiz[5].prompt: {urlsPerMonthh} names no estimate of this page'],
    ['a label with a typed figure and unit', valid.replace('label: New URLs per month', 'label: New URLs per month (about 10 GB of text)'), 'frontmatter.estimates[0].label: "10 GB" is a figure with a unit typed into the label'],
    ['a label quoting an input it rests on', valid.replace('label: URLs kept over the retention period', 'label: URLs kept after 100 million a month'), 'frontmatter.estimates[1].label: "100 million" quotes estimate "urlsPerMonth"'],
  ])('fails on %s, naming file and field', (_name, text, expected) => {
    const problems = problemsFor(text);
    expect(problems.some((p) => p.startsWith('content/designs/url-shortener.mdx') && p.includes(expected)), problems.join('\n')).toBe(true);
  });

  it('gives an estimate naming a reference number its value, unit and origin', () => {
    const text = valid.replace('  - id: urls5y', '  - { id: redisRate, label: Operations per Redis process, reference: redisOpsPerSecond }\n  - id: urls5y');
    const { library, problems } = loadLibrary(root({ 'content/designs/url-shortener.mdx': text }));
    expect(problems).toEqual([]);
    const ref = referenceNumber('redisOpsPerSecond')!;
    expect(library.designs[0].estimates.find((e) => e.id === 'redisRate')).toMatchObject({ result: ref.value, unit: ref.unit, origin: 'reference', reference: ref.id });
  });

  it('fails on a design concept that has no page', () => {
    const { problems } = loadLibrary(root({ 'content/designs/url-shortener.mdx': valid, 'content/concepts/base62-encoding.mdx': null }));
    expect(problems).toEqual([
      'content/designs/url-shortener.mdx: frontmatter.concepts[1]: concept "base62-encoding" has no page (content/concepts/base62-encoding.mdx)',
    ]);
  });

  it('fails on a concept page that leaves out a source concepts.json cites', () => {
    const page = conceptPages['content/concepts/consistent-hashing.mdx'].replace("'003#45', ", '');
    const { problems } = loadLibrary(root({ 'content/designs/url-shortener.mdx': valid, 'content/concepts/consistent-hashing.mdx': page }));
    expect(problems).toEqual([
      'content/concepts/consistent-hashing.mdx: frontmatter.sources: missing "003#45", which data/seedmap/concepts.json cites for this concept',
    ]);
  });

  it('fails on a page whose slug is not in the seedmap', () => {
    expect(problemsFor(valid, 'content/designs/url-shortenerz.mdx')).toEqual([
      'content/designs/url-shortenerz.mdx: "url-shortenerz" is not a design slug of data/seedmap/canonical.json',
    ]);
  });

  it('reports YAML that does not parse', () => {
    const problems = problemsFor(valid.replace('tags: [hashing]', 'tags: [hashing'));
    expect(problems[0]).toMatch(/^content\/designs\/url-shortener\.mdx: frontmatter is not valid YAML/);
  });
});
