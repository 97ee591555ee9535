import { afterEach, describe, expect, it } from 'vitest';
import { deleteCategory, describeUse } from '../../../../src/domain/authoring/categories';
import { editNode } from '../../../../src/domain/authoring/nodeEdits';
import { checkFileSize } from '../../../../src/domain/authoring/limits';
import { readPlainText } from '../../../../src/domain/authoring/plainText';
import { PASTED } from '../../../../src/domain/authoring/readSource';
import { importAnnotations } from '../../../../src/domain/authoring/annotationImport';
import { activateLanguage } from '../../../../src/i18n';
import { speak } from '../../../speak';
import { ownCategories, ownDataset } from '../../../fixtures/ownCategories';
import { smallArticle, smallGraph } from '../../../fixtures/small';

afterEach(() => activateLanguage('en'));

const thrown = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('nothing thrown');
};

describe('authoring messages in the interface’s language', () => {
  it('count what uses a category with each language’s plural forms', async () => {
    const use = { nodes: 21, relations: 5, steps: 2 };
    expect(describeUse(use)).toBe('21 nodes, 5 relations and 2 tour steps');
    await speak('ru');
    expect(describeUse(use)).toBe('21 узел, 5 связей и 2 шага экскурсии');
    expect(describeUse({ nodes: 3, relations: 0, steps: 0 })).toBe('3 узла');
    await speak('kk');
    expect(describeUse({ nodes: 5, relations: 1, steps: 0 })).toBe('5 түйін және 1 байланыс');
    await speak('zh');
    expect(describeUse({ nodes: 3, relations: 1, steps: 0 })).toBe('3 个节点和 1 条关系');
  });

  it('refuse a category still in use in Russian', async () => {
    await speak('ru');
    const result = deleteCategory(ownCategories, ownDataset.graph, null, 'fields');
    expect(result).toEqual({
      ok: false,
      message:
        'Категория «Fields» используется (3 узла и 2 связи): чтобы удалить её, перенесите их в другую категорию.',
    });
  });

  it('say what is wrong with a text source, naming the pasted text in the language', async () => {
    await speak('ru');
    expect(thrown(() => readPlainText('  ', PASTED))).toBe('Вставленный текст: в нём нет текста');
    expect(thrown(() => checkFileSize(6 * 1024 * 1024, 'big.txt', 5 * 1024 * 1024))).toBe(
      'big.txt: размер файла 6,0 МБ; открываются файлы до 5,0 МБ',
    );
    await speak('zh');
    expect(thrown(() => readPlainText('', PASTED))).toBe('粘贴的文本：其中没有文本');
  });

  it('refuse an edit in Kazakh', async () => {
    await speak('kk');
    const context = {
      article: smallArticle,
      categories: ['political', 'economic', 'energy', 'humanitarian'],
    };
    const result = editNode(smallGraph, context, 'nobody', { label: 'X' });
    expect(result).toEqual({
      ok: false,
      problem: { code: 'unknown-node', message: 'картада «nobody» түйіні жоқ' },
    });
  });

  it('give the reason an annotation file is refused in Chinese', async () => {
    await speak('zh');
    expect(importAnnotations(42, smallArticle, smallGraph)).toEqual({
      ok: false,
      message: '文件中没有 Web Annotations（应为 JSON 对象或列表）',
    });
  });
});
