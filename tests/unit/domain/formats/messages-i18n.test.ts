import { afterEach, describe, expect, it } from 'vitest';
import {
  groupRepairs,
  ImportError,
  parseGraphFile,
  repairsCsv,
} from '../../../../src/domain/formats';
import { datasetProblem } from '../../../../src/lib/storedDataset';
import { graphSchema } from '../../../../src/domain/schema';
import { issueMessage } from '../../../../src/domain/validate';
import { activateLanguage } from '../../../../src/i18n';
import { speak } from '../../../speak';

afterEach(() => activateLanguage('en'));

const dropped = (count: number) =>
  groupRepairs([], { 'dangling-edge-dropped': count }).map((g) => g.title)[0];

// An edge list whose relations point at no node: each one dropped (with a node list, ends must exist).
const edges = (n: number) =>
  `source,target\n${Array.from({ length: n }, (_, i) => `a,ghost${i}`).join('\n')}\n`;
const nodes = { name: 'nodes.csv', text: 'id,label\na,A\nb,B\n' };

describe('repair groups count in the interface language', () => {
  it('English: one and other, numbers grouped', () => {
    expect([1, 2, 1990].map(dropped)).toEqual([
      '1 relation dropped: an end is missing or unknown',
      '2 relations dropped: an end is missing or unknown',
      '1,990 relations dropped: an end is missing or unknown',
    ]);
  });

  it('Russian: one, few and many', async () => {
    await speak('ru');
    expect([1, 3, 5, 21, 1990].map(dropped)).toEqual([
      '1 связь отброшена: конец отсутствует или неизвестен',
      '3 связи отброшены: конец отсутствует или неизвестен',
      '5 связей отброшено: конец отсутствует или неизвестен',
      '21 связь отброшена: конец отсутствует или неизвестен',
      '1\u00a0990 связей отброшено: конец отсутствует или неизвестен',
    ]);
  });

  it('Kazakh: the noun stays as it is after a number', async () => {
    await speak('kk');
    expect([1, 5].map(dropped)).toEqual([
      '1 байланыс алынып тасталды: бір ұшы жоқ немесе белгісіз',
      '5 байланыс алынып тасталды: бір ұшы жоқ немесе белгісіз',
    ]);
  });

  it('Chinese: one form', async () => {
    await speak('zh');
    expect([1, 5].map(dropped)).toEqual([
      '已丢弃 1 条关系：端点缺失或未知',
      '已丢弃 5 条关系：端点缺失或未知',
    ]);
  });
});

describe('problems of a file in the interface language', () => {
  it('Russian: the repairs, where they were made, and a strict refusal with its count', async () => {
    await speak('ru');
    const { report } = parseGraphFile({ name: 'edges.csv', text: edges(3), nodes });
    expect(report.repairs[0]).toEqual({
      kind: 'dangling-edge-dropped',
      where: 'edges.csv, строка 2',
      message: 'ребро ведёт к неизвестному узлу "ghost0": отброшено',
    });
    expect(() =>
      parseGraphFile({ name: 'edges.csv', text: edges(5), nodes, strict: true }),
    ).toThrow(
      'CSV: строгий режим: файл отклонён, нужно исправлений: 5 (5 связей отброшено: конец отсутствует или неизвестен; первое: edges.csv, строка 2: ребро ведёт к неизвестному узлу "ghost0": отброшено)',
    );
    expect(repairsCsv(report.repairs, report.repairCounts).split('\n')[0]).toBe(
      '"вид","где","исправление"',
    );
  });

  it('Chinese: notes with counts, and an error named by its format and line', async () => {
    await speak('zh');
    const loops = 'source,target\na,a\nb,b\na,b\n';
    const { report } = parseGraphFile({ name: 'loops.csv', text: loops });
    expect(report.notes).toContain(
      '2 条边将节点连接到其自身（自环），例如 loops.csv 第 2 行 ("a"), loops.csv 第 3 行 ("b")。',
    );
    const error = (() => {
      try {
        parseGraphFile({ name: 'g.graphml', text: 'nodes' });
      } catch (e) {
        return e as ImportError;
      }
    })();
    expect(error).toBeInstanceOf(ImportError);
    expect(error?.message).toBe('GraphML：第 1 行：文件不以 "<" 开头：不是 XML');
  });

  it('Kazakh: a schema issue of a Silkgraph file and a kept map that cannot be read', async () => {
    await speak('kk');
    const parsed = graphSchema.safeParse({ nodes: 'none', edges: [] });
    expect(parsed.success).toBe(false);
    expect(issueMessage(parsed.error!.issues[0]!)).toBe('array түрі күтілген');
    expect(datasetProblem({})).toBe('бұл сақталған граф емес');
  });

  it('English: the schema issue is zod’s own', () => {
    const parsed = graphSchema.safeParse({ nodes: 'none', edges: [] });
    expect(issueMessage(parsed.error!.issues[0]!)).toBe(parsed.error!.issues[0]!.message);
  });
});
