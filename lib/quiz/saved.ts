/**
 * The saved progress: its schema, the migrations between versions, the repair of damaged data
 * (each entry is checked on its own, so one bad card costs that card, not the whole history),
 * and the export file with the strict validation of imports.
 *
 * Versions:
 * 1. Cards as ts-fsrs serializes them (ISO dates, snake_case, the deprecated elapsed_days),
 *    `newPerDay` and `notes` at the top level.
 * 2. Cards in our own shape (epoch ms, camelCase, first review and last grade), settings and
 *    the mock interview's notes, clocks and assessments in their own groups.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { DAY_KEY } from './local-day';
import type { SavedCard } from './scheduler';
import { DEFAULT_NEW_PER_DAY, EXPORT_FORMAT, SAVED_VERSION } from './keys';

// zod's mini build (a fraction of the classic one's size, in a bundle that loads on quiz pages)
// with English messages, which name the problem in import refusals and recovery notices.
z.config(en());

const ITEM_ID = /^((design|concept)\/[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*|sim\/[a-z0-9]+(-[a-z0-9]+)*)$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const MAX_NOTES_CHARS = 50_000;
export const MAX_SESSIONS = 200;
export const MAX_NEW_PER_DAY = 100;

const count = z.int().check(z.nonnegative());
const time = count;
const slug = z.string().check(z.regex(SLUG, 'is not a slug'));

export const cardSchema = z.strictObject({
  due: time,
  stability: z.number().check(z.nonnegative()),
  difficulty: z.number().check(z.nonnegative()),
  scheduledDays: count,
  learningSteps: count,
  reps: count,
  lapses: count,
  state: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  lastReview: z.optional(time),
  firstReview: time,
  lastGrade: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])),
}) satisfies z.ZodMiniType<SavedCard>;

const settingsSchema = z.strictObject({ newPerDay: z.int().check(z.minimum(0), z.maximum(MAX_NEW_PER_DAY)) });

export const mockClockSchema = z.strictObject({
  /** Time on the clock before the current run. */
  elapsedMs: count,
  /** When the clock was last started; null while paused. */
  runningSince: z.nullable(time),
  phase: z.int().check(z.minimum(0), z.maximum(20)),
  /** Time on the clock when the current phase began. */
  phaseStartedMs: count,
});
export type MockClock = z.infer<typeof mockClockSchema>;

export const mockSessionSchema = z.strictObject({
  slug,
  finishedAt: time,
  elapsedMs: count,
  /** Self-assessment per rubric criterion, 0 (missed) to 3 (strong). */
  scores: z.record(slug, z.int().check(z.minimum(0), z.maximum(3))),
});
export type MockSession = z.infer<typeof mockSessionSchema>;

const notesSchema = z.string().check(z.maxLength(MAX_NOTES_CHARS));

export const savedSchema = z.strictObject({
  cards: z.record(z.string().check(z.regex(ITEM_ID, 'is not a quiz item id')), cardSchema),
  /** Reviews per local calendar day ("YYYY-MM-DD"). */
  days: z.record(z.string().check(z.regex(DAY_KEY, 'is not a day (YYYY-MM-DD)')), count),
  settings: settingsSchema,
  mock: z.strictObject({
    notes: z.record(slug, notesSchema),
    clocks: z.record(slug, mockClockSchema),
    sessions: z.array(mockSessionSchema).check(z.maxLength(MAX_SESSIONS)),
  }),
});
export type SavedState = z.infer<typeof savedSchema>;

export const emptySaved = (): SavedState => ({
  cards: {},
  days: {},
  settings: { newPerDay: DEFAULT_NEW_PER_DAY },
  mock: { notes: {}, clocks: {}, sessions: [] },
});

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const describe = (error: z.core.$ZodError) =>
  error.issues
    .map((i) => `${i.path.length ? `${i.path.map(String).join('.')}: ` : ''}${i.message}`)
    .join('; ');

/** Keeps each entry of a record that passes `schema` under a key matching `key`. */
function keepValid<T>(
  value: unknown,
  where: string,
  key: RegExp,
  schema: z.ZodMiniType<T>,
  dropped: string[],
): Record<string, T> {
  const out: Record<string, T> = {};
  if (value === undefined) return out;
  if (!isObject(value)) {
    dropped.push(`${where} (not an object)`);
    return out;
  }
  for (const [k, v] of Object.entries(value)) {
    if (!key.test(k)) {
      dropped.push(`${where} "${k}" (not a valid key)`);
      continue;
    }
    const parsed = schema.safeParse(v);
    if (parsed.success) out[k] = parsed.data;
    else dropped.push(`${where} "${k}" (${describe(parsed.error)})`);
  }
  return out;
}

/**
 * The readable part of saved data of the current version: every entry that is valid on its
 * own, and a description of each one left out. Never throws.
 */
export function salvage(input: unknown): { state: SavedState; dropped: string[] } {
  const state = emptySaved();
  const dropped: string[] = [];
  if (!isObject(input)) return { state, dropped: ['the saved state (not an object)'] };
  for (const k of Object.keys(input)) if (!['cards', 'days', 'settings', 'mock'].includes(k)) dropped.push(`unknown field "${k}"`);
  state.cards = keepValid(input.cards, 'card', ITEM_ID, cardSchema, dropped);
  state.days = keepValid(input.days, 'day', DAY_KEY, count, dropped);
  if (input.settings !== undefined) {
    const settings = settingsSchema.safeParse(input.settings);
    if (settings.success) state.settings = settings.data;
    else dropped.push(`settings (${describe(settings.error)})`);
  }
  const mock = input.mock;
  if (mock !== undefined && !isObject(mock)) dropped.push('mock interview data (not an object)');
  else if (mock) {
    state.mock.notes = keepValid(mock.notes, 'notes of', SLUG, notesSchema, dropped);
    state.mock.clocks = keepValid(mock.clocks, 'clock of', SLUG, mockClockSchema, dropped);
    if (mock.sessions !== undefined) {
      if (!Array.isArray(mock.sessions)) dropped.push('mock interview sessions (not a list)');
      else {
        mock.sessions.forEach((s, i) => {
          const parsed = mockSessionSchema.safeParse(s);
          if (parsed.success) state.mock.sessions.push(parsed.data);
          else dropped.push(`mock interview session ${i + 1} (${describe(parsed.error)})`);
        });
        state.mock.sessions = state.mock.sessions.slice(-MAX_SESSIONS);
      }
    }
  }
  return { state, dropped };
}

const isoTime = (v: unknown): number | undefined => {
  if (typeof v !== 'string' && typeof v !== 'number') return undefined;
  const t = new Date(v).getTime();
  return Number.isFinite(t) ? t : undefined;
};

/** Version 1 to 2: see the file comment. Entries it cannot convert come out invalid, and
 * salvage() then leaves them out with a reason. */
function v1ToV2(input: unknown): unknown {
  if (!isObject(input)) return input;
  const cards: Record<string, unknown> = {};
  if (isObject(input.cards)) {
    for (const [id, c] of Object.entries(input.cards)) {
      if (!isObject(c)) {
        cards[id] = c;
        continue;
      }
      const lastReview = isoTime(c.last_review);
      const due = isoTime(c.due);
      cards[id] = {
        due,
        stability: c.stability,
        difficulty: c.difficulty,
        scheduledDays: c.scheduled_days,
        learningSteps: c.learning_steps ?? 0,
        reps: c.reps,
        lapses: c.lapses,
        state: c.state,
        ...(lastReview === undefined ? {} : { lastReview }),
        // Version 1 did not record the first review; the last one (or the due date of a card
        // never reviewed) is the closest it has, and only today's new-card count reads it.
        firstReview: lastReview ?? due,
      };
    }
  }
  return {
    cards,
    days: input.days,
    settings: { newPerDay: input.newPerDay ?? DEFAULT_NEW_PER_DAY },
    mock: { notes: input.notes ?? {}, clocks: {}, sessions: [] },
  };
}

const migrations: Record<number, (state: unknown) => unknown> = { 1: v1ToV2 };

/** Runs the migrations from `version` to the current one; throws for a version it cannot read. */
export function migrate(state: unknown, version: number): unknown {
  if (!Number.isInteger(version) || version < 1) throw new Error(`unknown version ${version}`);
  if (version > SAVED_VERSION) throw new Error(`saved by a newer version of the app (${version}; this one reads up to ${SAVED_VERSION})`);
  let current = state;
  for (let v = version; v < SAVED_VERSION; v++) current = migrations[v](current);
  return current;
}

/** The export file: the saved state with what it is and when it was made. */
export function exportDocument(state: SavedState, now: number): string {
  return JSON.stringify(
    { format: EXPORT_FORMAT, version: SAVED_VERSION, exportedAt: new Date(now).toISOString(), data: state },
    null,
    1,
  );
}

export const MAX_IMPORT_BYTES = 5_000_000;

export type ImportResult =
  | { ok: true; state: SavedState; cards: number; exportedAt: string | null }
  | { ok: false; reason: string };

/** Reads an export file. Anything wrong refuses the whole file with the reason; nothing is
 * repaired, so an import never half-applies. */
export function parseImport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, reason: `The file is larger than ${MAX_IMPORT_BYTES / 1e6} MB; a progress file is far smaller.` };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    return { ok: false, reason: `The file is not valid JSON (${(err as Error).message}).` };
  }
  if (!isObject(doc) || doc.format !== EXPORT_FORMAT) {
    return { ok: false, reason: `This is not a progress file of System Design Studio (it has no "format": "${EXPORT_FORMAT}").` };
  }
  if (typeof doc.version !== 'number') return { ok: false, reason: 'The file does not say which version it is.' };
  let data: unknown;
  try {
    data = migrate(doc.data, doc.version);
  } catch (err) {
    return { ok: false, reason: `The file cannot be read: ${(err as Error).message}.` };
  }
  const parsed = savedSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const first = issues
      .slice(0, 3)
      .map((i) => `${i.path.map(String).join('.') || 'data'}: ${i.message}`)
      .join('; ');
    return { ok: false, reason: `The file's data is not valid: ${first}${issues.length > 3 ? ` (and ${issues.length - 3} more)` : ''}.` };
  }
  return {
    ok: true,
    state: parsed.data,
    cards: Object.keys(parsed.data.cards).length,
    exportedAt: typeof doc.exportedAt === 'string' ? doc.exportedAt : null,
  };
}
