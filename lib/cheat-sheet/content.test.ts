import { describe, expect, it } from 'vitest';
import { scanBody } from '../content/markdown';
import { resolveEstimates } from '../estimate/resolve';
import { mainDiagram, sheetContent, sheetNumbers } from './content';

const body = `
## Requirements

### Functional requirements

- **Create**: given a long URL, return a short one (001#1). Codes are 7 characters.
- Redirect: \`GET /code\` sends the browser to the long URL.

### Non-functional requirements

| Property | Target | Source |
|---|---|---|
| Latency | p99 under 10 ms | 001#1 |
| Availability | 99.99% | assumed |

## Capacity estimates

<Estimates />

## High-level architecture

Text before the diagrams.

\`\`\`mermaid
flowchart LR
  accTitle: Architecture
  accDescr: Clients reach servers.
  a --> b
\`\`\`

\`\`\`mermaid
sequenceDiagram
  accTitle: A flow
  accDescr: One call.
  A->>B: call
\`\`\`

## Deep dives

### 1. Generating the code

Body.

### Abuse

Body.

## Trade-offs and alternatives

| Decision | Choice | Alternative | Why |
|---|---|---|---|
| Code source | Counter ranges | Hash and truncate | No collisions (001#1); hashing wins only for dedupe |

## Follow-up questions

- **What if the allocator is down?** Servers keep their block.
- How many Redis nodes? Two or three.
`;

const estimates = resolveEstimates([
  { id: 'writes', label: 'Writes per month', value: 100e6, unit: 'urls/month', origin: 'assumed' },
  { id: 'writeQps', label: 'Average writes per second', formula: 'writes / (30 * 86400)', unit: 'req/s' },
  { id: 'storage', label: 'Storage', formula: 'writes * 500', unit: 'B' },
  { id: 'keysSample', label: 'Codes placed in the simulator', formula: 'writes / 1e5', unit: 'codes' },
]).resolved;

describe('sheetContent', () => {
  const content = sheetContent({ body, estimates, concepts: ['Sharding'] });

  it('takes functional requirements from the list, in brief and without citations', () => {
    expect(content.functional).toEqual([
      'Create: given a long URL, return a short one.',
      'Redirect: GET /code sends the browser to the long URL.',
    ]);
  });

  it('takes non-functional requirements from a table as "property: target"', () => {
    expect(content.nonFunctional).toEqual(['Latency: p99 under 10 ms', 'Availability: 99.99%']);
  });

  it('lists the deep-dive headings without the numbers some pages give them', () => {
    expect(content.deepDives).toEqual(['Generating the code', 'Abuse']);
  });

  it('keeps the trade-offs table with its own header and cells in brief', () => {
    expect(content.tradeOffs).toEqual({
      head: ['Decision', 'Choice', 'Alternative', 'Why'],
      rows: [['Code source', 'Counter ranges', 'Hash and truncate', 'No collisions; hashing wins only for dedupe']],
    });
  });

  it('keeps only the question of each follow-up', () => {
    expect(content.followUps).toEqual(['What if the allocator is down?', 'How many Redis nodes?']);
  });

  it('reads follow-ups written as one paragraph per question', () => {
    const paragraphs = body.replace(/- \*\*What if[^\n]*\n- How many[^\n]*\n/, '**Why not one node?** It fails.\n\nIs it fast? Yes.\n');
    expect(sheetContent({ body: paragraphs, estimates, concepts: [] }).followUps).toEqual(['Why not one node?', 'Is it fast?']);
  });

  it('passes the concept titles through', () => {
    expect(content.concepts).toEqual(['Sharding']);
  });
});

describe('sheetNumbers', () => {
  it('lists derived figures formatted by the units library, not inputs or simulator scaling', () => {
    expect(sheetNumbers(estimates)).toEqual([
      { id: 'writeQps', label: 'Average writes per second', value: '38.6 req/s' },
      { id: 'storage', label: 'Storage', value: '50 GB' },
    ]);
  });

  it('leaves out a figure that cannot be worked out', () => {
    const broken = resolveEstimates([{ id: 'x', label: 'Broken', formula: '1 / 0', unit: 'x' }]).resolved;
    expect(sheetNumbers(broken)).toEqual([]);
  });
});

describe('mainDiagram', () => {
  it('is the first diagram of "High-level architecture", not the first of the page', () => {
    const withEarlier = body.replace('## Capacity estimates', '## Capacity estimates\n\n```mermaid\nflowchart LR\n  x --> y\n```\n');
    const scanned = scanBody(withEarlier);
    expect(scanned.diagrams).toHaveLength(3);
    expect(mainDiagram(scanned)?.title).toBe('Architecture');
  });

  it('falls back to the first diagram, or none', () => {
    expect(mainDiagram(scanBody('## Other\n\n```mermaid\nflowchart LR\n  accTitle: Only\n  a --> b\n```\n'))?.title).toBe('Only');
    expect(mainDiagram(scanBody('## Other\n\nText.'))).toBeUndefined();
  });
});
