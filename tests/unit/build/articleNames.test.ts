import { articleNamesOf } from '../../../build/articleNames';

describe('the article’s names in every language', () => {
  it('gathers each node’s label, aliases and other names once, from every file', () => {
    expect(
      articleNamesOf([
        { nodes: { kz: { label: 'Kazakhstan', aliases: ['Kazakhstan'], otherNames: ['KZ'] } } },
        { nodes: { kz: { label: 'Казахстан', aliases: ['Казахстан', 'РК'] } } },
        {
          nodes: {
            kz: { label: '哈萨克斯坦', aliases: ['哈萨克斯坦'] },
            cn: { label: '中国', aliases: [] },
          },
        },
      ]),
    ).toEqual({ kz: ['Kazakhstan', 'KZ', 'Казахстан', 'РК', '哈萨克斯坦'], cn: ['中国'] });
  });
});
