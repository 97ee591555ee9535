import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseGraphFile } from '../../../../src/domain/formats';
import { ImportButton } from '../../../../src/features/import/ImportButton';
import { ImportProgress } from '../../../../src/features/import/ImportProgress';
import { ImportReport } from '../../../../src/features/import/ImportReport';
import { ReportButton } from '../../../../src/features/import/ReportButton';
import { importSession, INITIAL_SESSION } from '../../../../src/features/import/importSession';
import { prepareImport } from '../../../../src/features/import/prepare';
import { activateLanguage } from '../../../../src/i18n';
import { speak } from '../../../speak';
import { renderWithStore } from '../../renderWithStore';

// Node "b" twice and a relation to a node that does not exist: two repairs; four nodes, one relation.
const GRAPHML = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="g" for="node" attr.name="group" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="a"><data key="g">red</data></node>
    <node id="b"><data key="g">red</data></node>
    <node id="b"><data key="g">blue</data></node>
    <node id="c"><data key="g">blue</data></node>
    <node id="d"><data key="g">blue</data></node>
    <edge source="a" target="b"/>
    <edge source="c" target="zz"/>
  </graph>
</graphml>`;

/** The report of GRAPHML, parsed (and so repaired) in the interface's language of the moment. */
function openReport() {
  const name = 'groups.graphml';
  const { dataset, report, sphereAttribute, silkgraph, colourings } = structuredClone(
    prepareImport(parseGraphFile({ name, text: GRAPHML }), name),
  );
  const last = { fileName: name, report, dataset, sphereAttribute, silkgraph, colourings };
  const view = renderWithStore(
    <>
      <ImportButton />
      <ImportProgress />
      <ReportButton />
      <ImportReport />
    </>,
  );
  act(() => {
    view.store.getState().replaceDataset(last.dataset);
    importSession.setState({ last, reportOpen: true });
  });
  return screen.getByRole('dialog');
}

beforeEach(() => {
  importSession.setState(INITIAL_SESSION);
  localStorage.clear();
});
afterEach(() => act(() => activateLanguage('en')));

describe('the import in Russian', () => {
  it('reports headings, counts, repairs and controls in Russian', async () => {
    await speak('ru');
    const dialog = openReport();
    expect(
      within(dialog).getByRole('heading', { name: 'Открыт файл groups.graphml' }),
    ).toBeVisible();
    expect(within(dialog).getByRole('heading', { name: 'Атрибуты' })).toBeVisible();
    expect(within(dialog).getByRole('heading', { name: 'Цвета и фильтры' })).toBeVisible();
    expect(
      within(dialog).getByText(
        'groups.graphml прочитан как GraphML: 4 узла и 1 связь, направленные.',
      ),
    ).toBeVisible();
    expect(within(dialog).getByRole('table', { name: 'Атрибуты узлов' })).toBeVisible();
    expect(within(dialog).getByText('Атрибуты связей: нет.')).toBeVisible();
    // The repairs were written in Russian where the file was read, their groups with plurals.
    const repairs = within(dialog).getByRole('list', { name: 'Исправления' });
    expect(
      within(repairs).getByText('1 связь отброшена: конец отсутствует или неизвестен'),
    ).toBeVisible();
    expect(
      within(repairs).getByRole('list', {
        name: 'Примеры: 1 повторяющийся id узла: оставлен первый',
      }),
    ).toHaveTextContent('повторяющийся id узла "b": оставлен первый');
    expect(
      within(dialog).getByRole('checkbox', {
        name: 'Строгий режим: отклонять файлы, которые нужно исправлять',
      }),
    ).toBeVisible();
    expect(within(dialog).getByRole('combobox', { name: /^Цвет и фильтр по/ })).toHaveTextContent(
      'Ничего (одна сфера «Все»)',
    );
    expect(within(dialog).getByRole('button', { name: 'Закрыть' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Открыть граф…' })).toHaveAttribute(
      'title',
      expect.stringMatching(/^Открыть файл GEXF, GraphML/),
    );
    expect(screen.getByLabelText('Открыть файл графа')).toBeInTheDocument();
  });

  it('says what is being opened, with its Cancel, in Russian', async () => {
    await speak('ru');
    renderWithStore(<ImportProgress />);
    act(() => importSession.setState({ pending: 'big.gexf' }));
    expect(screen.getByRole('status')).toHaveTextContent('Открывается big.gexf…');
    expect(screen.getByRole('button', { name: 'Отмена' })).toBeVisible();
  });
});

describe('the import in Chinese', () => {
  it('reports headings, counts, repairs and controls in Chinese', async () => {
    await speak('zh');
    const dialog = openReport();
    expect(within(dialog).getByRole('heading', { name: '已打开 groups.graphml' })).toBeVisible();
    expect(within(dialog).getByRole('heading', { name: '修复' })).toBeVisible();
    expect(
      within(dialog).getByText('groups.graphml 已按 GraphML 读取：4 个节点，1 条关系，有向。'),
    ).toBeVisible();
    expect(within(dialog).getByText('已丢弃 1 条关系：端点缺失或未知')).toBeVisible();
    expect(within(dialog).getByRole('columnheader', { name: '不同值数' })).toBeVisible();
    expect(within(dialog).getByRole('button', { name: '关闭' })).toBeVisible();
    // Closed, the report is opened again by its own button.
    act(() => importSession.setState({ reportOpen: false }));
    expect(screen.getByRole('button', { name: '导入报告' })).toBeVisible();
  });

  it('changes the words of a report on screen with the language', async () => {
    const dialog = openReport();
    expect(within(dialog).getByRole('button', { name: 'Close' })).toBeVisible();
    await speak('zh');
    expect(within(dialog).getByRole('button', { name: '关闭' })).toBeVisible();
  });
});
