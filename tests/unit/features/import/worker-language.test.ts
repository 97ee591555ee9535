import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  activateLanguage,
  currentLanguage,
  i18n,
  loadCatalogue,
  type Language,
} from '../../../../src/i18n';
import { parseFile } from '../../../../src/features/import/parseFile';
import type { ImportRequest } from '../../../../src/features/import/import.worker';
import type { ImportMessage } from '../../../../src/features/import/transfer';

afterEach(() => {
  activateLanguage('en');
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** Runs the import worker's handler here, as the worker would, and collects what it posts. */
async function runWorker(request: ImportRequest): Promise<ImportMessage[]> {
  const posted: ImportMessage[] = [];
  vi.spyOn(self, 'postMessage').mockImplementation((message: unknown) => {
    posted.push(message as ImportMessage);
  });
  await import('../../../../src/features/import/import.worker');
  await (self.onmessage as unknown as (e: { data: ImportRequest }) => Promise<void>)({
    data: request,
  });
  return posted;
}

const bytes = (text: string) => new TextEncoder().encode(text).buffer;

/** What the page hands the worker in `language`: its words, as `speechNow` would. */
async function speechIn(language: Language) {
  await loadCatalogue(language);
  activateLanguage(language);
  const messages = i18n.messages;
  activateLanguage('en');
  return { language, messages };
}

describe('the import worker', () => {
  it('writes its problems in the language the page sends with the files', async () => {
    const posted = await runWorker({
      files: [{ name: 'g.json', bytes: bytes('{"a": 1}') }],
      strict: false,
      speech: await speechIn('ru'),
    });
    expect(currentLanguage()).toBe('ru');
    expect(posted).toEqual([
      {
        kind: 'failed',
        message:
          'JSON: это не граф: ожидались "elements" (Cytoscape JSON) или "nodes" и "edges" (Silkgraph JSON); найдено: a',
      },
    ]);
  });

  it('writes a report’s repairs and notes in that language', async () => {
    const posted = await runWorker({
      files: [{ name: 'edges.csv', bytes: bytes('source,target\na,a\n') }],
      strict: false,
      speech: await speechIn('zh'),
    });
    const head = posted.find((m) => m.kind === 'head');
    expect(head?.kind === 'head' && head.head.report.notes).toContain(
      '1 条边将节点连接到其自身（自环），例如 edges.csv 第 2 行 ("a")。',
    );
  });
});

describe('the page', () => {
  it('sends the interface’s language and words with the files to the import worker', async () => {
    const requests: ImportRequest[] = [];
    // A worker that takes the request and answers at once that the file could not be read.
    class FakeWorker {
      onmessage: ((e: { data: ImportMessage }) => void) | null = null;
      onerror: unknown = null;
      postMessage(request: ImportRequest) {
        requests.push(request);
        setTimeout(() => this.onmessage?.({ data: { kind: 'failed', message: 'refused' } }), 0);
      }
      terminate() {}
    }
    vi.stubGlobal('Worker', FakeWorker);
    await loadCatalogue('kk');
    activateLanguage('kk');
    const file = new File(['source,target\na,b\n'], 'g.csv');
    await expect(parseFile([file], { strict: false })).rejects.toThrow('refused');
    expect(requests.map((r) => r.speech.language)).toEqual(['kk']);
    expect(requests[0]!.speech.messages).toBe(i18n.messages);
  });
});
