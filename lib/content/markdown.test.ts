import { describe, expect, it } from 'vitest';
import { diagramHash, scanBody } from './markdown';

const body = [
  '## Capacity estimates', // line 10
  '',
  '```mermaid',
  'flowchart LR',
  '  accTitle: Flow',
  '  accDescr: A to B.',
  '  a --> b',
  '```',
  '',
  '### The `read` path',
  '```js',
  '## not a heading',
  '```',
  '## Capacity estimates',
].join('\n');

describe('scanBody', () => {
  const { headings, diagrams } = scanBody(body, 10);

  it('finds headings outside code, with GitHub ids and file lines', () => {
    expect(headings).toEqual([
      { depth: 2, text: 'Capacity estimates', id: 'capacity-estimates', line: 10 },
      { depth: 3, text: 'The read path', id: 'the-read-path', line: 19 },
      { depth: 2, text: 'Capacity estimates', id: 'capacity-estimates-1', line: 23 },
    ]);
  });

  it('finds mermaid fences with their line and text alternative', () => {
    expect(diagrams).toHaveLength(1);
    expect(diagrams[0]).toMatchObject({ line: 12, title: 'Flow', description: 'A to B.' });
    expect(diagrams[0].hash).toBe(diagramHash('flowchart LR\n  accTitle: Flow\n  accDescr: A to B.\n  a --> b'));
  });

  it('hashes diagrams by their content', () => {
    expect(diagramHash('a')).not.toBe(diagramHash('b'));
    expect(diagramHash(' a \n')).toBe(diagramHash('a'));
    expect(diagramHash('a')).toMatch(/^[0-9a-f]{16}$/);
  });
});
