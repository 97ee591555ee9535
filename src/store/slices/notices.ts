import type { SliceCreator } from '../store';

/** Messages for the user (something ignored, something that failed), shown until dismissed. */
export interface NoticesSlice {
  notices: string[];
  notify: (message: string) => void;
  dismissNotice: (index: number) => void;
}

export const createNoticesSlice: SliceCreator<NoticesSlice> = (set) => ({
  notices: [],
  notify: (message) => set((s) => ({ notices: [...s.notices, message] })),
  dismissNotice: (index) => set((s) => ({ notices: s.notices.filter((_, i) => i !== index) })),
});
