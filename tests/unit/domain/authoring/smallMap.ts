import type { EditContext } from '../../../../src/domain/authoring/editResult';
import type { Article, Graph } from '../../../../src/domain/schema';
import { deepFreeze } from './builtIn';

export const smallArticle: Article = deepFreeze({
  id: 'small',
  title: 'Small',
  author: 'A',
  language: 'en',
  source: 'small.txt',
  sections: [{ id: 'introduction', title: 'Introduction' }],
  blocks: [
    {
      id: 'p1',
      type: 'paragraph',
      section: 'introduction',
      text: 'China and Kazakhstan signed an agreement on pipelines.',
    },
    {
      id: 'p2',
      type: 'paragraph',
      section: 'introduction',
      text: 'CNPC, a Chinese company, develops oil fields in Kazakhstan.',
    },
  ],
});

export const smallContext: EditContext = {
  article: smallArticle,
  categories: ['political', 'energy'],
};

/** Two states and a company, the company linked to Kazakhstan. */
export const smallGraph: Graph = deepFreeze({
  nodes: [
    {
      id: 'china',
      label: 'China',
      aliases: ['China'],
      kind: 'state',
      domains: ['political'],
      summary: 'A state.',
      evidence: [{ block: 'p1', quote: 'China' }],
    },
    {
      id: 'kazakhstan',
      label: 'Kazakhstan',
      aliases: ['Kazakhstan'],
      kind: 'state',
      domains: ['political'],
      summary: 'A state.',
      evidence: [{ block: 'p1', quote: 'Kazakhstan' }],
    },
    {
      id: 'cnpc',
      label: 'CNPC',
      aliases: ['CNPC'],
      kind: 'company',
      domains: ['energy'],
      summary: 'A company.',
      evidence: [{ block: 'p2', quote: 'CNPC, a Chinese company' }],
    },
  ],
  edges: [
    {
      id: 'cnpc-develops-kazakhstan',
      source: 'cnpc',
      target: 'kazakhstan',
      relation: 'develops oil fields in',
      domains: ['energy'],
      status: 'established',
      attribution: 'fact',
      year: null,
      evidence: [{ block: 'p2', quote: 'develops oil fields in Kazakhstan' }],
    },
  ],
});
