import type { Repair, RepairKind } from './model';

/** How each kind of repair is named in a report, for one and for many. */
const KINDS: Record<RepairKind, [one: string, many: string]> = {
  'dangling-edge-dropped': [
    'relation dropped: an end is missing or unknown',
    'relations dropped: an end is missing or unknown',
  ],
  'duplicate-node-id': ['duplicate node id: the first kept', 'duplicate node ids: the first kept'],
  'duplicate-edge-id': ['duplicate relation id renamed', 'duplicate relation ids renamed'],
  'edge-id-of-node': [
    'relation id equal to a node id, renamed',
    'relation ids equal to node ids, renamed',
  ],
  'missing-label': ['node without a label: its id shown', 'nodes without a label: their ids shown'],
  'missing-id-generated': ['missing id generated', 'missing ids generated'],
  'undeclared-attribute': [
    'undeclared attribute read as text',
    'undeclared attributes read as text',
  ],
  'invalid-value': ['value not of its type, left empty', 'values not of their type, left empty'],
  'extra-cells': [
    'row with more cells than columns: the extra ignored',
    'rows with more cells than columns: the extra ignored',
  ],
  'number-not-finite': [
    'number not finite (inf, nan), left empty',
    'numbers not finite (inf, nan), left empty',
  ],
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

const count = (n: number) => n.toLocaleString('en');

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
      title: `${count(n)} ${KINDS[kind][n === 1 ? 0 : 1]}`,
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
    rows.push(['', '', `… and ${count(total - repairs.length)} more, not listed`]);
  return (
    [['kind', 'where', 'repair'], ...rows].map((row) => row.map(csvCell).join(',')).join('\n') +
    '\n'
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
