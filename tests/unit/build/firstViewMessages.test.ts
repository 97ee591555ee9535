import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  FIRST_VIEW_FILE,
  firstViewFiles,
  firstViewMessages,
} from '../../../build/firstViewMessages';

const root = join(__dirname, '../../..');

describe('the first view’s messages', () => {
  it('are listed as the first view’s modules name them (run `npm run i18n:first-view`)', () => {
    const listed = JSON.parse(readFileSync(join(root, FIRST_VIEW_FILE), 'utf8')) as string[];
    expect(firstViewMessages(root)).toEqual(listed);
  });

  it('come from the modules the page imports statically, not those it loads on use', () => {
    const files = firstViewFiles(join(root, 'src/main.tsx')).map((f) => f.slice(root.length + 1));
    expect(files).toContain('src/app/App.tsx');
    expect(files).toContain('src/features/export/ExportMenu.tsx');
    // Loaded on use (React.lazy, import()), or named for its types only.
    expect(files).not.toContain('src/features/export/ExportPanel.tsx');
    expect(files).not.toContain('src/app/Panels.tsx');
    expect(files).not.toContain('src/domain/formats/index.ts');
  });
});
