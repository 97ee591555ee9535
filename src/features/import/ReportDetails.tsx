import { plural } from '../../components/plural';
import type { AttributeInfo, ImportReport } from '../../domain/formats/model';

function AttributeTable({ caption, attributes }: { caption: string; attributes: AttributeInfo[] }) {
  if (attributes.length === 0) return <p className="im-none">{caption}: none.</p>;
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
        {attributes.map((a) => (
          <tr key={a.name}>
            <td>{a.name}</td>
            <td>{a.type}</td>
            <td>{a.distinct}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What an import found: format, counts, attributes, and every repair with where it was made. */
export function ReportDetails({ report, fileName }: { report: ImportReport; fileName: string }) {
  return (
    <>
      <p className="im-summary">
        {fileName} was read as {report.formatName}: {plural(report.nodes, 'node')} and{' '}
        {plural(report.edges, 'relation')}.
      </p>
      <h3 className="im-heading">Attributes</h3>
      <AttributeTable caption="Node attributes" attributes={report.attributes.nodes} />
      <AttributeTable caption="Relation attributes" attributes={report.attributes.edges} />
      <h3 className="im-heading">Repairs</h3>
      {report.repairs.length === 0 ? (
        <p className="im-none">No repairs were needed.</p>
      ) : (
        <ul className="im-repairs" aria-label="Repairs">
          {report.repairs.map((r, i) => (
            <li key={`${i}-${r.where}`}>
              <span className="im-where">{r.where}</span>: {r.message}
            </li>
          ))}
        </ul>
      )}
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
