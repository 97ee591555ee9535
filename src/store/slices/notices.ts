import type { SliceCreator } from '../store';

/**
 * What a notice is for. An `info` notice confirms something or says what was left out (a saved
 * file, an ignored part of a link): it goes by itself after a few seconds. An `error` says what
 * failed: it stays until the user dismisses it.
 */
export type NoticeKind = 'info' | 'error';

export interface Notice {
  /** Stable for the notice's life: it is dismissed by id, as other notices come and go around it. */
  id: number;
  kind: NoticeKind;
  text: string;
}

/** How many notices are on screen at once; later ones wait their turn. */
export const NOTICES_SHOWN = 3;

/** Messages for the user, in the order they came; the first NOTICES_SHOWN are on screen. */
export interface NoticesSlice {
  notices: readonly Notice[];
  notify: (kind: NoticeKind, text: string) => void;
  dismissNotice: (id: number) => void;
}

let lastId = 0;

export const createNoticesSlice: SliceCreator<NoticesSlice> = (set) => ({
  notices: [],
  notify: (kind, text) =>
    set((s) => {
      // Saying the same thing twice (saving the same file again) says it once, as the latest.
      const others = s.notices.filter((n) => !(n.kind === kind && n.text === text));
      return { notices: [...others, { id: ++lastId, kind, text }] };
    }),
  dismissNotice: (id) =>
    set((s) =>
      s.notices.some((n) => n.id === id) ? { notices: s.notices.filter((n) => n.id !== id) } : s,
    ),
});
