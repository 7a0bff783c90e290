/**
 * The mock interview: 45 minutes in six phases with a suggested time each, prompts that any
 * interviewer would give, hints drawn from the design's own page (its requirement areas,
 * estimates, endpoints, tables, components, deep dives, trade-offs and follow-up questions),
 * and a self-assessment rubric. Pure: the hints are read from the page's text at build time.
 */
import { h2Section } from '../content/sections';

export type MockPhase = {
  id: string;
  title: string;
  minutes: number;
  /** The design page's sections that hold this phase's part of the model answer. */
  sections: string[];
  prompts: string[];
};

export const MOCK_MINUTES = 45;

export const mockPhases: readonly MockPhase[] = [
  {
    id: 'requirements',
    title: 'Requirements',
    minutes: 5,
    sections: ['Requirements'],
    prompts: [
      'Ask what the system must do, and agree on the few features you will design.',
      'Pin down scale, latency, availability and consistency targets with numbers.',
    ],
  },
  {
    id: 'estimates',
    title: 'Estimates',
    minutes: 5,
    sections: ['Capacity estimates'],
    prompts: [
      'Work out requests per second (average and peak), storage over the retention period and bandwidth, with units.',
      'Say which number shapes the design: read-heavy or write-heavy, memory-bound or disk-bound.',
    ],
  },
  {
    id: 'api-data',
    title: 'API and data model',
    minutes: 8,
    sections: ['API', 'Data model'],
    prompts: [
      'Define the main endpoints: method, path, parameters, response and errors.',
      'Choose the stores, their keys and how they are partitioned, from the access patterns.',
    ],
  },
  {
    id: 'high-level',
    title: 'High-level design',
    minutes: 10,
    sections: ['High-level architecture'],
    prompts: [
      'Draw the components and walk one write and one read through them.',
      'Say where state lives and how each tier scales.',
    ],
  },
  {
    id: 'deep-dives',
    title: 'Deep dives',
    minutes: 12,
    sections: ['Deep dives'],
    prompts: [
      'Pick the two or three hardest parts of this system and go deep on them.',
      'Compare alternatives and name their costs and failure modes.',
    ],
  },
  {
    id: 'wrap-up',
    title: 'Wrap-up',
    minutes: 5,
    sections: ['Trade-offs and alternatives', 'Follow-up questions'],
    prompts: [
      'Summarize the design and the trade-offs you chose.',
      'Say what you would do next: bottlenecks, monitoring, failure handling.',
    ],
  },
];

export type RubricCriterion = { id: string; phase: string; text: string };

export const rubric: readonly RubricCriterion[] = [
  { id: 'scope', phase: 'requirements', text: 'Clarified the functional scope before designing' },
  { id: 'targets', phase: 'requirements', text: 'Stated non-functional targets with numbers' },
  { id: 'arithmetic', phase: 'estimates', text: 'Derived traffic, storage and bandwidth with units' },
  { id: 'numbers-used', phase: 'estimates', text: 'Used the numbers to drive a design decision' },
  { id: 'api', phase: 'api-data', text: 'Defined the core endpoints with parameters and responses' },
  { id: 'data', phase: 'api-data', text: 'Chose stores and keys that fit the access patterns' },
  { id: 'flow', phase: 'high-level', text: 'Walked a request through every component end to end' },
  { id: 'scaling', phase: 'high-level', text: 'Explained how each tier scales and where state lives' },
  { id: 'depth', phase: 'deep-dives', text: 'Went deep on the hardest part of this system' },
  { id: 'alternatives', phase: 'deep-dives', text: 'Compared alternatives with their costs' },
  { id: 'trade-offs', phase: 'wrap-up', text: 'Summarized trade-offs and failure modes' },
  { id: 'time', phase: 'wrap-up', text: 'Kept to time and covered every phase' },
];

export const scoreLabels = ['Missed', 'Partial', 'Solid', 'Strong'] as const;

/** The share of the rubric's maximum that the scores reach (unscored criteria count 0). */
export function rubricShare(scores: Record<string, number>): number {
  const total = rubric.reduce((sum, c) => sum + (scores[c.id] ?? 0), 0);
  return total / (rubric.length * (scoreLabels.length - 1));
}

/** The phase the clock is in when phases keep their suggested times. */
export function suggestedPhase(elapsedMs: number): number {
  let end = 0;
  for (let i = 0; i < mockPhases.length; i++) {
    end += mockPhases[i].minutes * 60_000;
    if (elapsedMs < end) return i;
  }
  return mockPhases.length - 1;
}

/** When phase `index` should start, in ms from the start of the interview. */
export const phaseStart = (index: number) => mockPhases.slice(0, index).reduce((sum, p) => sum + p.minutes * 60_000, 0);

// ---- Hints from the page ----

type Heading = { depth: number; text: string; line: number };
export type MockSource = {
  body: string;
  /** File line of the body's first line (headings carry file lines). */
  bodyLine: number;
  headings: Heading[];
  estimates: { label: string; formula?: string }[];
};

/** Markdown flattened for a hint: links, emphasis and code marks removed. */
const plain = (text: string) =>
  text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const unique = (items: string[], max: number) => [...new Set(items.filter(Boolean))].slice(0, max);

/** "a, b, c" or, past `max`, "a, b, c and 4 more". */
const listJoin = (items: string[], max = 10) =>
  items.length > max ? `${items.slice(0, max).join(', ')} and ${items.length - max} more` : items.join(', ');

/** The lines of the h2 section `title` (without its heading), or [] when the page has none. */
export function sectionLines(src: MockSource, title: string): string[] {
  const section = h2Section(src.headings, title);
  if (!section) return [];
  return src.body.split('\n').slice(section.heading.line - src.bodyLine + 1, section.endLine - src.bodyLine);
}

/** The h3 headings inside the h2 section `title`. */
const subheadings = (src: MockSource, title: string): string[] =>
  (h2Section(src.headings, title)?.inside ?? []).filter((h) => h.depth === 3).map((h) => h.text);

/** Prose lines only: fenced code blocks removed. */
function outsideFences(lines: string[]): string[] {
  let inFence = false;
  return lines.filter((l) => {
    if (/^\s*(`{3,}|~{3,})/.test(l)) {
      inFence = !inFence;
      return false;
    }
    return !inFence;
  });
}

/** "Create" from "- Create: given a long URL ...", and first cells of table rows. */
function leadPhrases(lines: string[]): string[] {
  const out: string[] = [];
  const prose = outsideFences(lines);
  prose.forEach((l, i) => {
    const bullet = /^\s*[-*]\s+(?:\*\*)?([^:*]{2,40}?)(?:\*\*)?:\s/.exec(l);
    if (bullet) out.push(plain(bullet[1]));
    const row = /^\|([^|]+)\|/.exec(l);
    const isHeader = /^\|\s*:?-{3,}/.test(prose[i + 1] ?? '');
    if (row && !/^\|\s*:?-{3,}/.test(l) && !isHeader) out.push(plain(row[1]));
  });
  return out;
}

/** Questions from "- How ...? answer" bullets or "**How ...?** answer" paragraphs. */
function questions(lines: string[]): string[] {
  return outsideFences(lines).flatMap((l) => {
    const m = /^\s*(?:[-*]\s+)?(?:\*\*)?([A-Z][^?]{8,200}\?)/.exec(l);
    return m ? [plain(m[1])] : [];
  });
}

function requirementHints(src: MockSource): string[] {
  const h3 = src.headings.filter((h) => h.depth === 3);
  const hints: string[] = [];
  for (const kind of ['Functional', 'Non-functional']) {
    const head = h3.find((h) => h.text.startsWith(kind));
    if (!head) continue;
    const start = head.line - src.bodyLine + 1;
    const all = src.body.split('\n');
    const end = all.findIndex((l, i) => i >= start && /^#{2,3}\s/.test(l));
    const part = all.slice(start, end === -1 ? undefined : end);
    const leads = unique(leadPhrases(part), 12);
    const items = outsideFences(part).filter((l) => /^\s*[-*]\s/.test(l) || (/^\|/.test(l) && !/^\|\s*:?-{3,}/.test(l))).length;
    if (leads.length >= 2) hints.push(`${kind} areas the model answer covers: ${listJoin(leads)}.`);
    else if (items) hints.push(`The model answer lists ${items} ${kind.toLowerCase()} requirements.`);
  }
  return hints;
}

function estimateHints(src: MockSource): string[] {
  const inputs = src.estimates.filter((e) => !e.formula).map((e) => e.label);
  const derived = src.estimates.filter((e) => e.formula).map((e) => e.label);
  return [
    inputs.length ? `Assumptions the model answer starts from: ${listJoin(inputs)}.` : '',
    derived.length ? `Figures it works out: ${listJoin(derived)}.` : '',
  ].filter(Boolean);
}

function apiHints(src: MockSource): string[] {
  const api = sectionLines(src, 'API').join('\n');
  const endpoints = unique(
    [
      ...[...api.matchAll(/\b(GET|POST|PUT|PATCH|DELETE)\s+(\/[^\s`|)]*)/g)].map((m) => `${m[1]} ${m[2]}`),
      ...[...api.matchAll(/\brpc\s+(\w+)/g)].map((m) => `rpc ${m[1]}`),
    ],
    8,
  );
  const model = sectionLines(src, 'Data model');
  const tables = unique(
    [
      ...[...model.join('\n').matchAll(/CREATE TABLE (?:IF NOT EXISTS )?([A-Za-z_][\w.]*)/gi)].map((m) => m[1]),
      ...outsideFences(model).flatMap((l) => {
        const m = /^\|\s*`([A-Za-z_][\w.:-]*)`/.exec(l);
        return m ? [m[1]] : [];
      }),
    ],
    10,
  );
  const apiSub = subheadings(src, 'API');
  const modelSub = subheadings(src, 'Data model');
  return [
    endpoints.length ? `Endpoints in the model answer: ${listJoin(endpoints)}.` : '',
    !endpoints.length && apiSub.length ? `Its API covers: ${listJoin(apiSub)}.` : '',
    tables.length ? `Tables and keyspaces it uses: ${listJoin(tables)}.` : '',
    !tables.length && modelSub.length ? `Its data model covers: ${listJoin(modelSub)}.` : '',
  ].filter(Boolean);
}

function architectureHints(src: MockSource): string[] {
  const lines = sectionLines(src, 'High-level architecture');
  const start = lines.findIndex((l) => /^\s*```mermaid/.test(l));
  const hints: string[] = [];
  if (start !== -1) {
    const end = lines.findIndex((l, i) => i > start && /^\s*```\s*$/.test(l));
    const diagram = lines.slice(start + 1, end === -1 ? undefined : end).join('\n');
    const labels = unique([...diagram.matchAll(/\[\s*"([^"]+)"\s*\]|\(\s*"([^"]+)"\s*\)/g)].map((m) => plain(m[1] ?? m[2])), 12);
    if (labels.length) hints.push(`Components in the model answer's diagram: ${listJoin(labels)}.`);
  }
  const sub = subheadings(src, 'High-level architecture');
  if (sub.length) hints.push(`Flows it walks through: ${listJoin(sub)}.`);
  return hints;
}

function deepDiveHints(src: MockSource): string[] {
  const sub = subheadings(src, 'Deep dives');
  return sub.length ? [`Deep dives in the model answer: ${listJoin(sub)}.`] : [];
}

function wrapUpHints(src: MockSource): string[] {
  const decisions = unique(leadPhrases(sectionLines(src, 'Trade-offs and alternatives')), 10);
  const asked = questions(sectionLines(src, 'Follow-up questions')).slice(0, 5);
  return [
    decisions.length ? `Decisions to defend: ${listJoin(decisions)}.` : '',
    ...asked.map((q) => `Follow-up: ${q}`),
  ].filter(Boolean);
}

/** Hints for each phase, from the design's page. */
export function phaseHints(src: MockSource): Record<string, string[]> {
  return {
    requirements: requirementHints(src),
    estimates: estimateHints(src),
    'api-data': apiHints(src),
    'high-level': architectureHints(src),
    'deep-dives': deepDiveHints(src),
    'wrap-up': wrapUpHints(src),
  };
}
