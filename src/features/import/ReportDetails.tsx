import { formatCount } from '../../components/plural';
import { groupRepairs, repairsCsv, repairTotal } from '../../domain/formats/repairs';
import type { AttributeInfo, ImportReport } from '../../domain/formats/model';
import { Rich } from '../../i18n/Rich';
import { useT } from '../../i18n/react';
import type { MessageId } from '../../i18n/core';
import { downloadBlob } from '../../lib/download';

/** Attributes listed in the report; a file with more names the rest by count. */
const ATTRIBUTE_ROWS = 12;

const TYPE_NAMES: Record<AttributeInfo['type'], MessageId> = {
  string: 'import.attributes.type.string',
  number: 'import.attributes.type.number',
  boolean: 'import.attributes.type.boolean',
};

function AttributeTable({ caption, attributes }: { caption: string; attributes: AttributeInfo[] }) {
  const t = useT();
  if (attributes.length === 0)
    return <p className="im-none">{t('import.attributes.none', { caption })}</p>;
  const shown = attributes.slice(0, ATTRIBUTE_ROWS);
  return (
    <table className="im-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('import.attributes.name')}</th>
          <th scope="col">{t('import.attributes.type')}</th>
          <th scope="col">{t('import.attributes.distinct')}</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((a) => (
          <tr key={a.name}>
            <td>{a.name}</td>
            <td>{t(TYPE_NAMES[a.type])}</td>
            <td>{a.distinct}</td>
          </tr>
        ))}
        {attributes.length > shown.length && (
          <tr>
            <td colSpan={3}>
              {t('import.attributes.more', { count: attributes.length - shown.length })}
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

/** The repairs by kind: a count, a name and the first few with where they were made. */
function Repairs({ report, fileName }: { report: ImportReport; fileName: string }) {
  const t = useT();
  const total = repairTotal(report.repairCounts);
  if (total === 0) return <p className="im-none">{t('import.repairs.none')}</p>;
  const groups = groupRepairs(report.repairs, report.repairCounts);
  const download = () =>
    downloadBlob(
      new Blob([repairsCsv(report.repairs, report.repairCounts)], { type: 'text/csv' }),
      `${fileName.replace(/\.[^.]*$/, '')}-repairs.csv`,
    );
  return (
    <>
      <ul className="im-repairs" aria-label={t('import.heading.repairs')}>
        {groups.map((g) => (
          <li key={g.kind}>
            <span className="im-group">{g.title}</span>
            <ul
              className="im-examples"
              aria-label={t('import.repairs.examples', { title: g.title })}
            >
              {g.examples.map((r, i) => (
                <li key={`${i}-${r.where}`}>
                  <Rich
                    id="import.repairs.example"
                    values={{ message: r.message }}
                    parts={{ where: <span className="im-where">{r.where}</span> }}
                  />
                </li>
              ))}
              {g.count > g.examples.length && (
                <li className="im-more">
                  {t('import.repairs.more', { count: formatCount(g.count - g.examples.length) })}
                </li>
              )}
            </ul>
          </li>
        ))}
      </ul>
      {total > groups.reduce((n, g) => n + g.examples.length, 0) && (
        <button type="button" className="im-link" onClick={download}>
          {t('import.repairs.download', { count: total })}
        </button>
      )}
    </>
  );
}

/**
 * What an import found: format, counts, attributes, the repairs grouped by kind and the notes. It
 * stays about a screenful whatever the file: long lists are counted, and downloadable in full.
 */
export function ReportDetails({ report, fileName }: { report: ImportReport; fileName: string }) {
  const t = useT();
  return (
    <>
      <p className="im-summary">
        {t(report.directed ? 'import.summary.directed' : 'import.summary.undirected', {
          name: fileName,
          format: report.formatName,
          nodes: report.nodes,
          edges: report.edges,
        })}
      </p>
      <h3 className="im-heading">{t('import.heading.attributes')}</h3>
      <AttributeTable caption={t('import.attributes.nodes')} attributes={report.attributes.nodes} />
      <AttributeTable caption={t('import.attributes.edges')} attributes={report.attributes.edges} />
      <h3 className="im-heading">{t('import.heading.repairs')}</h3>
      <Repairs report={report} fileName={fileName} />
      {report.notes.length > 0 && (
        <ul className="im-notes" aria-label={t('import.notes')}>
          {report.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </>
  );
}
