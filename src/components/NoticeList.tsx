import { useEffect, useRef, useState, type FocusEvent } from 'react';
import { PausableTimer } from '../lib/pausableTimer';
import { NOTICE_AFTER_PAUSE_MS, noticeLifetimeMs } from './noticeTiming';
import { useT } from '../i18n/react';

export interface NoticeItem {
  id: number;
  kind: 'info' | 'error';
  text: string;
}

interface Props {
  /** The notices on screen, oldest first. */
  shown: readonly NoticeItem[];
  /** How many more wait for room. */
  waiting: number;
  onDismiss: (id: number) => void;
}

/**
 * Notices over the map: an info notice goes by itself once read (its clock stops while the pointer
 * is over the notices, focus is in them or the page is hidden); an error stays until dismissed.
 * One polite live region announces both; an error says so in words as well as in colour.
 */
export function NoticeList({ shown, waiting, onDismiss }: Props) {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const hidden = usePageHidden();
  const t = useT();
  const paused = hovered || focused || hidden;
  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(false);
  };
  return (
    <div
      className="notices"
      role="status"
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={onBlur}
    >
      {shown.map((notice) => (
        <Notice key={notice.id} notice={notice} paused={paused} onDismiss={onDismiss} />
      ))}
      {waiting > 0 && <p className="notices-more">{t('app.notices.more', { count: waiting })}</p>}
    </div>
  );
}

function Notice({
  notice,
  paused,
  onDismiss,
}: {
  notice: NoticeItem;
  paused: boolean;
  onDismiss: (id: number) => void;
}) {
  const timer = useRef<PausableTimer | null>(null);
  const t = useT();
  // The clock starts when the notice is on screen, not when it was raised (it may have waited).
  useEffect(() => {
    if (notice.kind !== 'info') return;
    const clock = new PausableTimer(
      noticeLifetimeMs(notice.text),
      () => onDismiss(notice.id),
      NOTICE_AFTER_PAUSE_MS,
    );
    timer.current = clock;
    return () => clock.cancel();
  }, [notice, onDismiss]);
  useEffect(() => {
    if (paused) timer.current?.pause();
    else timer.current?.resume();
  }, [paused]);
  return (
    <p className={`notice notice-${notice.kind}`}>
      <span className="notice-icon" aria-hidden="true">
        {notice.kind === 'error' ? '!' : 'i'}
      </span>
      {notice.kind === 'error' && <span className="visually-hidden">{t('app.notices.error')}</span>}
      <span className="notice-text">{notice.text}</span>
      <button
        type="button"
        className="notice-dismiss"
        onClick={() => onDismiss(notice.id)}
        aria-label={t('app.notices.dismiss', { text: notice.text })}
      >
        ×
      </button>
    </p>
  );
}

/** Whether the page is hidden (another tab in front): a notice nobody can see does not run out. */
function usePageHidden(): boolean {
  const [hidden, setHidden] = useState(() => document.visibilityState === 'hidden');
  useEffect(() => {
    const update = () => setHidden(document.visibilityState === 'hidden');
    document.addEventListener('visibilitychange', update);
    return () => document.removeEventListener('visibilitychange', update);
  }, []);
  return hidden;
}
