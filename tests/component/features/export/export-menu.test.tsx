import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import { graphSchema } from '../../../../src/domain/schema';
import { ExportMenu } from '../../../../src/features/export/ExportMenu';
import { recordDownloads } from '../../recordDownloads';
import { renderWithStore } from '../../renderWithStore';

const toggle = () => screen.getByRole('button', { name: 'Export' });
const item = (name: RegExp) => screen.getByRole('button', { name });

const saved = recordDownloads();

describe('ExportMenu', () => {
  it('opens and closes from the keyboard, Escape returning focus to its button', async () => {
    const user = userEvent.setup();
    renderWithStore(<ExportMenu />);
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group', { name: 'Export' })).not.toBeInTheDocument();

    await user.tab();
    expect(toggle()).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(toggle()).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('group', { name: 'Export' })).toBeVisible();
    // Its contents load when it is first opened.
    await screen.findByRole('button', { name: /^PNG 1×/ });

    await user.tab();
    expect(item(/^PNG 1×/)).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    expect(toggle()).toHaveFocus();

    await user.keyboard(' ');
    expect(toggle()).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard(' ');
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes when the pointer goes down outside it', async () => {
    const user = userEvent.setup();
    renderWithStore(
      <>
        <ExportMenu />
        <p>elsewhere</p>
      </>,
    );
    await user.click(toggle());
    await user.click(screen.getByText('elsewhere'));
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
  });

  it('asks the map for PNG and SVG images through the store', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ExportMenu />);
    for (const [name, request] of [
      [/^PNG 1×/, { format: 'png', scale: 1 }],
      [/^PNG 2×/, { format: 'png', scale: 2 }],
      [/^PNG 4×/, { format: 'png', scale: 4 }],
      [/^SVG/, { format: 'svg' }],
    ] as const) {
      await user.click(toggle());
      await user.click(item(name));
      expect(store.getState().exportRequest).toMatchObject(request);
    }
    expect(saved).toEqual([]);
  });

  it('counts the relations and passages the sheet will hold, following the filters', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ExportMenu />);
    await user.click(toggle());
    expect(screen.getByText('4 relations, 4 passages')).toBeVisible();
    act(() => store.getState().toggleSphere('economic'));
    expect(screen.getByText('3 relations, 3 passages')).toBeVisible();
    act(() => store.getState().showNoSpheres());
    expect(screen.getByText('The filters show no relations.')).toBeVisible();
    expect(item(/^Evidence sheet \(CSV\)/)).toBeDisabled();
  });

  it('saves the evidence sheet as CSV: one row per shown passage, under a dated name', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ExportMenu />);
    act(() => store.getState().toggleSphere('political'));
    await user.click(toggle());
    await user.click(item(/^Evidence sheet \(CSV\)/));
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    const { blob, name } = saved[0]!;
    expect(name).toMatch(
      /^silkgraph-economic-energy-humanitarian-evidence-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const parsed = Papa.parse<Record<string, string>>(await blob.text(), { header: true });
    expect(parsed.data.map((r) => r['Relation id'])).toEqual([
      'beta-oil-alpha',
      'delta-competes-gamma',
      'gamma-fields-beta',
    ]);
    expect(store.getState().notices.at(-1)).toMatchObject({
      kind: 'info',
      text: `Saved ${name} (3 relations, 3 passages)`,
    });
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
  });

  it('saves a Markdown handout and the shown graph as JSON', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ExportMenu />);
    act(() => store.getState().toggleSphere('humanitarian'));
    await user.click(toggle());
    await user.click(item(/^Evidence sheet \(Markdown\)/));
    await user.click(toggle());
    await user.click(item(/^Shown graph \(JSON\)/));
    expect(saved.map((s) => s.name)).toEqual([
      expect.stringMatching(/^silkgraph-political-economic-energy-evidence-.*\.md$/),
      expect.stringMatching(/^silkgraph-political-economic-energy-graph-.*\.json$/),
    ]);
    const md = await saved[0]!.blob.text();
    expect(md).toMatch(/^# Evidence: A small article\n/);
    expect(md).toContain('Spheres: Political, Economic, Energy (Humanitarian off).');
    expect(md).toContain('> Beta exports oil to Alpha.');
    const shown = graphSchema.parse(JSON.parse(await saved[1]!.blob.text()));
    expect(shown.nodes.map((n) => n.id)).not.toContain('lonely');
    expect(shown.nodes).toHaveLength(4);
  });
});
