import { useRef, useState, type ChangeEvent } from 'react';
import { createPortal } from 'react-dom';
import { ModalDialog } from '../../components/ModalDialog';
import type { UnresolvedAnnotation } from '../../domain/authoring/annotationImport';
import { over } from '../../domain/authoring/limits';
import { relationSentence } from '../../domain/relations';
import type { Graph } from '../../domain/schema';
import { formatNumber, t } from '../../i18n/core';
import { useT } from '../../i18n/react';
import { useAppStore } from '../../store/context';
import { editContextOf } from '../../store/slices/authoring';
import type { AppStore } from '../../store/store';

/** The largest annotation file read: 20 MB. */
export const MAX_ANNOTATION_BYTES = 20 * 1024 * 1024;

/** The file types the picker offers. */
export const ANNOTATION_FILES = '.json,.jsonld,application/json,application/ld+json';

/** A node or relation that received passages, as the result lists it. */
export interface AddedTo {
  key: string;
  kind: 'node' | 'relation';
  name: string;
  passages: number;
}

/** What importing a file did, as the result dialog shows it. */
export type AnnotationImportResult =
  | { kind: 'refused'; file: string; message: string }
  | {
      kind: 'done';
      file: string;
      added: AddedTo[];
      alreadyThere: number;
      /** Why the map was left as it was although passages were placed (an edit refused). */
      problem?: string;
      unresolved: UnresolvedAnnotation[];
    };

/** The nodes and relations that have more passages in `after` than in `before`, and how many. */
function addedBetween(before: Graph, after: Graph): AddedTo[] {
  const out: AddedTo[] = [];
  const had = new Map<string, number>();
  for (const n of before.nodes) had.set(`node:${n.id}`, n.evidence.length);
  for (const e of before.edges) had.set(`edge:${e.id}`, e.evidence.length);
  const labels = new Map(after.nodes.map((n) => [n.id, n.label]));
  for (const n of after.nodes) {
    const more = n.evidence.length - (had.get(`node:${n.id}`) ?? 0);
    if (more > 0) out.push({ key: `node:${n.id}`, kind: 'node', name: n.label, passages: more });
  }
  for (const e of after.edges) {
    const more = e.evidence.length - (had.get(`edge:${e.id}`) ?? 0);
    if (more > 0)
      out.push({
        key: `edge:${e.id}`,
        kind: 'relation',
        name: relationSentence(e, labels),
        passages: more,
      });
  }
  return out;
}

/**
 * Reads a file of W3C Web Annotations on the map's text and adds the passages they place to the
 * nodes and relations they name, in one edit (one step of undo). Nothing changes when the file
 * cannot be read or nothing in it could be placed. The import's code loads with the first file.
 */
export async function importAnnotationFile(
  store: AppStore,
  file: File,
): Promise<AnnotationImportResult> {
  const refused = (message: string): AnnotationImportResult => ({
    kind: 'refused',
    file: file.name,
    message,
  });
  if (file.size > MAX_ANNOTATION_BYTES)
    return refused(
      t('authoring.import.tooLarge', {
        size: over(file.size),
        max: t('authoring.size.megabytes', {
          size: formatNumber(MAX_ANNOTATION_BYTES / 1024 / 1024),
        }),
      }),
    );
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch (error) {
    return refused(
      error instanceof SyntaxError
        ? t('authoring.import.notJsonBecause', { cause: error.message })
        : t('authoring.import.notJson'),
    );
  }
  const { importAnnotations, applyImportedEvidence } =
    await import('../../domain/authoring/annotationImport');
  const s = store.getState();
  const found = importAnnotations(json, s.article, s.graph);
  if (!found.ok) return refused(t('authoring.import.nothing', { problem: found.message }));
  const done = {
    kind: 'done' as const,
    file: file.name,
    unresolved: found.unresolved,
  };
  if (found.resolved.length === 0) return { ...done, added: [], alreadyThere: 0 };
  // Tried first, so that passages the map already has all of make no empty step of undo.
  const trial = applyImportedEvidence(s.graph, editContextOf(s), found.resolved);
  if (!trial.ok) return { ...done, added: [], alreadyThere: 0, problem: trial.problem.message };
  if (trial.added === 0) return { ...done, added: [], alreadyThere: trial.alreadyThere };
  const before = s.graph;
  const result = s.applyEdit((graph, context) =>
    applyImportedEvidence(graph, context, found.resolved),
  );
  if (!result.ok) return { ...done, added: [], alreadyThere: 0, problem: result.problem.message };
  return { ...done, added: addedBetween(before, result.graph), alreadyThere: result.alreadyThere };
}

/** The result of an import: what was added where, and each annotation not placed with why. */
export function AnnotationImportDialog({
  result,
  onClose,
}: {
  result: AnnotationImportResult;
  onClose: () => void;
}) {
  const t = useT();
  if (result.kind === 'refused')
    return (
      <ModalDialog
        title={t('authoring.import.refusedTitle')}
        onClose={onClose}
        className="au-dialog"
      >
        <p className="au-problem">
          {t('authoring.import.refused', { file: result.file, problem: result.message })}
        </p>
      </ModalDialog>
    );
  const passages = result.added.reduce((sum, a) => sum + a.passages, 0);
  const title = passages > 0 ? t('authoring.import.doneTitle') : t('authoring.import.noneTitle');
  return (
    <ModalDialog title={title} onClose={onClose} className="au-dialog au-annotations">
      {passages > 0 ? (
        <>
          <p>
            {t('authoring.import.added', {
              file: result.file,
              passages,
              elements: result.added.length,
            })}
          </p>
          <ul aria-label={t('authoring.import.addedList')}>
            {result.added.map((a) => (
              <li key={a.key}>
                {t('authoring.import.addedTo', {
                  kind: a.kind,
                  name: a.name,
                  count: a.passages,
                })}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          {result.problem
            ? t('authoring.import.nothingAddedBroken', {
                file: result.file,
                problem: result.problem,
              })
            : t('authoring.import.nothingAdded', { file: result.file })}
        </p>
      )}
      {result.alreadyThere > 0 && (
        <p>{t('authoring.import.alreadyThere', { count: result.alreadyThere })}</p>
      )}
      {result.unresolved.length > 0 && (
        <>
          <h3 className="au-subhead">
            {t('authoring.import.unplacedHeading', { count: result.unresolved.length })}
          </h3>
          <ul aria-label={t('authoring.import.unplacedList')}>
            {result.unresolved.map((u) => (
              <li key={u.annotation}>
                {u.id === undefined
                  ? t('authoring.import.unplaced', { n: u.annotation + 1, reason: u.reason })
                  : t('authoring.import.unplacedId', {
                      n: u.annotation + 1,
                      id: u.id,
                      reason: u.reason,
                    })}
              </li>
            ))}
          </ul>
        </>
      )}
    </ModalDialog>
  );
}

/**
 * The "Import annotations…" button of the Edit map toolbar: a file of W3C Web Annotations on the
 * map's text (Recogito's, Hypothesis's, or one Export saved) brings its passages in as evidence.
 */
export function ImportAnnotationsButton() {
  const t = useT();
  const store = useAppStore();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<AnnotationImportResult | null>(null);

  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    // Cleared so choosing the same file again (after fixing it) reads it again.
    e.currentTarget.value = '';
    if (!file) return;
    setBusy(true);
    importAnnotationFile(store, file)
      .catch((error: unknown): AnnotationImportResult => ({
        kind: 'refused',
        file: file.name,
        message:
          error instanceof Error
            ? t('authoring.import.unreadableBecause', { cause: error.message })
            : t('authoring.import.unreadable'),
      }))
      .then(setResult)
      .finally(() => setBusy(false));
  };

  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        aria-busy={busy}
        title={t('authoring.import.buttonHint')}
        onClick={() => input.current?.click()}
      >
        {t('authoring.import.button')}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept={ANNOTATION_FILES}
        aria-label={t('authoring.import.fileLabel')}
        onChange={onChange}
      />
      {result &&
        createPortal(
          <AnnotationImportDialog result={result} onClose={() => setResult(null)} />,
          document.body,
        )}
    </>
  );
}
