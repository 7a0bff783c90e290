import { describe, expect, it } from 'vitest';
import { filterValues, toPagefindFilters } from './filters';

const known = {
  kind: { Design: 44, Concept: 14 },
  category: { 'Data & AI/ML': 9, 'Real-Time & Communication': 6 },
  module: { 'Module 10: Authentication Mechanisms': 1, 'Module 2: Load Balancing': 2, 'Module 1: Basics': 3 },
};

describe('toPagefindFilters', () => {
  it('passes known kind, category and module choices', () => {
    expect(toPagefindFilters({ kind: 'Design', group: 'category:Data & AI/ML' }, known)).toEqual({ kind: 'Design', category: 'Data & AI/ML' });
    expect(toPagefindFilters({ kind: '', group: 'module:Module 1: Basics' }, known)).toEqual({ module: 'Module 1: Basics' });
  });

  it('drops unknown values and filter names instead of sending them', () => {
    expect(toPagefindFilters({ kind: 'Podcast', group: 'category:Nope' }, known)).toEqual({});
    expect(toPagefindFilters({ kind: '', group: 'kind:Design' }, known)).toEqual({});
    expect(toPagefindFilters({ kind: '', group: 'garbage' }, known)).toEqual({});
    expect(toPagefindFilters({ kind: 'Design', group: '' }, {})).toEqual({});
  });
});

describe('filterValues', () => {
  it('lists values with counts in natural order', () => {
    expect(filterValues(known, 'module').map((v) => v.value)).toEqual([
      'Module 1: Basics',
      'Module 2: Load Balancing',
      'Module 10: Authentication Mechanisms',
    ]);
    expect(filterValues(known, 'kind')).toEqual([
      { value: 'Concept', count: 14 },
      { value: 'Design', count: 44 },
    ]);
    expect(filterValues(known, 'missing')).toEqual([]);
  });
});
