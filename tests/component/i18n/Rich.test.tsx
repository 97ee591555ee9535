import { act, render, screen } from '@testing-library/react';
import { Rich } from '../../../src/i18n/Rich';
import { activateLanguage, loadCatalogue } from '../../../src/i18n';

describe('Rich', () => {
  afterEach(() => act(() => activateLanguage('en')));

  it('puts React nodes where the message places them, in the language shown', async () => {
    const { container } = render(
      <p>
        <Rich
          id="common.translation.original"
          parts={{ text: <strong>{'<b>Қазақша</b>'}</strong> }}
        />
      </p>,
    );
    expect(container.textContent).toBe('In the source: <b>Қазақша</b>');
    expect(screen.getByText('<b>Қазақша</b>').tagName).toBe('STRONG');
    await loadCatalogue('zh');
    act(() => activateLanguage('zh'));
    expect(container.textContent).toBe('原文：<b>Қазақша</b>');
  });
});
