import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { builtInDataset } from './app/dataset';
import { StoreProvider } from './store/context';
import { createAppStore, type AppStore } from './store/store';
import { startUrlSync } from './store/urlSync';
import './app/app.css';

const store = createAppStore(builtInDataset);
startUrlSync(store, window);

declare global {
  interface Window {
    /** For console scripting, automation and the benchmark: the app's store, as its actions see it. */
    silkgraph?: { store: AppStore };
  }
}
window.silkgraph = { store };

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
