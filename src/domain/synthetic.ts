import type {
  Article,
  EdgeStatus,
  Graph,
  GraphEdge,
  GraphNode,
  NodeKind,
  Positions,
  Sphere,
} from './schema';
import { EDGE_STATUSES, NODE_KINDS, SPHERES } from './vocabulary';

// A generator of large, valid, realistic-looking datasets for the benchmark and for stress tests.
// Realistic means what costs time in the browser looks like the real thing: clusters with hubs,
// most edges inside a cluster, 1–2 spheres per element, labels of ordinary length, all statuses.

export interface SyntheticOptions {
  nodes: number;
  edges: number;
  seed: number;
}

export interface SyntheticDataset {
  article: Article;
  graph: Graph;
  positions: Positions;
}

/** mulberry32: a small, fast, seeded generator; the same seed always gives the same dataset. */
function seeded(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)]!;

function weighted<T>(random: Random, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [value, w] of entries) {
    r -= w;
    if (r < 0) return value;
  }
  return entries[entries.length - 1]![0];
}

// Kinds roughly as often as an article about international relations names them.
const KIND_COMMONNESS: Partial<Record<NodeKind, number>> = {
  state: 3,
  company: 5,
  organization: 5,
  person: 4,
  initiative: 3,
  program: 3,
  // Not a kind an article's map uses; imported graphs may.
  other: 0,
};
const KIND_WEIGHTS: readonly (readonly [NodeKind, number])[] = NODE_KINDS.map((kind) => [
  kind,
  KIND_COMMONNESS[kind] ?? 1.5,
]);

const STATUS_WEIGHTS: readonly (readonly [EdgeStatus, number])[] = EDGE_STATUSES.map((status) => [
  status,
  { established: 0.6, proposed: 0.28, contested: 0.12 }[status],
]);

const SYLLABLES = ['al', 'ty', 'nur', 'sa', 'tan', 'ka', 'zy', 'bek', 'ar', 'qa', 'ri', 'on', 'me'];
// Words for a kind's labels; a kind without its own words gets a neutral one.
const KIND_WORDS: Partial<Record<NodeKind, readonly string[]>> = {
  state: ['Republic', 'State'],
  region: ['Region', 'Oblast'],
  person: ['Minister', 'Envoy', 'President'],
  organization: ['Council', 'Union', 'Agency'],
  company: ['Energy', 'Logistics', 'Holding', 'Telecom'],
  initiative: ['Initiative', 'Belt'],
  program: ['Programme', 'Plan'],
  platform: ['Forum', 'Platform'],
  concept: ['Doctrine', 'Vision'],
  place: ['Port', 'Corridor', 'Crossing'],
  event: ['Summit', 'Visit', 'Expo'],
};

const RELATIONS: Record<string, readonly string[]> = {
  political: ['signs an agreement with', 'holds talks with', 'supports'],
  economic: ['invests in', 'trades with', 'finances'],
  energy: ['supplies gas to', 'builds a pipeline with', 'develops fields in'],
  humanitarian: ['exchanges students with', 'opens a cultural centre with', 'trains staff of'],
};

const SECTIONS = [
  { id: 'introduction', title: 'Introduction' },
  { id: 'cooperation', title: 'Cooperation in Four Spheres' },
  { id: 'risks', title: 'Risks and Challenges' },
  { id: 'prospects', title: 'Prospects' },
] as const;

// Sentences the evidence quotes are taken from, verbatim; each section gets a couple of paragraphs.
const SENTENCES = [
  'The two states signed a treaty on good-neighbourliness and friendly cooperation.',
  'Trade turnover between the partners has grown steadily over the past decade.',
  'A new pipeline carries natural gas across the border to the eastern provinces.',
  'Universities exchange hundreds of students each year under joint programmes.',
  'The initiative links ports, railways and logistics hubs along the corridor.',
  'Companies from both sides develop oil and gas fields in the western regions.',
  'Cultural centres teach the language and host exhibitions in the capital.',
  'Officials meet regularly within the framework of the regional organization.',
  'Experts warn that growing debt could become a “serious challenge” for the region.',
  'Water sharing along the transboundary rivers remains a contested issue.',
  'Both governments plan to expand the digital infrastructure by 2030.',
  'A joint commission coordinates investment projects in agriculture and industry.',
  'The summit produced a declaration on a community of shared future.',
  'Rivalry between major powers shapes the choices of smaller partners.',
  'Green energy projects, such as wind farms, are expected to attract new funding.',
  'Tourism and people-to-people ties were named among the priorities of the decade.',
];

function buildArticle(): Article {
  const blocks: Article['blocks'] = [
    {
      id: 'byline',
      type: 'byline',
      section: 'introduction',
      text: 'Synthetic Studies Centre',
    },
  ];
  let p = 0;
  SECTIONS.forEach((section, s) => {
    blocks.push({ id: `h${s + 1}`, type: 'heading', section: section.id, text: section.title });
    for (let k = 0; k < 2; k++) {
      const first = (s * 4 + k * 2) % SENTENCES.length;
      const sentences = [0, 1, 2].map((j) => SENTENCES[(first + j) % SENTENCES.length]!);
      blocks.push({
        id: `p${++p}`,
        type: 'paragraph',
        section: section.id,
        text: sentences.join(' '),
      });
    }
  });
  return {
    id: 'synthetic',
    title: 'A Synthetic Article on Regional Cooperation',
    author: 'Synthetic Studies Centre',
    language: 'en',
    source: 'synthetic.txt',
    sections: SECTIONS.map((s) => ({ ...s })),
    blocks,
  };
}

/** Every sentence of every paragraph, with its block: the pool evidence quotes are drawn from. */
function passagesOf(article: Article): { block: string; quote: string }[] {
  return article.blocks
    .filter((b) => b.type === 'paragraph')
    .flatMap((b) =>
      SENTENCES.filter((s) => b.text.includes(s)).map((quote) => ({ block: b.id, quote })),
    );
}

/** A sphere list in the canonical order, from one or two picks. */
const inOrder = (spheres: Iterable<Sphere>): Sphere[] => {
  const set = new Set(spheres);
  return SPHERES.filter((s) => set.has(s));
};

function communitySizes(random: Random, nodes: number): number[] {
  const count = Math.max(1, Math.round(Math.sqrt(nodes / 4)));
  const weights = Array.from({ length: count }, () => 0.4 + random() * 1.6);
  const total = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.max(1, Math.floor((w / total) * nodes)));
  let rest = nodes - sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; rest !== 0; i = (i + 1) % count) {
    if (rest > 0) {
      sizes[i]!++;
      rest--;
    } else if (sizes[i]! > 1) {
      sizes[i]!--;
      rest++;
    }
  }
  return sizes;
}

// Within a cluster nodes sit on a sunflower spiral (about 90 px apart, like the article's layout);
// clusters sit on a grid, so the map looks laid out and needs no layout run.
const SPIRAL_STEP = 50;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const CLUSTER_GAP = 160;

/** A seeded, schema-valid dataset of exactly `nodes` nodes and `edges` edges, clustered, with positions. */
export function syntheticDataset({ nodes, edges, seed }: SyntheticOptions): SyntheticDataset {
  if (!Number.isInteger(nodes) || nodes < 1)
    throw new RangeError('nodes must be a positive integer');
  if (!Number.isInteger(edges) || edges < 0) throw new RangeError('edges must be a whole number');
  if (edges > (nodes * (nodes - 1)) / 2)
    throw new RangeError(`${nodes} nodes cannot carry ${edges} distinct edges`);

  const random = seeded(seed);
  const article = buildArticle();
  const passages = passagesOf(article);
  const sizes = communitySizes(random, nodes);

  // Nodes, cluster by cluster; the first nodes of a cluster are its hubs.
  const graphNodes: GraphNode[] = [];
  const clusterOf: number[] = [];
  const clusterStart: number[] = [];
  const usedLabels = new Map<string, number>();
  sizes.forEach((size, c) => {
    clusterStart.push(graphNodes.length);
    const dominant = pick(random, SPHERES);
    for (let k = 0; k < size; k++) {
      const i = graphNodes.length;
      const kind =
        k === 0 ? pick(random, ['state', 'organization'] as const) : weighted(random, KIND_WEIGHTS);
      const first = random() < 0.75 ? dominant : pick(random, SPHERES);
      const domains = inOrder(random() < 0.35 ? [first, pick(random, SPHERES)] : [first]);
      const name = `${capitalise(pick(random, SYLLABLES) + pick(random, SYLLABLES))} ${pick(random, KIND_WORDS[kind] ?? ['Entity'])}`;
      const seen = usedLabels.get(name) ?? 0;
      usedLabels.set(name, seen + 1);
      const evidence = [pick(random, passages)];
      if (random() < 0.2) evidence.push(pick(random, passages));
      graphNodes.push({
        id: `n${i}`,
        label: seen === 0 ? name : `${name} ${seen + 1}`,
        aliases: [],
        kind,
        domains,
        summary: `A synthetic ${kind} in cluster ${c + 1}.`,
        evidence: dedupe(evidence),
      });
      clusterOf.push(c);
    }
  });

  // Edges: mostly inside a cluster, ends skewed towards the hubs, no self-loops or repeated pairs.
  const hubSkewed = (c: number) => clusterStart[c]! + Math.floor(sizes[c]! * random() ** 2.2);
  const pairs = new Set<string>();
  const graphEdges: GraphEdge[] = [];
  const maxAttempts = edges * 60 + 1000;
  for (let attempt = 0; graphEdges.length < edges && attempt < maxAttempts; attempt++) {
    const source = Math.floor(random() * nodes);
    const c = clusterOf[source]!;
    const inside = sizes[c]! > 1 && random() < 0.85;
    const target = inside ? hubSkewed(c) : hubSkewed(Math.floor(random() * sizes.length));
    const key = source < target ? `${source} ${target}` : `${target} ${source}`;
    if (source === target || pairs.has(key)) continue;
    pairs.add(key);
    const from = graphNodes[source]!;
    const to = graphNodes[target]!;
    const shared = from.domains.filter((d) => to.domains.includes(d));
    const first = pick(random, shared.length > 0 ? shared : from.domains);
    const domains = inOrder(random() < 0.25 ? [first, pick(random, SPHERES)] : [first]);
    const evidence = [pick(random, passages)];
    if (random() < 0.15) evidence.push(pick(random, passages));
    graphEdges.push({
      id: `e${graphEdges.length}`,
      source: from.id,
      target: to.id,
      relation: pick(random, RELATIONS[first]!),
      domains,
      status: weighted(random, STATUS_WEIGHTS),
      year: random() < 0.5 ? null : 1992 + Math.floor(random() * 33),
      evidence: dedupe(evidence),
    });
  }
  // Only a graph close to complete can run out of free pairs by chance: fill it in order.
  for (let s = 0; graphEdges.length < edges && s < nodes; s++)
    for (let t = s + 1; graphEdges.length < edges && t < nodes; t++) {
      if (pairs.has(`${s} ${t}`)) continue;
      pairs.add(`${s} ${t}`);
      const from = graphNodes[s]!;
      graphEdges.push({
        id: `e${graphEdges.length}`,
        source: from.id,
        target: graphNodes[t]!.id,
        relation: RELATIONS[from.domains[0]!]![0]!,
        domains: [from.domains[0]!],
        status: 'established',
        year: null,
        evidence: [passages[0]!],
      });
    }

  return {
    article,
    graph: { nodes: graphNodes, edges: graphEdges },
    positions: place(random, sizes),
  };
}

function place(random: Random, sizes: readonly number[]): Positions {
  const radius = (size: number) => SPIRAL_STEP * Math.sqrt(size);
  const cell = 2 * radius(Math.max(...sizes)) + CLUSTER_GAP;
  const columns = Math.ceil(Math.sqrt(sizes.length));
  const positions: Positions = {};
  let i = 0;
  sizes.forEach((size, c) => {
    const cx = (c % columns) * cell + (random() - 0.5) * CLUSTER_GAP;
    const cy = Math.floor(c / columns) * cell + (random() - 0.5) * CLUSTER_GAP;
    const turn = random() * 2 * Math.PI;
    for (let k = 0; k < size; k++, i++) {
      const r = SPIRAL_STEP * Math.sqrt(k + 0.5);
      const a = turn + k * GOLDEN_ANGLE;
      positions[`n${i}`] = {
        x: Math.round(cx + r * Math.cos(a) + (random() - 0.5) * 10),
        y: Math.round(cy + r * Math.sin(a) + (random() - 0.5) * 10),
      };
    }
  });
  return positions;
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function dedupe<T extends { block: string; quote: string }>(evidence: T[]): T[] {
  return evidence.filter(
    (e, i) => evidence.findIndex((o) => o.block === e.block && o.quote === e.quote) === i,
  );
}
