/** Messages to the reader about their saved data (recovered, migrated, not saved), one per kind. */
import { createStore } from 'zustand/vanilla';

export type NoticeKind = 'recovered' | 'migrated' | 'newer' | 'unavailable' | 'write-failed' | 'backup-failed' | 'imported' | 'reset';
export type Notice = { kind: NoticeKind; tone: 'info' | 'warning'; message: string };

export type NoticeStore = {
  notices: Notice[];
  add(notice: Notice): void;
  dismiss(kind: NoticeKind): void;
};

export const createNoticeStore = () =>
  createStore<NoticeStore>()((set) => ({
    notices: [],
    // A newer notice of a kind replaces the older one, so a repeated problem is said once.
    add: (notice) => set((s) => ({ notices: [...s.notices.filter((n) => n.kind !== notice.kind), notice] })),
    dismiss: (kind) => set((s) => ({ notices: s.notices.filter((n) => n.kind !== kind) })),
  }));
