/**
 * The storage under the quiz store: zustand's persist reads and writes through it. It never
 * lets unreadable data break a page or be lost: text that is not JSON, not the expected
 * envelope, from a newer version, or with invalid entries is copied to a backup key first,
 * then the store starts clean (or with the entries that could be read), and a notice says so.
 * When even the backup cannot be written, the data is left in place and this tab stops saving.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { BACKUP_KEY, SAVED_VERSION } from './keys';
import type { Notice } from './notices';
import { salvage, type SavedState } from './saved';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type Backup = { at: string; reason: string; raw: string };
export const MAX_BACKUPS = 5;

export type SafeStorage = PersistStorage<SavedState> & {
  /** Copies the saved text to the backup key (before an import or a reset replaces it). */
  backupCurrent(name: string, reason: string): boolean;
  readBackups(): Backup[];
  /** True when this tab does not write (the data could not be backed up, or is newer). */
  readOnly(): boolean;
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function createSafeStorage({
  getStorage,
  notify,
  now = Date.now,
}: {
  getStorage: () => StorageLike;
  notify: (notice: Notice) => void;
  now?: () => number;
}): SafeStorage {
  let readOnly = false;
  let warnedUnavailable = false;

  const storage = (): StorageLike | null => {
    try {
      return getStorage();
    } catch {
      if (!warnedUnavailable) {
        warnedUnavailable = true;
        notify({
          kind: 'unavailable',
          tone: 'warning',
          message: 'This browser does not allow the site to store data here (private mode or blocked storage), so progress lasts only until you close the tab. Export it before you leave.',
        });
      }
      return null;
    }
  };

  const readBackups = (): Backup[] => {
    const raw = storage()?.getItem(BACKUP_KEY);
    if (!raw) return [];
    try {
      const list: unknown = JSON.parse(raw);
      if (Array.isArray(list)) {
        return list.filter(
          (b): b is Backup => isObject(b) && typeof b.at === 'string' && typeof b.reason === 'string' && typeof b.raw === 'string',
        );
      }
    } catch {
      // An unreadable backup list is itself kept, as the oldest entry of the new list.
    }
    return [{ at: new Date(now()).toISOString(), reason: 'an earlier backup list that could not be read', raw }];
  };

  const backup = (raw: string, reason: string): boolean => {
    const s = storage();
    if (!s) return false;
    const list = [...readBackups(), { at: new Date(now()).toISOString(), reason, raw }].slice(-MAX_BACKUPS);
    try {
      s.setItem(BACKUP_KEY, JSON.stringify(list));
      return true;
    } catch {
      return false;
    }
  };

  /** Backs up `raw`, then removes it so the next visit does not report it again. */
  const setAside = (name: string, raw: string, reason: string, what: string): null => {
    if (!backup(raw, reason)) {
      readOnly = true;
      notify({
        kind: 'backup-failed',
        tone: 'warning',
        message: `Your saved progress could not be read (${what}), and there was no room to keep a copy, so it was left untouched and this tab will not save. Free some storage for this site, or export your progress after practising.`,
      });
      return null;
    }
    storage()?.removeItem(name);
    notify({
      kind: 'recovered',
      tone: 'warning',
      message: `Your saved progress could not be read (${what}). A copy is kept in this browser under "${BACKUP_KEY}" (the progress page can download it), and the quiz starts with a clean slate.`,
    });
    return null;
  };

  const write = (name: string, value: StorageValue<SavedState>) => {
    if (readOnly) return;
    const s = storage();
    if (!s) return;
    try {
      s.setItem(name, JSON.stringify(value));
    } catch {
      notify({
        kind: 'write-failed',
        tone: 'warning',
        message: 'Your latest answers could not be saved (the browser refused: storage may be full). Export your progress to keep it.',
      });
    }
  };

  return {
    getItem(name) {
      const s = storage();
      if (!s) return null;
      let raw: string | null;
      try {
        raw = s.getItem(name);
      } catch {
        return null;
      }
      if (raw === null) return null;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch {
        return setAside(name, raw, 'not valid JSON', 'it is not valid JSON, perhaps cut short');
      }
      if (!isObject(value) || !Number.isInteger(value.version) || !('state' in value)) {
        return setAside(name, raw, 'not a saved quiz state', 'it is not in the expected format');
      }
      const version = value.version as number;
      if (version > SAVED_VERSION) {
        backup(raw, `saved by version ${version}, newer than this page's ${SAVED_VERSION}`);
        readOnly = true;
        notify({
          kind: 'newer',
          tone: 'warning',
          message: 'Your progress was saved by a newer version of this site. Reload the page to get it; until then this tab shows a clean slate and does not save.',
        });
        return null;
      }
      if (version < 1) return setAside(name, raw, `unknown version ${version}`, `it has an unknown version, ${version}`);
      if (version < SAVED_VERSION) {
        // zustand's persist calls the store's migrate next; keep the original first.
        if (!backup(raw, `before migrating from version ${version}`)) readOnly = true;
        return value as unknown as StorageValue<SavedState>;
      }
      const { state, dropped } = salvage(value.state);
      if (dropped.length) {
        if (!backup(raw, `entries that could not be read: ${dropped.join('; ')}`)) readOnly = true;
        // Save the repaired state, so the next visit does not report the same entries again.
        else write(name, { state, version });
        notify({
          kind: 'recovered',
          tone: 'warning',
          message: `${plural(dropped.length, 'saved entry')} could not be read and ${dropped.length === 1 ? 'was' : 'were'} left out (${dropped.slice(0, 3).join('; ')}${dropped.length > 3 ? '; …' : ''}). The rest of your progress is intact; a copy of the original is kept under "${BACKUP_KEY}".`,
        });
      }
      return { state, version };
    },
    setItem: write,
    removeItem(name) {
      if (readOnly) return;
      storage()?.removeItem(name);
    },
    backupCurrent(name, reason) {
      const raw = storage()?.getItem(name);
      return raw ? backup(raw, reason) : true;
    },
    readBackups,
    readOnly: () => readOnly,
  };
}
