import { describe, expect, it } from 'vitest';
import { h2Section } from './sections';

const headings = [
  { depth: 2, text: 'Requirements', line: 10 },
  { depth: 3, text: 'Functional', line: 12 },
  { depth: 2, text: 'Deep dives', line: 20 },
  { depth: 3, text: 'Hot keys', line: 22 },
  { depth: 4, text: 'Detail', line: 24 },
  { depth: 3, text: 'Expiry', line: 30 },
];

describe('h2Section', () => {
  it('gives the headings under an h2 and the line of the next h2', () => {
    expect(h2Section(headings, 'Requirements')).toEqual({ heading: headings[0], inside: [headings[1]], endLine: 20 });
  });
  it('runs the last section to the end of the page', () => {
    expect(h2Section(headings, 'Deep dives')).toEqual({ heading: headings[2], inside: headings.slice(3), endLine: Infinity });
  });
  it('finds only h2 headings by their exact text', () => {
    expect(h2Section(headings, 'Functional')).toBeUndefined();
    expect(h2Section(headings, 'Deep')).toBeUndefined();
  });
});
