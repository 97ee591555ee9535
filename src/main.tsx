import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { builtInDataset } from './app/dataset';
import { StoreProvider } from './store/context';
import { createAppStore } from './store/store';
import { startUrlSync } from './store/urlSync';
import './app/app.css';

const store = createAppStore(builtInDataset);
startUrlSync(store, window);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
