import { useRef, type ChangeEvent } from 'react';
import type { ParseFile } from './parseFile';
import { useImport } from './useImport';
import './import.css';

/** The file types the picker offers; the content, not the name, decides how a file is read. */
export const ACCEPTED_FILES = '.json,.cyjs,.gexf,.graphml,.xml,.csv,.tsv,.txt';

/** The header's "Open graph…" button, and what is being opened meanwhile. */
export function ImportButton({ parse }: { parse?: ParseFile }) {
  const { pending, open } = useImport(parse);
  const input = useRef<HTMLInputElement>(null);

  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    // Cleared so choosing the same file again (after fixing it) opens it again.
    e.currentTarget.value = '';
    if (file) void open(file);
  };

  return (
    <div className="im-open">
      <button
        type="button"
        className="im-button"
        aria-busy={pending !== null}
        title="Open a GEXF, GraphML, Cytoscape JSON, CSV or Silkgraph JSON file (or drop it on the page)"
        onClick={() => input.current?.click()}
      >
        Open graph…
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept={ACCEPTED_FILES}
        aria-label="Open a graph file"
        onChange={onChange}
      />
      <span className="im-status" role="status">
        {pending !== null ? `Opening ${pending}…` : ''}
      </span>
    </div>
  );
}
