import { formatCount, plural } from '../../components/plural';
import { groupRepairs, repairsCsv, repairTotal } from '../../domain/formats/repairs';
import type { AttributeInfo, ImportReport } from '../../domain/formats/model';
import { downloadBlob } from '../../lib/download';

/** Attributes listed in the report; a file with more names the rest by count. */
const ATTRIBUTE_ROWS = 12;

function AttributeTable({ caption, attributes }: { caption: string; attributes: AttributeInfo[] }) {
  if (attributes.length === 0) return <p className="im-none">{caption}: none.</p>;
  const shown = attributes.slice(0, ATTRIBUTE_ROWS);
  return (
    <table className="im-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Type</th>
          <th scope="col">Distinct values</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((a) => (
          <tr key={a.name}>
            <td>{a.name}</td>
            <td>{a.type}</td>
            <td>{a.distinct}</td>
          </tr>
        ))}
        {attributes.length > shown.length && (
          <tr>
            <td colSpan={3}>… and {plural(attributes.length - shown.length, 'more attribute')}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

/** The repairs by kind: a count, a name and the first few with where they were made. */
function Repairs({ report, fileName }: { report: ImportReport; fileName: string }) {
  const total = repairTotal(report.repairCounts);
  if (total === 0) return <p className="im-none">No repairs were needed.</p>;
  const groups = groupRepairs(report.repairs, report.repairCounts);
  const download = () =>
    downloadBlob(
      new Blob([repairsCsv(report.repairs, report.repairCounts)], { type: 'text/csv' }),
      `${fileName.replace(/\.[^.]*$/, '')}-repairs.csv`,
    );
  return (
    <>
      <ul className="im-repairs" aria-label="Repairs">
        {groups.map((g) => (
          <li key={g.kind}>
            <span className="im-group">{g.title}</span>
            <ul className="im-examples" aria-label={`Examples: ${g.title}`}>
              {g.examples.map((r, i) => (
                <li key={`${i}-${r.where}`}>
                  <span className="im-where">{r.where}</span>: {r.message}
                </li>
              ))}
              {g.count > g.examples.length && (
                <li className="im-more">… and {formatCount(g.count - g.examples.length)} more</li>
              )}
            </ul>
          </li>
        ))}
      </ul>
      {total > groups.reduce((n, g) => n + g.examples.length, 0) && (
        <button type="button" className="im-link" onClick={download}>
          Download all {plural(total, 'repair')} (CSV)
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
  return (
    <>
      <p className="im-summary">
        {fileName} was read as {report.formatName}: {plural(report.nodes, 'node')} and{' '}
        {plural(report.edges, 'relation')}, {report.directed ? 'directed' : 'undirected'}.
      </p>
      <h3 className="im-heading">Attributes</h3>
      <AttributeTable caption="Node attributes" attributes={report.attributes.nodes} />
      <AttributeTable caption="Relation attributes" attributes={report.attributes.edges} />
      <h3 className="im-heading">Repairs</h3>
      <Repairs report={report} fileName={fileName} />
      {report.notes.length > 0 && (
        <ul className="im-notes" aria-label="Notes">
          {report.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </>
  );
}
