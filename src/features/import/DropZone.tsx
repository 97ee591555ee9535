import { useEffect, useState } from 'react';
import { useT } from '../../i18n/react';
import { useAppStore } from '../../store/context';
import type { ParseFile } from './importLimits';
import { useImport } from './useImport';
import './import.css';

const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

/**
 * Lets a graph file (or a CSV edge list with its node list) be dropped anywhere on the page, with an
 * overlay saying so while dragging.
 */
export function DropZone({ parse }: { parse?: ParseFile }) {
  const { open } = useImport(parse);
  const store = useAppStore();
  const [dragging, setDragging] = useState(false);
  const t = useT();

  useEffect(() => {
    // dragenter and dragleave fire for every child crossed: count them to know when the drag left.
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth++;
      setDragging(true);
    };
    const onOver = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length > 2)
        store.getState().notify('error', t('import.drop.tooMany', { count: files.length }));
      else if (files.length > 0) void open(files);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [open, store, t]);

  if (!dragging) return null;
  return (
    <div className="im-drop" aria-hidden="true">
      <p className="im-drop-message">{t('import.drop.message')}</p>
    </div>
  );
}
