import { builtInDataset } from '../../src/app/dataset';
import { showLanguage, initialLanguage } from '../../src/features/language/language';
import { activateLanguage, currentLanguage } from '../../src/i18n';
import { loadBuiltInTour } from '../../src/lib/builtInTour';
import {
  asWritten,
  createAppStore,
  shownTranslation,
  sourceOf,
  translationNotes,
} from '../../src/store/store';
import { viewUrl } from '../../src/store/urlSync';
import { smallDataset } from '../fixtures/small';

const label = (store: ReturnType<typeof createAppStore>, id: string) =>
  store.getState().graph.nodes.find((n) => n.id === id)?.label;

afterEach(() => {
  activateLanguage('en');
  document.documentElement.lang = 'en';
  localStorage.clear();
});

describe('the language of the interface and of the article’s map', () => {
  it('shows the article’s map in the project’s translation, and as written again in English', async () => {
    const store = createAppStore(builtInDataset);
    const written = store.getState().graph;
    await showLanguage(store, 'kk');
    expect(store.getState().language).toBe('kk');
    expect(currentLanguage()).toBe('kk');
    expect(document.documentElement.lang).toBe('kk');
    expect(label(store, 'kazakhstan')).toBe('Қазақстан');
    expect(store.getState().spheres.map((s) => s.id)).toEqual(
      builtInDataset.spheres.map((s) => s.id),
    );
    expect(shownTranslation(store.getState())?.language).toBe('kk');
    // The map as written is there for what is saved as data.
    expect(sourceOf(store.getState().graph)).toBe(written);
    const data = asWritten(store.getState());
    expect(data.graph).toBe(written);
    expect(data.spheres.map((s) => s.label)).toEqual(builtInDataset.spheres.map((s) => s.label));
    expect(data.selection).toBe(store.getState().selection);

    await showLanguage(store, 'zh');
    expect(label(store, 'kazakhstan')).toBe('哈萨克斯坦');
    expect(document.documentElement.lang).toBe('zh-Hans');
    await showLanguage(store, 'en');
    expect(store.getState().graph).toBe(written);
    expect(shownTranslation(store.getState())).toBeNull();
  });

  it('keeps the view: a language is not another map', async () => {
    const store = createAppStore(builtInDataset);
    store.getState().selectElement({ type: 'node', id: 'china' });
    store.getState().toggleSphere('energy');
    await showLanguage(store, 'ru');
    expect(store.getState().selection).toEqual({ type: 'node', id: 'china' });
    expect(store.getState().filters.spheres).not.toContain('energy');
  });

  it('shows an imported map as written, and the article translated again when it comes back', async () => {
    const store = createAppStore(builtInDataset);
    await showLanguage(store, 'ru');
    store.getState().replaceDataset(smallDataset);
    expect(label(store, 'alpha')).toBe('Alpha');
    expect(shownTranslation(store.getState())).toBeNull();
    store.getState().replaceDataset(builtInDataset, 'article');
    expect(label(store, 'kazakhstan')).toBe('Казахстан');
  });

  it('translates the tour when it is loaded, and puts the language in the link', async () => {
    const store = createAppStore(builtInDataset);
    await showLanguage(store, 'ru');
    const tour = await loadBuiltInTour();
    store.getState().startTour(tour, 0);
    expect(store.getState().tour?.title).not.toBe(tour.title);
    expect(store.getState().tour?.steps[0]?.id).toBe(tour.steps[0]?.id);
    expect(sourceOf(store.getState().tour!)).toBe(tour);
    expect(viewUrl(store.getState(), 'https://x.test/')).toMatch(/#lang=ru&/);
    await showLanguage(store, 'en');
    expect(viewUrl(store.getState(), 'https://x.test/')).not.toContain('lang=');
  });

  it('lets the later choice win over one still loading, and remembers only when asked', async () => {
    const store = createAppStore(builtInDataset);
    const first = showLanguage(store, 'zh');
    const second = showLanguage(store, 'ru', { remember: true });
    await Promise.all([first, second]);
    expect(store.getState().language).toBe('ru');
    expect(currentLanguage()).toBe('ru');
    expect(initialLanguage('', localStorage, ['en'])).toBe('ru');
  });
});

describe('pictures and handouts of a translated map', () => {
  it('say that its words are the project’s translation, and the quotes the source’s', async () => {
    const store = createAppStore(builtInDataset);
    expect(translationNotes(store.getState())).toEqual([]);
    await showLanguage(store, 'ru');
    expect(translationNotes(store.getState())).toEqual([
      'Названия, описания и связи на русском языке — перевод проекта. Цитаты — слова источника (на английском).',
    ]);
    store.getState().replaceDataset(smallDataset);
    expect(translationNotes(store.getState())).toEqual([]);
  });
});

describe('the language a page opens in', () => {
  it('is the link’s, else the one chosen last, else the browser’s, else English', () => {
    localStorage.setItem('silkgraph:pref:language', '"kk"');
    expect(initialLanguage('#lang=zh', localStorage, ['ru'])).toBe('zh');
    expect(initialLanguage('#lang=xx', localStorage, ['ru'])).toBe('kk');
    localStorage.clear();
    expect(initialLanguage('', localStorage, ['ru-RU'])).toBe('ru');
    expect(initialLanguage('', localStorage, ['de-DE'])).toBe('en');
    localStorage.setItem('silkgraph:pref:language', '"de"');
    expect(initialLanguage('', localStorage, ['fr'])).toBe('en');
  });

  it('is found in a sandboxed embed, whose localStorage throws when read', () => {
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    try {
      expect(initialLanguage('#lang=kk')).toBe('kk');
      expect(initialLanguage('', undefined, ['zh-CN'])).toBe('zh');
    } finally {
      Object.defineProperty(window, 'localStorage', own);
    }
  });
});
