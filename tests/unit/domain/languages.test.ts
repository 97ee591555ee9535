import { browserLanguage, languageOfHash } from '../../../src/domain/languages';

describe('the languages', () => {
  it('takes the first of the browser’s languages the interface speaks, by its primary tag', () => {
    expect(browserLanguage(['de-DE', 'ru-RU', 'en'])).toBe('ru');
    expect(browserLanguage(['kk-KZ'])).toBe('kk');
    expect(browserLanguage(['zh-Hans-CN', 'en-GB'])).toBe('zh');
    expect(browserLanguage(['ZH_cn'])).toBe('zh');
    expect(browserLanguage(['fr', 'de'])).toBeNull();
    expect(browserLanguage([])).toBeNull();
  });

  it('reads lang= from a link, ignoring what it does not know', () => {
    expect(languageOfHash('#lang=kk&sel=n:china')).toBe('kk');
    expect(languageOfHash('sel=n:china&lang=zh')).toBe('zh');
    expect(languageOfHash('#lang=de')).toBeNull();
    expect(languageOfHash('#lang=RU')).toBeNull();
    expect(languageOfHash('')).toBeNull();
  });
});
