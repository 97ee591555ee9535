import { describe, expect, it } from 'vitest';
import { groupByBlock, mentionsOf, quotesInBlock } from '../../../src/domain/blockPassages';
import { passagesFor } from '../../../src/domain/evidence';
import { smallArticle, smallGraph } from '../../fixtures/small';

describe('groupByBlock', () => {
  it('shows a block quoted twice once, with both quotes', () => {
    const passages = passagesFor(smallArticle, [
      { block: 'p2', quote: 'Beta exports oil to Alpha.' },
      { block: 'p1', quote: 'Alpha and Beta signed a treaty in 2013.' },
      { block: 'p2', quote: 'The company Gamma Oil develops fields in Beta.' },
      { block: 'p2', quote: 'Beta exports oil to Alpha.' },
    ]);
    const groups = groupByBlock(passages);
    expect(groups.map((g) => [g.block.id, g.sectionTitle, g.quotes])).toEqual([
      ['p1', 'Introduction', ['Alpha and Beta signed a treaty in 2013.']],
      [
        'p2',
        'Energy Ties',
        ['Beta exports oil to Alpha.', 'The company Gamma Oil develops fields in Beta.'],
      ],
    ]);
  });
});

describe('quotesInBlock', () => {
  it('collects the distinct quotes of nodes and edges in a block', () => {
    expect(quotesInBlock(smallGraph, 'p2').sort()).toEqual([
      'Beta exports oil to Alpha.',
      'The company Gamma Oil develops fields in Beta.',
    ]);
    expect(quotesInBlock(smallGraph, 'h1')).toEqual([]);
  });
});

describe('mentionsOf', () => {
  it('lists the label and the aliases once each', () => {
    expect(mentionsOf(smallGraph.nodes[0]!)).toEqual(['Alpha', 'Alphaville']);
    expect(mentionsOf(smallGraph.nodes[4]!)).toEqual(['Lonely Concept']);
  });
});
