/** Where and in which version quiz progress is saved; free of zod so light readers can import it. */
export const STORAGE_KEY = 'sds-quiz';
/** Copies of saved data that could not be read, or that a migration, import or reset replaced. */
export const BACKUP_KEY = 'sds-quiz-backup';
export const SAVED_VERSION = 2;
export const EXPORT_FORMAT = 'system-design-studio/quiz-progress';
export const DEFAULT_NEW_PER_DAY = 10;
