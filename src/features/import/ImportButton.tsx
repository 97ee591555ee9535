import { useRef, type ChangeEvent } from 'react';
import { useT } from '../../i18n/react';
import type { ParseFile } from './importLimits';
import { useImport } from './useImport';
import './import.css';

/** The file types the picker offers; the content, not the name, decides how a file is read. */
export const ACCEPTED_FILES = '.json,.cyjs,.gexf,.graphml,.xml,.csv,.tsv,.txt,.html,.htm';

/**
 * The header's "Open graph…" button: one graph file, or a CSV edge list with its node list. What is
 * being opened meanwhile shows in ImportProgress, outside the header's menu.
 */
export function ImportButton({ parse }: { parse?: ParseFile }) {
  const { pending, open } = useImport(parse);
  const input = useRef<HTMLInputElement>(null);
  const t = useT();

  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.currentTarget.files ?? [])];
    // Cleared so choosing the same file again (after fixing it) opens it again.
    e.currentTarget.value = '';
    if (files.length > 0) void open(files);
  };

  return (
    <div className="im-open">
      <button
        type="button"
        className="im-button"
        aria-busy={pending !== null}
        title={t('import.open.title')}
        onClick={() => input.current?.click()}
      >
        {t('import.open.button')}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        multiple
        accept={ACCEPTED_FILES}
        aria-label={t('import.open.input')}
        onChange={onChange}
      />
    </div>
  );
}
