import { NoticeList } from '../components/NoticeList';
import { useApp } from '../store/context';
import { NOTICES_SHOWN } from '../store/store';

/** The store's notices over the map: the first NOTICES_SHOWN, the rest waiting their turn. */
export function Notices() {
  const notices = useApp((s) => s.notices);
  const dismiss = useApp((s) => s.dismissNotice);
  return (
    <NoticeList
      shown={notices.slice(0, NOTICES_SHOWN)}
      waiting={Math.max(0, notices.length - NOTICES_SHOWN)}
      onDismiss={dismiss}
    />
  );
}
