import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, SAVED_VERSION } from './keys';
import { emptySaved, exportDocument, migrate, parseImport, salvage, savedSchema, type SavedState } from './saved';
import { reviewCard } from './scheduler';

const t0 = Date.UTC(2026, 0, 5, 12);

const sample = (): SavedState => ({
  cards: {
    'design/url-shortener/code-length': reviewCard(undefined, 3, t0),
    'concept/token-bucket/burst-vs-rate': reviewCard(undefined, 1, t0),
    'sim/ring-join-share': reviewCard(undefined, 4, t0),
  },
  days: { '2026-01-05': 3 },
  settings: { newPerDay: 15 },
  mock: {
    notes: { 'url-shortener': 'base62, 7 chars' },
    clocks: { 'url-shortener': { elapsedMs: 60_000, runningSince: null, phase: 1, phaseStartedMs: 30_000 } },
    sessions: [{ slug: 'url-shortener', finishedAt: t0, elapsedMs: 2_700_000, scores: { scope: 2, depth: 3 } }],
  },
});

/** A version 1 card: ts-fsrs's own JSON. */
const v1Card = {
  due: '2026-01-06T12:00:00.000Z',
  stability: 3.1,
  difficulty: 5.2,
  elapsed_days: 0,
  scheduled_days: 1,
  learning_steps: 0,
  reps: 2,
  lapses: 0,
  state: 2,
  last_review: '2026-01-05T12:00:00.000Z',
};

describe('saved data', () => {
  it('the sample and the empty state are valid', () => {
    expect(savedSchema.safeParse(sample()).success).toBe(true);
    expect(savedSchema.safeParse(emptySaved()).success).toBe(true);
  });

  it('migrates version 1 to the current version', () => {
    const v1 = {
      cards: { 'design/url-shortener/code-length': v1Card, 'design/url-shortener/bad': { ...v1Card, due: 'not a date' } },
      days: { '2026-01-05': 2 },
      newPerDay: 20,
      notes: { 'url-shortener': 'my notes' },
    };
    const { state, dropped } = salvage(migrate(v1, 1));
    expect(state.cards['design/url-shortener/code-length']).toEqual({
      due: Date.parse(v1Card.due),
      stability: 3.1,
      difficulty: 5.2,
      scheduledDays: 1,
      learningSteps: 0,
      reps: 2,
      lapses: 0,
      state: 2,
      lastReview: Date.parse(v1Card.last_review),
      firstReview: Date.parse(v1Card.last_review),
    });
    expect(state.settings.newPerDay).toBe(20);
    expect(state.mock.notes['url-shortener']).toBe('my notes');
    expect(state.days).toEqual({ '2026-01-05': 2 });
    expect(dropped).toEqual([expect.stringMatching(/^card "design\/url-shortener\/bad" \(due: /)]);
    // A migrated card schedules like any other.
    expect(reviewCard(state.cards['design/url-shortener/code-length'], 3, Date.parse(v1Card.due)).reps).toBe(3);
  });

  it('the current version migrates to itself unchanged; unknown versions are refused', () => {
    expect(migrate(sample(), SAVED_VERSION)).toEqual(sample());
    expect(() => migrate({}, 0)).toThrow(/unknown version 0/);
    expect(() => migrate({}, 1.5)).toThrow(/unknown version/);
    expect(() => migrate({}, SAVED_VERSION + 1)).toThrow(/newer version/);
  });

  describe('salvage keeps every valid entry of damaged data and names the rest', () => {
    const good = sample();
    const cases: [string, unknown, (s: SavedState, dropped: string[]) => void][] = [
      ['null', null, (s, d) => (expect(s).toEqual(emptySaved()), expect(d).toEqual(['the saved state (not an object)']))],
      ['a string', 'hello', (s) => expect(s).toEqual(emptySaved())],
      ['an array', [1, 2], (s) => expect(s).toEqual(emptySaved())],
      ['an empty object', {}, (s, d) => (expect(s).toEqual(emptySaved()), expect(d).toEqual([]))],
      ['cards not an object', { ...good, cards: 5 }, (s, d) => (expect(s.cards).toEqual({}), expect(d).toContain('card (not an object)'), expect(s.days).toEqual(good.days))],
      [
        'one card with a string stability',
        { ...good, cards: { ...good.cards, 'design/x/y': { ...good.cards['sim/ring-join-share'], stability: 'high' } } },
        (s, d) => (expect(Object.keys(s.cards)).toHaveLength(3), expect(d[0]).toMatch(/^card "design\/x\/y" \(stability/)),
      ],
      [
        'a card under an id that is not an item id',
        { ...good, cards: { ...good.cards, '../../etc': good.cards['sim/ring-join-share'] } },
        (s, d) => (expect(Object.keys(s.cards)).toHaveLength(3), expect(d).toEqual(['card "../../etc" (not a valid key)'])),
      ],
      ['a card with a negative due date', { ...good, cards: { 'sim/a': { ...good.cards['sim/ring-join-share'], due: -5 } } }, (s) => expect(s.cards).toEqual({})],
      ['a card with NaN stability (null in JSON)', { ...good, cards: { 'sim/a': { ...good.cards['sim/ring-join-share'], stability: null } } }, (s) => expect(s.cards).toEqual({})],
      ['a card with state 9', { ...good, cards: { 'sim/a': { ...good.cards['sim/ring-join-share'], state: 9 } } }, (s) => expect(s.cards).toEqual({})],
      ['a card with an extra field', { ...good, cards: { 'sim/a': { ...good.cards['sim/ring-join-share'], evil: 1 } } }, (s) => expect(s.cards).toEqual({})],
      ['days with a bad key and a bad count', { ...good, days: { '2026-13-01': 1, '2026-01-02': -1, '2026-01-03': 4 } }, (s, d) => (expect(s.days).toEqual({ '2026-01-03': 4 }), expect(d).toHaveLength(2))],
      ['settings out of range', { ...good, settings: { newPerDay: 1e9 } }, (s, d) => (expect(s.settings).toEqual(emptySaved().settings), expect(d[0]).toMatch(/^settings/))],
      ['mock not an object', { ...good, mock: 'x' }, (s, d) => (expect(s.mock).toEqual(emptySaved().mock), expect(d).toEqual(['mock interview data (not an object)']))],
      ['notes too long', { ...good, mock: { ...good.mock, notes: { a: 'x'.repeat(60_000), b: 'ok' } } }, (s) => expect(s.mock.notes).toEqual({ b: 'ok' })],
      ['sessions not a list', { ...good, mock: { ...good.mock, sessions: {} } }, (s, d) => (expect(s.mock.sessions).toEqual([]), expect(d).toContain('mock interview sessions (not a list)'))],
      ['a session with a score of 7', { ...good, mock: { ...good.mock, sessions: [...good.mock.sessions, { ...good.mock.sessions[0], scores: { a: 7 } }] } }, (s) => expect(s.mock.sessions).toHaveLength(1)],
      ['a clock with a fractional phase', { ...good, mock: { ...good.mock, clocks: { a: { elapsedMs: 0, runningSince: null, phase: 0.5, phaseStartedMs: 0 } } } }, (s) => expect(s.mock.clocks).toEqual({})],
      ['an unknown top-level field', { ...good, extra: true }, (s, d) => (expect(s).toEqual(good), expect(d).toEqual(['unknown field "extra"']))],
      ['a prototype-polluting key', JSON.parse('{"cards":{"__proto__":{"due":1}}}'), (s) => (expect(s.cards).toEqual({}), expect(({} as Record<string, unknown>).due).toBeUndefined())],
    ];
    for (const [name, input, check] of cases) {
      it(name, () => {
        const { state, dropped } = salvage(input);
        check(state, dropped);
        expect(savedSchema.safeParse(state).success).toBe(true);
      });
    }
  });
});

describe('export and import', () => {
  it('round-trips the whole state', () => {
    const text = exportDocument(sample(), t0);
    const result = parseImport(text);
    expect(result).toEqual({ ok: true, state: sample(), cards: 3, exportedAt: new Date(t0).toISOString() });
  });

  it('imports an export of version 1 by migrating it', () => {
    const text = JSON.stringify({ format: EXPORT_FORMAT, version: 1, data: { cards: { 'sim/a': v1Card }, days: {}, newPerDay: 5, notes: {} } });
    const result = parseImport(text);
    expect(result.ok && result.state.cards['sim/a'].reps).toBe(2);
    expect(result.ok && result.state.settings.newPerDay).toBe(5);
  });

  const refusals: [string, string, RegExp][] = [
    ['empty file', '', /not valid JSON/],
    ['truncated JSON', exportDocument(sample(), t0).slice(0, 200), /not valid JSON/],
    ['a JSON number', '42', /not a progress file/],
    ['another app\'s JSON', JSON.stringify({ cards: {} }), /not a progress file/],
    ['no version', JSON.stringify({ format: EXPORT_FORMAT, data: sample() }), /does not say which version/],
    ['a newer version', JSON.stringify({ format: EXPORT_FORMAT, version: 99, data: sample() }), /newer version of the app \(99/],
    ['version 0', JSON.stringify({ format: EXPORT_FORMAT, version: 0, data: sample() }), /unknown version 0/],
    ['no data', JSON.stringify({ format: EXPORT_FORMAT, version: SAVED_VERSION }), /not valid/],
    [
      'one bad card',
      JSON.stringify({ format: EXPORT_FORMAT, version: SAVED_VERSION, data: { ...sample(), cards: { 'sim/a': { due: 'soon' } } } }),
      /cards\.sim\/a\.due/,
    ],
    ['a huge file', 'x'.repeat(5_000_001), /larger than 5 MB/],
  ];
  for (const [name, text, reason] of refusals) {
    it(`refuses ${name} with the reason`, () => {
      const result = parseImport(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(reason);
    });
  }
});
