import { act } from '@testing-library/react';
import { activateLanguage, loadCatalogue, type Language } from '../src/i18n';

/** Switches the interface to `language` as the page does: its catalogue loaded, then active. */
export async function speak(language: Language): Promise<void> {
  await loadCatalogue(language);
  act(() => activateLanguage(language));
}
