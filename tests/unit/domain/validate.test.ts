import { describe, expect, it } from 'vitest';
import { formatProblems, validateDataset } from '../../../src/domain/validate';
import { smallArticle, smallGraph } from '../../fixtures/small';

const clone = <T>(x: T): T => structuredClone(x);

function problemsWith(mutate: (g: ReturnType<typeof clone<typeof smallGraph>>) => void) {
  const graph = clone(smallGraph);
  mutate(graph);
  return validateDataset(smallArticle, graph);
}

describe('validateDataset', () => {
  it('accepts the small fixture', () => {
    expect(validateDataset(smallArticle, smallGraph)).toEqual([]);
  });

  it('names an unknown sphere with its JSON path', () => {
    const problems = problemsWith((g) => {
      (g.nodes[1]!.domains as string[]) = ['cultural'];
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe('$.nodes[1].domains[0]');
    expect(problems[0]!.file).toBe('data/graph.json');
  });

  it('refuses empty evidence', () => {
    const problems = problemsWith((g) => {
      g.edges[2]!.evidence = [];
    });
    expect(problems.map((p) => p.path)).toEqual(['$.edges[2].evidence']);
    expect(problems[0]!.message).toMatch(/evidence/);
  });

  it('reports a quote not found in its block', () => {
    const problems = problemsWith((g) => {
      g.edges[0]!.evidence[0]!.quote = 'Alpha and Beta signed a treaty in 2014.';
    });
    expect(problems).toEqual([
      expect.objectContaining({
        path: '$.edges[0].evidence[0].quote',
        message: expect.stringMatching(/quote not found in block "p1"/),
      }),
    ]);
  });

  it('reports a quote that differs only by its quotation marks', () => {
    const problems = problemsWith((g) => {
      g.nodes[4]!.evidence[0]!.quote = 'a "serious challenge" for Beta';
    });
    expect(problems.map((p) => p.path)).toEqual(['$.nodes[4].evidence[0].quote']);
  });

  it('reports an unknown block id', () => {
    const problems = problemsWith((g) => {
      g.nodes[0]!.evidence[0]!.block = 'p99';
    });
    expect(problems).toEqual([
      expect.objectContaining({
        path: '$.nodes[0].evidence[0].block',
        message: 'unknown block id "p99"',
      }),
    ]);
  });

  it('reports dangling sources and targets', () => {
    const problems = problemsWith((g) => {
      g.edges[1]!.source = 'nowhere';
      g.edges[3]!.target = 'gone';
    });
    expect(problems.map((p) => p.path)).toEqual(['$.edges[1].source', '$.edges[3].target']);
    expect(problems[0]!.message).toContain('nowhere');
  });

  it('reports duplicate node and edge ids', () => {
    const problems = problemsWith((g) => {
      g.nodes[3]!.id = 'alpha';
      g.edges[2]!.id = 'alpha-treaty-beta';
    });
    expect(problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([
        'duplicate node id "alpha"',
        'duplicate edge id "alpha-treaty-beta"',
      ]),
    );
  });

  it('reports an edge to itself', () => {
    const problems = problemsWith((g) => {
      g.edges[0]!.target = 'alpha';
    });
    expect(problems).toEqual([
      expect.objectContaining({ path: '$.edges[0]', message: expect.stringMatching(/to itself/) }),
    ]);
  });

  it('reports an alias the article never uses', () => {
    const problems = problemsWith((g) => {
      g.nodes[0]!.aliases.push('Alfa');
    });
    expect(problems.map((p) => p.path)).toEqual(['$.nodes[0].aliases[2]']);
  });

  it('accepts each of the four statuses and refuses another', () => {
    for (const status of ['established', 'proposed', 'risk', 'contested'] as const)
      expect(problemsWith((g) => void (g.edges[0]!.status = status))).toEqual([]);
    expect(
      problemsWith((g) => void ((g.edges[0] as { status: string }).status = 'disputed')).map(
        (p) => p.path,
      ),
    ).toEqual(['$.edges[0].status']);
  });

  it('requires every relation to say whose claim it is, naming the choices', () => {
    const problems = problemsWith((g) => void delete g.edges[1]!.attribution);
    expect(problems).toEqual([
      expect.objectContaining({
        path: '$.edges[1].attribution',
        message: expect.stringMatching(
          /^edge "beta-oil-alpha" says not whose claim it is \(attribution: one of author, realist, liberal, constructivist, china, kazakhstan, fact\)$/,
        ),
      }),
    ]);
  });

  it('refuses an attribution outside the vocabulary', () => {
    const problems = problemsWith(
      (g) => void ((g.edges[1] as { attribution: string }).attribution = 'rumour'),
    );
    expect(problems.map((p) => p.path)).toEqual(['$.edges[1].attribution']);
  });

  it('lets an imported file leave attribution out when told to', () => {
    const graph = clone(smallGraph);
    delete graph.edges[1]!.attribution;
    const files = { article: 'article', graph: 'graph' };
    expect(validateDataset(smallArticle, graph, files, { attribution: false })).toEqual([]);
  });

  it('keeps other names apart from aliases: a name the article uses is an alias', () => {
    expect(problemsWith((g) => void (g.nodes[0]!.otherNames = ['Alfa Republic']))).toEqual([]);
    const problems = problemsWith((g) => void (g.nodes[0]!.otherNames = ['Alphaville']));
    expect(problems).toEqual([
      expect.objectContaining({
        path: '$.nodes[0].otherNames[0]',
        message: 'other name "Alphaville" occurs in the article: list it in aliases',
      }),
    ]);
  });

  it('reports schema faults in both files at once, each with its file', () => {
    const article = clone(smallArticle);
    (article.blocks[0] as { type: string }).type = 'table';
    const graph = clone(smallGraph);
    (graph.edges[0] as { status: string }).status = 'rumoured';
    const problems = validateDataset(article, graph);
    expect(problems.map((p) => `${p.file} ${p.path}`)).toEqual([
      'data/article.json $.blocks[0].type',
      'data/graph.json $.edges[0].status',
    ]);
    expect(formatProblems(problems).split('\n')).toHaveLength(2);
  });

  it('reports a block in an unknown section', () => {
    const article = clone(smallArticle);
    article.blocks[2]!.section = 'appendix';
    expect(validateDataset(article, smallGraph)).toEqual([
      expect.objectContaining({ file: 'data/article.json', path: '$.blocks[2].section' }),
    ]);
  });
});
