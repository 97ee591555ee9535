import type { Visible } from './filters';
import { ATTRIBUTION_SHORT } from './palette';
import { claimSentence } from './relations';
import { graphIndex } from './graphIndex';
import { sphereDef } from './palette';
import type { Article, Graph, SphereDef } from './schema';
import { bySpheres } from './wording';
import { t, type MessageId } from '../i18n/core';

/** One passage behind one displayed relation: a line of the evidence sheet. */
export interface EvidenceRow {
  source: string;
  relation: string;
  target: string;
  /**
   * The relation's spheres, joined "political; economic" (the article's ids); a map's own
   * categories by their names, "Trade routes; Water".
   */
  spheres: string;
  status: string;
  /** Whose claim (an attribution id); empty for a relation that does not say. */
  attribution: string;
  /** The relation as the claim it is, whose first: "The author argues that …". */
  claim: string;
  year: number | null;
  section: string;
  block: string;
  /** Verbatim from the block's text. */
  quote: string;
  relationId: string;
}

// Compares as String.prototype.localeCompare does with no arguments (the same default collator).
// Made on first use: this module is in the first view's code, and a collator is costly to make.
let defaultCollator: Intl.Collator | undefined;
const collator = () => (defaultCollator ??= new Intl.Collator());

/**
 * The collation order of the names and relations of a graph's relations that have passages, as
 * integers: equal ranks for strings the collator deems equal. Made once per graph, so sorting 20,000
 * relations by three keys compares integers and calls the collator only on the distinct strings.
 */
const sortKeys = new WeakMap<Graph, Map<string, number>>();

function ranksOf(graph: Graph, label: (id: string) => string): Map<string, number> {
  let rank = sortKeys.get(graph);
  if (rank) return rank;
  const strings = new Set<string>();
  for (const e of graph.edges)
    if (e.evidence.length > 0) {
      strings.add(label(e.source));
      strings.add(e.relation);
      strings.add(label(e.target));
    }
  const { compare } = collator();
  const distinct = [...strings].sort(compare);
  rank = new Map<string, number>();
  let r = 0;
  for (let i = 0; i < distinct.length; i++) {
    if (i > 0 && compare(distinct[i - 1]!, distinct[i]!) !== 0) r++;
    rank.set(distinct[i]!, r);
  }
  sortKeys.set(graph, rank);
  return rank;
}

/**
 * One row per displayed relation and evidence passage, relations ordered by their sentence
 * (source, relation, target, compared as `localeCompare` does; ties keep graph order) and each
 * relation's passages in article order. Relations without passages make no row.
 */
export function evidenceRows(
  article: Article,
  graph: Graph,
  displayed: Visible,
  spheres?: readonly SphereDef[],
): EvidenceRow[] {
  const named = spheres && !bySpheres(spheres) ? spheres : null;
  const labels = graphIndex(graph).labels;
  const order = new Map(article.blocks.map((b, i) => [b.id, i]));
  const blocks = new Map(article.blocks.map((b) => [b.id, b]));
  const titles = new Map(article.sections.map((s) => [s.id, s.title]));
  const label = (id: string) => labels.get(id) ?? id;
  const rank = ranksOf(graph, label);
  const relations = graph.edges
    .filter((e) => e.evidence.length > 0 && displayed.edges.has(e.id))
    .map((edge) => ({
      edge,
      source: label(edge.source),
      target: label(edge.target),
      keys: [
        rank.get(label(edge.source))!,
        rank.get(edge.relation)!,
        rank.get(label(edge.target))!,
      ],
    }))
    .sort((a, b) => a.keys[0]! - b.keys[0]! || a.keys[1]! - b.keys[1]! || a.keys[2]! - b.keys[2]!);
  const blockOrder = (block: string) => order.get(block) ?? Infinity;
  const rows: EvidenceRow[] = [];
  for (const { edge, source, target } of relations) {
    // A passage whose block is missing (a broken import) keeps its quote and goes last.
    const evidence =
      edge.evidence.length > 1
        ? [...edge.evidence].sort((a, b) => blockOrder(a.block) - blockOrder(b.block))
        : edge.evidence;
    const spheres = (
      named ? edge.domains.map((d) => sphereDef(named, d).label) : edge.domains
    ).join('; ');
    const claim = claimSentence(edge, labels);
    for (const ev of evidence) {
      const block = blocks.get(ev.block);
      rows.push({
        source,
        relation: edge.relation,
        target,
        spheres,
        status: edge.status,
        attribution: edge.attribution ?? '',
        claim,
        year: edge.year,
        section: block ? (titles.get(block.section) ?? block.section) : '',
        block: ev.block,
        quote: ev.quote,
        relationId: edge.id,
      });
    }
  }
  return rows;
}

/** How many relations and passages a sheet holds, e.g. for "42 relations, 57 passages". */
export function sheetCounts(rows: readonly EvidenceRow[]): { relations: number; passages: number } {
  return { relations: new Set(rows.map((r) => r.relationId)).size, passages: rows.length };
}

/** The sheet's columns: a row's field and its header's message. */
const CSV_COLUMNS: readonly [keyof EvidenceRow, MessageId][] = [
  ['source', 'export.sheet.column.source'],
  ['relation', 'export.sheet.column.relation'],
  ['target', 'export.sheet.column.target'],
  ['spheres', 'export.sheet.column.spheres'],
  ['status', 'export.sheet.column.status'],
  ['attribution', 'export.sheet.column.attribution'],
  ['claim', 'export.sheet.column.claim'],
  ['year', 'export.sheet.column.year'],
  ['section', 'export.sheet.column.section'],
  ['block', 'export.sheet.column.block'],
  ['quote', 'export.sheet.column.quote'],
  ['relationId', 'export.sheet.column.relationId'],
];

/**
 * The sheet's columns with their headers in the interface's language ("Source", "Источник"): a
 * sheet for people, which Silkgraph does not read back.
 */
export const csvColumns = (): [keyof EvidenceRow, string][] =>
  CSV_COLUMNS.map(([key, id]) => [key, t(id)]);

/** What a sheet calls the categories: "Spheres" (the article's), or "Categories" (a map's own). */
export const categoriesHeader = (spheres: readonly SphereDef[]) =>
  t(bySpheres(spheres) ? 'export.sheet.column.spheres' : 'export.sheet.column.categories');

/**
 * A cell a spreadsheet would run as a formula. Papa's own `escapeFormulae: true` uses
 * /^[=+\-@\t\r].*$/, which misses a cell with a line break after the formula.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The sheet as CSV (header row, CRLF line ends, RFC 4180 quoting). Any text cell, the quote
 * included, that starts with = + - @ tab or CR gains a leading apostrophe so a spreadsheet shows
 * it as text instead of running it; no quote in the shipped article starts that way.
 * Async because papaparse loads on first use, keeping it out of the first view.
 */
export async function toCsv(
  rows: readonly EvidenceRow[],
  /** The categories' column: "Spheres" for the article's, "Categories" for a map's own. */
  categories = t('export.sheet.column.spheres'),
): Promise<string> {
  const { default: Papa } = await import('papaparse');
  const columns = csvColumns();
  return Papa.unparse(
    {
      fields: columns.map(([key, header]) => (key === 'spheres' ? categories : header)),
      data: rows.map((row) => columns.map(([key]) => row[key] ?? '')),
    },
    { newline: '\r\n', escapeFormulae: FORMULA_START },
  );
}

const MD_INLINE = /[\\`*_[\]<>|~]/g;
const MD_ENTITY = /&(?=#?[a-z0-9]+;)/gi;

/** Text that Markdown renders exactly as written: inline syntax and line-start syntax escaped. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(MD_INLINE, '\\$&')
    .replace(MD_ENTITY, '\\&')
    .replace(/^(\s*)([#+\-=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

// A run of white space with a line break in it becomes one space (one pass over the text).
const inline = (text: string) =>
  escapeMarkdown(text.replace(/\s+/g, (space) => (/[\r\n]/.test(space) ? ' ' : space)));

const blockquote = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => (line.trim() ? `> ${escapeMarkdown(line)}` : '>'))
    .join('\n');

/** A count line, e.g. "42 relations, 57 passages". */
export function countsLine(rows: readonly EvidenceRow[]): string {
  return t('export.sheet.counts', { ...sheetCounts(rows) });
}

/**
 * A handout: a heading, what the filters showed, then one section per relation with each passage
 * as a blockquote and the section it comes from. Text is escaped, so it renders verbatim.
 */
export function toMarkdown(
  rows: readonly EvidenceRow[],
  title: string,
  description = '',
  /** What a relation's categories are called: "Spheres", or "Categories" for a map's own. */
  categories = t('export.sheet.column.spheres'),
): string {
  const out = [`# ${t('export.sheet.md.title', { title: inline(title) })}`, ''];
  if (description) out.push(inline(description), '');
  out.push(t('export.sheet.md.counts', { counts: countsLine(rows) }), '');
  let current: string | null = null;
  let n = 0;
  for (const row of rows) {
    if (row.relationId !== current) {
      current = row.relationId;
      const meta = [
        t('export.sheet.md.categories', { name: categories, list: row.spheres }),
        t('export.sheet.md.status', { status: row.status }),
      ];
      const whose = ATTRIBUTION_SHORT[row.attribution as keyof typeof ATTRIBUTION_SHORT];
      if (whose) meta.push(t('export.sheet.md.whose', { whose }));
      // A year is written as a year ("2013"), not as a count ("2,013").
      if (row.year !== null) meta.push(t('export.sheet.md.year', { year: String(row.year) }));
      out.push(
        `## ${++n}. ${inline(row.source)} ${inline(row.relation)} ${inline(row.target)}`,
        '',
        inline(row.claim),
        '',
        `*${inline(meta.join(' · '))}*`,
        '',
      );
    }
    const where = row.section
      ? t('export.sheet.md.where.section', { section: row.section, block: row.block })
      : t('export.sheet.md.where', { block: row.block });
    out.push(blockquote(row.quote), '', `— ${inline(where)}`, '');
  }
  return out.join('\n');
}

/** The graph as the map shows it, in data/graph.json's own format, every field kept, pretty-printed. */
export function shownGraphJson(
  graph: Graph,
  displayed: Visible,
  spheres?: readonly SphereDef[],
): string {
  const nodes = graph.nodes.filter((n) => displayed.nodes.has(n.id));
  const edges = graph.edges.filter(
    (e) =>
      displayed.edges.has(e.id) && displayed.nodes.has(e.source) && displayed.nodes.has(e.target),
  );
  const undirected = graph.directed === false ? { directed: false } : {};
  // A map's own categories go with it (names and colours), as a map file without a text has them.
  const own = spheres && !bySpheres(spheres) ? { silkgraph: 2, categories: spheres } : {};
  return `${JSON.stringify({ ...own, nodes, edges, ...undirected }, null, 2)}\n`;
}

/** The parts of the view that decide what an export contains. */
// What produced an export, in words and as a file name: also the print caption's and the image
// exports', so it lives apart from the sheets (which load with the Export menu).
export { describeView, viewName, type ExportView } from './viewDescription';
