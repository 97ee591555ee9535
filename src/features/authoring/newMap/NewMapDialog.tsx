import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ExtractedText } from '../../../domain/authoring/article';
import {
  detailProblems,
  detailsOf,
  newMapDataset,
  type DetailProblem,
  type NewMapDataset,
  type NewMapDetails,
} from '../../../domain/authoring/newMap';
import {
  blockCounts,
  checkSourceFileSize,
  SOURCE_EXTENSIONS,
  type SourceInput,
} from '../../../domain/authoring/readSource';
import { ModalDialog } from '../../../components/ModalDialog';
import { listOf } from '../../../domain/authoring/categories';
import type { MessageId, Translate } from '../../../i18n/core';
import { useT } from '../../../i18n/react';
import { useAppStore } from '../../../store/context';
import { readText } from './readText';
import './newMap.css';

/** Keeps a new map in My maps; rejects with the reason in words when the browser will not. */
export type KeepMap = (title: string, dataset: NewMapDataset) => Promise<{ id: string }>;

interface Props {
  onClose: () => void;
  keep: KeepMap;
}

type Source = 'paste' | 'file';

const EMPTY_DETAILS: NewMapDetails = { title: '', author: '', date: '', source: '' };

const FIELDS: { key: keyof NewMapDetails; label: MessageId; type: string; hint?: MessageId }[] = [
  { key: 'title', label: 'authoring.newMap.field.title', type: 'text' },
  { key: 'author', label: 'authoring.newMap.field.author', type: 'text' },
  {
    key: 'date',
    label: 'authoring.newMap.field.date',
    type: 'text',
    hint: 'authoring.newMap.hint.date',
  },
  {
    key: 'source',
    label: 'authoring.newMap.field.source',
    type: 'url',
    hint: 'authoring.newMap.hint.source',
  },
];

/** "2 headings, 5 paragraphs and 3 list items". */
function preview(text: ExtractedText, t: Translate): string {
  const c = blockCounts(text);
  return listOf([
    t('authoring.count.headings', { count: c.heading }),
    t('authoring.count.paragraphs', { count: c.paragraph }),
    t('authoring.count.listItems', { count: c['list-item'] }),
  ]);
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * "New map": a text pasted (plain text or Markdown) or opened from a file (.txt, .md, .html, .docx)
 * becomes the article of a new, empty map of one's own, kept in My maps and put on screen editable.
 * The text is read off the page with a Cancel button; what goes wrong is said next to what caused
 * it, and nothing typed is lost.
 */
export default function NewMapDialog({ onClose, keep }: Props) {
  const t = useT();
  const store = useAppStore();
  const id = useId();
  // The textarea keeps its own value: a controlled one would have React read megabytes of text
  // back from it on every render.
  const pasteArea = useRef<HTMLTextAreaElement>(null);
  const [hasPaste, setHasPaste] = useState(false);
  const [pasteFormat, setPasteFormat] = useState<'text' | 'markdown'>('text');
  // The text as read, and from where: a paste changed since is read again on Create.
  const [text, setText] = useState<{ from: Source; text: ExtractedText } | null>(null);
  const [sourceError, setSourceError] = useState<{ from: Source; message: string } | null>(null);
  const [reading, setReading] = useState<AbortController | null>(null);
  const [details, setDetails] = useState<NewMapDetails>(EMPTY_DETAILS);
  const [problems, setProblems] = useState<DetailProblem[]>([]);
  const [creating, setCreating] = useState(false);
  // What the user did last, a paste or a file, is what the map is made of.
  const [latest, setLatest] = useState<Source>('paste');
  const closed = useRef(false);
  // The control to focus once the dialog shows what went wrong (its fieldset enabled again).
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current || reading || creating) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  useEffect(() => {
    // Set again on mount: StrictMode mounts, unmounts and mounts again in development.
    closed.current = false;
    return () => {
      closed.current = true;
    };
  }, []);
  // A reading still going when the dialog closes is ended with it.
  useEffect(() => () => reading?.abort(), [reading]);

  /** Reads a source; the details the text states fill the fields still empty. */
  async function read(input: SourceInput, from: Source): Promise<ExtractedText | null> {
    const controller = new AbortController();
    setReading(controller);
    setSourceError(null);
    try {
      const result = await readText(input, { signal: controller.signal });
      if (closed.current) return null;
      setText({ from, text: result });
      setLatest(from);
      const own = detailsOf(result);
      setDetails((d) => ({
        title: d.title || own.title,
        author: d.author || own.author,
        date: d.date || own.date,
        source: d.source || own.source,
      }));
      return result;
    } catch (error) {
      if (!closed.current) {
        setSourceError({ from, message: messageOf(error) });
        // What an earlier reading from there gave is not what the user now chose.
        setText((t) => (t?.from === from ? null : t));
      }
      focusNext.current = `${id}-${from}`;
      return null;
    } finally {
      if (!closed.current) setReading(null);
    }
  }

  const readPasted = () =>
    read({ kind: 'paste', text: pasteArea.current?.value ?? '', format: pasteFormat }, 'paste');

  async function openFile(file: File | undefined) {
    if (!file) return;
    try {
      checkSourceFileSize(file.name, file.size);
    } catch (error) {
      setSourceError({ from: 'file', message: messageOf(error) });
      focusNext.current = `${id}-file`;
      return;
    }
    let bytes: ArrayBuffer;
    try {
      bytes = await file.arrayBuffer();
    } catch (error) {
      focusNext.current = `${id}-file`;
      setSourceError({
        from: 'file',
        message: t('authoring.newMap.fileUnreadable', {
          file: file.name,
          cause: messageOf(error),
        }),
      });
      return;
    }
    await read({ kind: 'file', name: file.name, bytes }, 'file');
  }

  async function create(event: FormEvent) {
    event.preventDefault();
    if (reading || creating) return;
    const found = detailProblems(details);
    setProblems(found);
    let source = latest === 'file' && text?.from === 'file' ? text.text : null;
    // The paste is read as it is now (it may have changed since it was last read).
    if (!source) {
      if (!hasPaste) {
        setSourceError({ from: 'paste', message: t('authoring.newMap.nothingToRead') });
        focusNext.current = `${id}-paste`;
        return;
      }
      source = await readPasted();
    }
    if (!source || closed.current) return;
    if (found[0]) {
      focusNext.current = `${id}-${found[0].field}`;
      return;
    }
    const made = newMapDataset(source, details, navigator.language || undefined);
    // The details were checked above, so the map is made.
    if (!made.ok) return;
    setCreating(true);
    const { dataset } = made;
    let mapId: string | null = null;
    let failure: string | null = null;
    try {
      mapId = (await keep(dataset.article.title, dataset)).id;
    } catch (error) {
      failure = messageOf(error);
    }
    const s = store.getState();
    s.openOwnMap(dataset, mapId);
    if (failure !== null) {
      s.setSaveState({ kind: 'failed', message: failure });
      s.notify('error', failure);
    }
    onClose();
  }

  const problemOf = (field: keyof NewMapDetails) => problems.find((p) => p.field === field);
  const errorId = (what: string) => `${id}-${what}-error`;
  const shown = text?.text;
  const busy = reading !== null || creating;

  return (
    <ModalDialog title={t('authoring.newMap.title')} className="new-map-dialog" onClose={onClose}>
      <p className="new-map-note">{t('authoring.newMap.note')}</p>
      <form onSubmit={create} noValidate aria-busy={busy}>
        {/* Not disabled as a whole while reading: restyling a textarea holding megabytes lays all
            of its text out again, for seconds. Its controls are disabled one by one. */}
        <fieldset className="new-map-source">
          <legend>{t('authoring.newMap.text')}</legend>
          <label htmlFor={`${id}-paste`}>{t('authoring.newMap.paste')}</label>
          <textarea
            id={`${id}-paste`}
            rows={6}
            ref={pasteArea}
            onChange={(e) => {
              setHasPaste(/\S/.test(e.target.value));
              setLatest('paste');
            }}
            aria-invalid={sourceError?.from === 'paste' || undefined}
            aria-describedby={sourceError?.from === 'paste' ? errorId('paste') : undefined}
          />
          <div
            className="new-map-row"
            role="radiogroup"
            aria-label={t('authoring.newMap.pasteFormat')}
          >
            <label>
              <input
                type="radio"
                name={`${id}-format`}
                checked={pasteFormat === 'text'}
                disabled={busy}
                onChange={() => setPasteFormat('text')}
              />{' '}
              {t('authoring.newMap.plainText')}
            </label>
            <label>
              <input
                type="radio"
                name={`${id}-format`}
                checked={pasteFormat === 'markdown'}
                disabled={busy}
                onChange={() => setPasteFormat('markdown')}
              />{' '}
              Markdown
            </label>
            <button type="button" onClick={() => void readPasted()} disabled={!hasPaste || busy}>
              {t('authoring.newMap.readPaste')}
            </button>
          </div>
          {sourceError?.from === 'paste' && (
            <p id={errorId('paste')} className="new-map-error" role="alert">
              {sourceError.message}
            </p>
          )}
          <label htmlFor={`${id}-file`}>
            {t('authoring.newMap.openFile', { extensions: SOURCE_EXTENSIONS.join(' ') })}
          </label>
          <input
            id={`${id}-file`}
            type="file"
            accept={SOURCE_EXTENSIONS.join(',')}
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              // The same file can be chosen again after a failure.
              e.target.value = '';
              void openFile(file);
            }}
            aria-invalid={sourceError?.from === 'file' || undefined}
            aria-describedby={sourceError?.from === 'file' ? errorId('file') : undefined}
          />
          {sourceError?.from === 'file' && (
            <p id={errorId('file')} className="new-map-error" role="alert">
              {sourceError.message}
            </p>
          )}
        </fieldset>
        {reading && (
          <p className="new-map-row" role="status">
            {t('authoring.newMap.reading')}{' '}
            <button type="button" onClick={() => reading.abort()}>
              {t('authoring.cancel')}
            </button>
          </p>
        )}
        {shown && !reading && (
          <p className="new-map-preview" role="status">
            {t('authoring.newMap.became', {
              from: text.from,
              file: shown.file,
              blocks: preview(shown, t),
            })}
          </p>
        )}
        <fieldset className="new-map-details" disabled={creating}>
          <legend>{t('authoring.newMap.details')}</legend>
          {FIELDS.map(({ key, label, type, hint }) => {
            const problem = problemOf(key);
            const described = [problem && errorId(key), hint && `${id}-${key}-hint`]
              .filter(Boolean)
              .join(' ');
            return (
              <div key={key} className="new-map-field">
                <label htmlFor={`${id}-${key}`}>
                  {key === 'title'
                    ? t('authoring.newMap.field.required', { label: t(label) })
                    : t(label)}
                </label>
                <input
                  id={`${id}-${key}`}
                  type={type}
                  value={details[key]}
                  required={key === 'title'}
                  aria-invalid={problem ? true : undefined}
                  aria-describedby={described || undefined}
                  onChange={(e) => {
                    const value = e.target.value;
                    setDetails((d) => ({ ...d, [key]: value }));
                  }}
                />
                {hint && (
                  <span id={`${id}-${key}-hint`} className="new-map-hint">
                    {t(hint)}
                  </span>
                )}
                {problem && (
                  <p id={errorId(key)} className="new-map-error" role="alert">
                    {problem.message}
                  </p>
                )}
              </div>
            );
          })}
        </fieldset>
        <div className="new-map-actions">
          <button type="submit" disabled={busy}>
            {t('authoring.newMap.create')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
