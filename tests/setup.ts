// IndexedDB for every file: Dexie reads the global once, when first imported in a worker.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import 'vitest-canvas-mock';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
// Every interface message in English, as the page has them once its first view is drawn.
import '../src/i18n/englishLoaded';

afterEach(() => cleanup());

// jsdom has <dialog> but not its methods: enough of them for components that open a modal one.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}
