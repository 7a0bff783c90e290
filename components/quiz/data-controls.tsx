'use client';
import { useRef, useState, type ReactNode } from 'react';
import type { BankIndex } from '@/lib/quiz/item';
import { BACKUP_KEY, EXPORT_FORMAT } from '@/lib/quiz/keys';
import { exportDocument, parseImport, type SavedState } from '@/lib/quiz/saved';
import { localDay } from '@/lib/quiz/local-day';
import { noticeStore, quizStorage, quizStore, useQuiz } from './quiz-store';

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

/** A question that replaces or clears progress, answered before anything changes. */
function ConfirmBox({ id, confirm, onConfirm, onCancel, children }: { id: string; confirm: string; onConfirm: () => void; onCancel: () => void; children: ReactNode }) {
  return (
    <div role="group" aria-labelledby={id} className="rounded-md bg-[var(--surface)] p-3">
      <p id={id}>{children}</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" className="btn btn-primary" onClick={onConfirm}>
          {confirm}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

const savedPart = (): SavedState => {
  const { cards, days, settings, mock } = quizStore.getState();
  return { cards, days, settings, mock };
};

/** Export to a file, import from one (validated; a bad file changes nothing), reset, backups. */
export function DataControls({ bank }: { bank: BankIndex }) {
  const seen = useQuiz((s) => Object.keys(s.cards).filter((id) => bank.items.some((i) => i.id === id)).length);
  const fileRef = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<{ state: SavedState; cards: number; name: string } | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const [backups, setBackups] = useState(() => quizStorage.readBackups());

  const onFile = async (file: File | undefined) => {
    setPending(null);
    setRefusal(null);
    if (!file) return;
    const result = parseImport(await file.text());
    if (fileRef.current) fileRef.current.value = '';
    if (!result.ok) setRefusal(`${file.name} was not imported: ${result.reason} Your progress is unchanged.`);
    else setPending({ state: result.state, cards: result.cards, name: file.name });
  };

  return (
    <section className="panel space-y-4" aria-labelledby="your-data">
      <h2 id="your-data" className="text-xl font-semibold">
        Your data
      </h2>
      <p className="text-sm">
        Progress lives only in this browser; nothing is sent anywhere. Export it to keep a copy or to move it to another browser.
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => download(`system-design-studio-progress-${localDay(Date.now())}.json`, exportDocument(savedPart(), Date.now()))}
        >
          Export progress
        </button>
        <label className="btn">
          Import progress…
          <input
            ref={fileRef}
            type="file"
            accept="application/json,.json"
            className="sr-only"
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
        </label>
        <button type="button" className="btn" onClick={() => setConfirmReset(true)}>
          Reset progress…
        </button>
      </div>

      {refusal && (
        <p role="alert" className="bad tone">
          {refusal}
        </p>
      )}

      {pending && (
        <ConfirmBox
          id="import-confirm"
          confirm="Replace my progress"
          onConfirm={() => {
            quizStore.getState().replace(pending.state);
            noticeStore.getState().add({ kind: 'imported', tone: 'info', message: `Imported ${pending.cards} items from ${pending.name}.` });
            setPending(null);
            setBackups(quizStorage.readBackups());
          }}
          onCancel={() => setPending(null)}
        >
          Replace your current progress ({seen} items seen) with the {pending.cards} items in {pending.name}? A copy of the current progress is kept
          in this browser.
        </ConfirmBox>
      )}

      {confirmReset && (
        <ConfirmBox
          id="reset-confirm"
          confirm="Yes, clear my progress"
          onConfirm={() => {
            quizStore.getState().reset();
            noticeStore.getState().add({ kind: 'reset', tone: 'info', message: 'Progress cleared. The previous progress is kept as a backup below.' });
            setConfirmReset(false);
            setBackups(quizStorage.readBackups());
          }}
          onCancel={() => setConfirmReset(false)}
        >
          Clear all progress ({seen} items seen), notes and mock interview results? A copy is kept in this browser under &quot;{BACKUP_KEY}&quot;.
        </ConfirmBox>
      )}

      {backups.length > 0 && (
        <div>
          <h3 className="font-semibold">Backups in this browser</h3>
          <p className="text-sm muted">Copies of data that could not be read, or that an import or reset replaced. Download one and import it to restore it.</p>
          <ul className="mt-2 space-y-2">
            {backups.map((b, i) => (
              <li key={`${b.at}-${i}`} className="flex flex-wrap items-center gap-2 text-sm">
                <span className="min-w-0 flex-1">
                  {new Date(b.at).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' })}: {b.reason.length > 120 ? `${b.reason.slice(0, 120)}…` : b.reason}
                </span>
                <button type="button" className="btn" onClick={() => download(`system-design-studio-backup-${i + 1}.json`, backupFile(b.raw))}>
                  Download
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** A backup of saved data as an importable file when it is readable saved data, else as it was. */
function backupFile(raw: string): string {
  try {
    const value = JSON.parse(raw) as { state?: unknown; version?: unknown };
    if (value && typeof value === 'object' && 'state' in value && typeof value.version === 'number') {
      return JSON.stringify({ format: EXPORT_FORMAT, version: value.version, exportedAt: null, data: value.state });
    }
  } catch {
    // Not JSON: the raw text is the backup.
  }
  return raw;
}
