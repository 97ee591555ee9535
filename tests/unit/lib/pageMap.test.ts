import { afterEach, describe, expect, it } from 'vitest';
import { PAGE_BLOCK_ID } from '../../../src/domain/offlinePage';
import { activateLanguage, loadCatalogue } from '../../../src/i18n';
import { pageMapOfDocument } from '../../../src/lib/pageMap';

/** What the offline page reads when its JSON block holds `json` (no block when null). */
function pageMapOf(json: string | null) {
  document.body.textContent = '';
  if (json !== null) {
    const block = document.createElement('script');
    block.id = PAGE_BLOCK_ID;
    block.type = 'application/json';
    block.textContent = json;
    document.body.append(block);
  }
  return pageMapOfDocument();
}

afterEach(() => {
  document.body.textContent = '';
  activateLanguage('en');
});

const UNREADABLE = '{"graph": 1}';

describe('the offline page’s own map', () => {
  it('is none, with the reason, when its block cannot be read', () => {
    const page = pageMapOf(UNREADABLE);
    expect(page.dataset.graph.nodes).toEqual([]);
    expect(page.problem?.()).toMatch(/^This page’s map could not be read: .+\.$/);
    expect(pageMapOf(null).problem?.()).toBe(
      `This page has no map: its <script id="${PAGE_BLOCK_ID}"> block is missing.`,
    );
  });

  it('says what is wrong in the language the page is shown in by the time it says it', async () => {
    const unreadable = pageMapOf(UNREADABLE);
    const missing = pageMapOf(null);
    await loadCatalogue('ru');
    activateLanguage('ru');
    expect(unreadable.problem?.()).toMatch(/^Не удалось прочитать карту этой страницы: .+\.$/);
    expect(missing.problem?.()).toBe(
      `На этой странице нет карты: отсутствует её блок <script id="${PAGE_BLOCK_ID}">.`,
    );
  });
});
