import { formatNumber, t, type MessageId } from '../../i18n/core';
import type { Repair, RepairKind } from './model';

/** How each kind of repair is named in a report, with its count: "3 relations dropped: …". */
const KINDS: Record<RepairKind, MessageId> = {
  'dangling-edge-dropped': 'import.repair.danglingEdgeDropped',
  'duplicate-node-id': 'import.repair.duplicateNodeId',
  'duplicate-edge-id': 'import.repair.duplicateEdgeId',
  'edge-id-of-node': 'import.repair.edgeIdOfNode',
  'missing-label': 'import.repair.missingLabel',
  'missing-id-generated': 'import.repair.missingIdGenerated',
  'undeclared-attribute': 'import.repair.undeclaredAttribute',
  'invalid-value': 'import.repair.invalidValue',
  'extra-cells': 'import.repair.extraCells',
  'number-not-finite': 'import.repair.numberNotFinite',
};

/** Examples a group shows. */
export const EXAMPLES_PER_KIND = 3;

export interface RepairGroup {
  kind: RepairKind;
  count: number;
  /** "3 relations dropped: an end is missing or unknown" */
  title: string;
  /** The first few, with where they were made. */
  examples: Repair[];
}

/** The repairs grouped by kind, largest group first: a count, a name and a few examples each. */
export function groupRepairs(
  repairs: readonly Repair[],
  counts: Partial<Record<RepairKind, number>>,
): RepairGroup[] {
  const examples = new Map<RepairKind, Repair[]>();
  for (const r of repairs) {
    let list = examples.get(r.kind);
    if (!list) examples.set(r.kind, (list = []));
    if (list.length < EXAMPLES_PER_KIND) list.push(r);
  }
  return (Object.entries(counts) as [RepairKind, number][])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, n]) => ({
      kind,
      count: n,
      title: t(KINDS[kind], { count: n }),
      examples: examples.get(kind) ?? [],
    }));
}

/** The total of the counts. */
export function repairTotal(counts: Partial<Record<RepairKind, number>>): number {
  return Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
}

/** One line per kind: "1,990 relations dropped: …; 10 duplicate node ids: …". */
export function repairSummary(counts: Partial<Record<RepairKind, number>>): string {
  return groupRepairs([], counts)
    .map((g) => g.title)
    .join('; ');
}

/** Every repair kept, as a CSV table (kind, where, what), for the report's download. */
export function repairsCsv(
  repairs: readonly Repair[],
  counts: Partial<Record<RepairKind, number>>,
): string {
  const rows = repairs.map((r) => [r.kind, r.where, r.message]);
  const total = repairTotal(counts);
  if (total > repairs.length)
    rows.push([
      '',
      '',
      t('import.repairs.csv.more', { count: formatNumber(total - repairs.length) }),
    ]);
  return (
    [
      [t('import.repairs.csv.kind'), t('import.repairs.csv.where'), t('import.repairs.csv.repair')],
      ...rows,
    ]
      .map((row) => row.map(csvCell).join(','))
      .join('\n') + '\n'
  );
}

/**
 * A CSV cell, always quoted; one a spreadsheet would run as a formula is prefixed with a quote. Not
 * Papa Parse: the report is part of the first view, the CSV reader is loaded on import.
 */
function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}
