import { useApp } from '../store/context';

/** Short notices (e.g. parts of a link that were ignored), each dismissible. */
export function Notices() {
  const notices = useApp((s) => s.notices);
  const dismiss = useApp((s) => s.dismissNotice);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((text, i) => (
        <p key={`${i}-${text}`} className="notice">
          <span>{text}</span>
          <button type="button" onClick={() => dismiss(i)} aria-label={`Dismiss notice: ${text}`}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
