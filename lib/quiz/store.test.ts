import { describe, expect, it } from 'vitest';
import { BACKUP_KEY, SAVED_VERSION, STORAGE_KEY } from './keys';
import { createNoticeStore } from './notices';
import { emptySaved, type SavedState } from './saved';
import { reviewCard } from './scheduler';
import { createSafeStorage, MAX_BACKUPS, type StorageLike } from './storage';
import { createQuizStore } from './store';

/** localStorage in memory, with switches for the failures browsers have. */
class MemoryStorage implements StorageLike {
  data = new Map<string, string>();
  quota = Infinity;
  blocked = false;
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (v.length > this.quota) throw new DOMException('quota', 'QuotaExceededError');
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

const t0 = Date.UTC(2026, 0, 5, 12);

function setup(initial?: string, prepare?: (s: MemoryStorage) => void) {
  const memory = new MemoryStorage();
  if (initial !== undefined) memory.data.set(STORAGE_KEY, initial);
  prepare?.(memory);
  const notices = createNoticeStore();
  const storage = createSafeStorage({
    getStorage: () => {
      if (memory.blocked) throw new DOMException('denied', 'SecurityError');
      return memory;
    },
    notify: notices.getState().add,
    now: () => t0,
  });
  const store = createQuizStore({ storage, notify: notices.getState().add });
  return { memory, notices, storage, store, hydrate: () => store.persist.rehydrate() };
}

const envelope = (state: unknown, version = SAVED_VERSION) => JSON.stringify({ state, version });
const saved = (memory: MemoryStorage) => JSON.parse(memory.data.get(STORAGE_KEY)!) as { state: SavedState; version: number };
const backups = (memory: MemoryStorage) => JSON.parse(memory.data.get(BACKUP_KEY) ?? '[]') as { reason: string; raw: string }[];
const kinds = (n: ReturnType<typeof createNoticeStore>) => n.getState().notices.map((x) => x.kind);

describe('the quiz store', () => {
  it('does not read storage until hydrated, so the first render is the same with or without data', async () => {
    const state = { ...emptySaved(), days: { '2026-01-05': 4 } };
    const { store, hydrate } = setup(envelope(state));
    expect(store.getState().days).toEqual({});
    await hydrate();
    expect(store.getState().days).toEqual({ '2026-01-05': 4 });
  });

  it('records reviews, saves them, and reads them back in a new store (a reload)', async () => {
    const first = setup();
    await first.hydrate();
    first.store.getState().record('design/a/b', 3, t0);
    first.store.getState().record('design/a/b', 3, t0 + 600_000);
    first.store.getState().setNotes('url-shortener', 'notes');
    expect(saved(first.memory).version).toBe(SAVED_VERSION);
    const second = setup(first.memory.data.get(STORAGE_KEY));
    await second.hydrate();
    expect(second.store.getState().cards['design/a/b'].reps).toBe(2);
    expect(Object.values(second.store.getState().days)).toEqual([2]);
    expect(second.store.getState().mock.notes['url-shortener']).toBe('notes');
    expect(kinds(second.notices)).toEqual([]);
  });

  const unreadable: [string, string][] = [
    ['text that is not JSON', 'hello'],
    ['JSON cut short', envelope({ ...emptySaved(), days: { '2026-01-05': 1 } }).slice(0, 30)],
    ['an empty string', ''],
    ['a bare number', '42'],
    ['null', 'null'],
    ['an array', '[1,2,3]'],
    ['an object without a version', JSON.stringify({ state: emptySaved() })],
    ['a string version', JSON.stringify({ state: emptySaved(), version: '2' })],
    ['no state', JSON.stringify({ version: SAVED_VERSION })],
    ['version 0', envelope(emptySaved(), 0)],
    ['a negative version', envelope(emptySaved(), -3)],
    ['binary garbage', '\u0000\u0001\uFFFD{"state"'],
  ];
  for (const [name, raw] of unreadable) {
    it(`recovers from ${name}: backup, clean start, notice`, async () => {
      const { memory, store, notices, hydrate } = setup(raw);
      await hydrate();
      expect(store.getState().cards).toEqual({});
      expect(backups(memory).map((b) => b.raw)).toEqual([raw]);
      expect(memory.data.has(STORAGE_KEY)).toBe(false);
      expect(kinds(notices)).toEqual(['recovered']);
      expect(notices.getState().notices[0].message).toContain(BACKUP_KEY);
      // The store works afterwards and saves again.
      store.getState().record('sim/x', 3, t0);
      expect(Object.keys(saved(memory).state.cards)).toEqual(['sim/x']);
    });
  }

  it('keeps the valid entries of partly damaged data, backs up the original and saves the repair', async () => {
    const good = reviewCard(undefined, 3, t0);
    const raw = envelope({ ...emptySaved(), cards: { 'sim/a': good, 'sim/b': { ...good, due: 'tomorrow' } } });
    const { memory, store, notices, hydrate } = setup(raw);
    await hydrate();
    expect(Object.keys(store.getState().cards)).toEqual(['sim/a']);
    expect(backups(memory)[0].raw).toBe(raw);
    expect(notices.getState().notices[0].message).toMatch(/1 saved entry could not be read and was left out \(card "sim\/b"/);
    expect(Object.keys(saved(memory).state.cards)).toEqual(['sim/a']);
    // A second visit finds nothing more to report.
    const again = setup(memory.data.get(STORAGE_KEY));
    await again.hydrate();
    expect(kinds(again.notices)).toEqual([]);
  });

  it('migrates version 1, keeps the original as a backup and saves the new format', async () => {
    const v1 = {
      cards: {
        'sim/a': { due: '2026-01-06T12:00:00.000Z', stability: 3, difficulty: 5, elapsed_days: 0, scheduled_days: 1, learning_steps: 0, reps: 1, lapses: 0, state: 2, last_review: '2026-01-05T12:00:00.000Z' },
      },
      days: { '2026-01-05': 1 },
      newPerDay: 7,
      notes: {},
    };
    const raw = envelope(v1, 1);
    const { memory, store, notices, hydrate } = setup(raw);
    await hydrate();
    expect(store.getState().cards['sim/a'].due).toBe(Date.parse('2026-01-06T12:00:00.000Z'));
    expect(store.getState().settings.newPerDay).toBe(7);
    expect(saved(memory).version).toBe(SAVED_VERSION);
    expect(backups(memory)[0]).toMatchObject({ raw, reason: 'before migrating from version 1' });
    expect(kinds(notices)).toEqual(['migrated']);
  });

  it('leaves data from a newer version in place and does not overwrite it', async () => {
    const raw = envelope({ future: true }, SAVED_VERSION + 1);
    const { memory, store, notices, hydrate, storage } = setup(raw);
    await hydrate();
    expect(kinds(notices)).toEqual(['newer']);
    store.getState().record('sim/x', 3, t0);
    expect(memory.data.get(STORAGE_KEY)).toBe(raw);
    expect(storage.readOnly()).toBe(true);
    expect(backups(memory)[0].raw).toBe(raw);
  });

  it('when no backup can be written, leaves unreadable data untouched and stops saving', async () => {
    const raw = `{"state": ${'x'.repeat(500)}`;
    const { memory, store, notices, hydrate } = setup(raw, (m) => (m.quota = 100));
    await hydrate();
    expect(kinds(notices)).toEqual(['backup-failed']);
    store.getState().record('sim/x', 3, t0);
    expect(memory.data.get(STORAGE_KEY)).toBe(raw);
  });

  it('says so when a save fails, and keeps working in memory', async () => {
    const { memory, store, notices, hydrate } = setup();
    await hydrate();
    memory.quota = 10;
    store.getState().record('sim/x', 3, t0);
    expect(store.getState().cards['sim/x']).toBeDefined();
    expect(kinds(notices)).toEqual(['write-failed']);
  });

  it('works without storage at all (blocked), with a notice', async () => {
    const { memory, store, notices, hydrate } = setup(undefined, (m) => (m.blocked = true));
    await hydrate();
    store.getState().record('sim/x', 3, t0);
    expect(store.getState().cards['sim/x']).toBeDefined();
    expect(kinds(notices)).toEqual(['unavailable']);
    expect(memory.data.size).toBe(0);
  });

  it('keeps an unreadable backup list, and at most the last few backups', async () => {
    const { memory, hydrate } = setup('garbage', (m) => m.data.set(BACKUP_KEY, 'not a list'));
    await hydrate();
    expect(backups(memory).map((b) => b.raw)).toEqual(['not a list', 'garbage']);
    for (let i = 0; i < MAX_BACKUPS + 3; i++) {
      memory.data.set(STORAGE_KEY, `bad ${i}`);
      await setup(undefined, (m) => (m.data = memory.data)).hydrate();
    }
    expect(backups(memory)).toHaveLength(MAX_BACKUPS);
    expect(backups(memory).at(-1)!.raw).toBe(`bad ${MAX_BACKUPS + 2}`);
  });

  it('backs up the current data before an import replaces it or a reset clears it', async () => {
    const { memory, store, hydrate } = setup();
    await hydrate();
    store.getState().record('sim/x', 3, t0);
    const before = memory.data.get(STORAGE_KEY)!;
    store.getState().replace({ ...emptySaved(), days: { '2026-01-01': 9 } });
    expect(backups(memory).at(-1)).toMatchObject({ raw: before, reason: 'before an import replaced it' });
    expect(saved(memory).state.days).toEqual({ '2026-01-01': 9 });
    store.getState().reset();
    expect(backups(memory).at(-1)!.reason).toBe('before a reset cleared it');
    expect(saved(memory).state).toEqual(emptySaved());
  });

  it('bounds settings and notes', async () => {
    const { store, hydrate } = setup();
    await hydrate();
    store.getState().setNewPerDay(1e6);
    expect(store.getState().settings.newPerDay).toBe(100);
    store.getState().setNewPerDay(-4);
    expect(store.getState().settings.newPerDay).toBe(0);
    store.getState().setNotes('a', 'x'.repeat(60_000));
    expect(store.getState().mock.notes.a).toHaveLength(50_000);
  });
});
