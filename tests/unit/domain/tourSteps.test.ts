// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addStep,
  captureStep,
  editStepNotes,
  editStepText,
  moveStep,
  newStepId,
  removeStep,
  suggestedTitle,
  type ViewToCapture,
} from '../../../src/domain/authoring/tourSteps';
import { ALL_FILTERS, visibleElements } from '../../../src/domain/filters';
import { articleSchema, graphSchema } from '../../../src/domain/schema';
import { tourOnMap } from '../../../src/domain/tourOnMap';
import { tourSchema, validateTour, type Tour } from '../../../src/domain/tour';
import { datasetProblem } from '../../../src/lib/storedDataset';
import { ARTICLE_SPHERES } from '../../../src/domain/palette';
import { smallArticle, smallDataset, smallGraph, smallTour } from '../../fixtures/small';

const smallDatasetOf = () => structuredClone(smallDataset);

const spheres = ARTICLE_SPHERES.map((s) => s.id);

function view(over: Partial<ViewToCapture> = {}): ViewToCapture {
  const filters = over.filters ?? { ...ALL_FILTERS, spheres };
  return {
    graph: smallGraph,
    article: smallArticle,
    filters,
    selection: null,
    focusDepth: 0,
    displayed: visibleElements(smallGraph, filters),
    inView: null,
    readerBlocks: [],
    ...over,
  };
}
const text = { id: 'step', title: ' A view ', caption: ' What it shows. ' };

/** An authored step with every new field. */
const authored: Tour = {
  title: 'Mine',
  steps: [
    {
      id: 'step',
      title: 'Oil',
      caption: 'Oil only.',
      spheres: ['energy'],
      kinds: ['state', 'company'],
      statuses: ['established'],
      attributions: ['fact'],
      selection: { type: 'node', id: 'beta' },
      focusDepth: 1,
      focus: ['beta'],
      frame: ['alpha', 'beta'],
      blocks: ['p2'],
    },
  ],
};

describe('a tour step holding the whole view', () => {
  it('reads with its filters, selection, focus depth and frame', () => {
    expect(tourSchema.safeParse(authored).success).toBe(true);
    expect(validateTour(authored, smallArticle, smallGraph, 'tour', spheres)).toEqual([]);
  });

  it('names an unknown selection or frame id, and a wrong kind, by its JSON path', () => {
    const bad = structuredClone(authored);
    bad.steps[0]!.selection = { type: 'edge', id: 'beta' };
    bad.steps[0]!.frame = ['alpha', 'gone'];
    expect(validateTour(bad, smallArticle, smallGraph, 'tour', spheres)).toEqual([
      expect.objectContaining({ path: '$.steps[0].frame[1]' }),
      expect.objectContaining({
        path: '$.steps[0].selection.id',
        message: 'unknown relation id "beta"',
      }),
    ]);
    const kinds = { ...authored, steps: [{ ...authored.steps[0], kinds: ['planet'] }] };
    expect(validateTour(kinds, smallArticle, smallGraph).map((p) => p.path)).toEqual([
      '$.steps[0].kinds[0]',
    ]);
  });

  it('keeps old tours valid: the shipped tour and the small one', () => {
    const read = (f: string) =>
      JSON.parse(readFileSync(resolve(__dirname, '../../../data', f), 'utf8'));
    const article = articleSchema.parse(read('article.json'));
    const graph = graphSchema.parse(read('graph.json'));
    expect(validateTour(read('tour.json'), article, graph)).toEqual([]);
    expect(validateTour(smallTour, smallArticle, smallGraph)).toEqual([]);
  });

  it('is kept in the browser and checked when it comes back', () => {
    const kept = {
      article: smallArticle,
      graph: smallGraph,
      positions: {},
      spheres: ARTICLE_SPHERES,
      tour: authored,
    };
    expect(datasetProblem(kept)).toBeNull();
    expect(datasetProblem({ ...kept, tour: smallTour })).toBeNull();
    const gone = structuredClone(authored);
    gone.steps[0]!.selection = { type: 'passage', id: 'p99' };
    expect(datasetProblem({ ...kept, tour: gone })).toMatch(/refers to what is not on the map/);
    const wrong = { ...authored, steps: [{ ...authored.steps[0], focusDepth: 3 }] };
    expect(datasetProblem({ ...kept, tour: wrong })).toBe('its tour is not a tour');
  });
});

describe('captureStep', () => {
  it('keeps the spheres and only the other filters not all on', () => {
    const filters = { ...ALL_FILTERS, spheres: ['energy'], kinds: ['state', 'company'] as const };
    const r = captureStep(view({ filters, displayed: visibleElements(smallGraph, filters) }), text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.step).toMatchObject({
      id: 'step',
      title: 'A view',
      caption: 'What it shows.',
      spheres: ['energy'],
      kinds: ['state', 'company'],
    });
    expect(r.step).not.toHaveProperty('statuses');
    expect(r.step).not.toHaveProperty('selection');
    expect(tourSchema.safeParse({ title: 't', steps: [r.step] }).success).toBe(true);
  });

  it('frames what is in view, or all that is shown when the map frames itself', () => {
    const shown = captureStep(view(), text);
    expect(shown.ok && [...shown.step.frame!].sort()).toEqual(
      ['alpha', 'beta', 'delta', 'gamma-oil', 'lonely'].sort(),
    );
    const some = captureStep(view({ inView: ['alpha', 'beta', 'nowhere'] }), text);
    expect(some.ok && some.step.frame).toEqual(['alpha', 'beta']);
    // Nothing selected: what is in view is the focus, the passages those of what is in view.
    expect(some.ok && some.step.focus).toEqual(['alpha', 'beta']);
    expect(some.ok && some.step.blocks).toEqual(['p1']);
  });

  it('keeps the selection, its focus depth and its evidence as the passages', () => {
    const r = captureStep(
      view({ selection: { type: 'edge', id: 'beta-oil-alpha' }, readerBlocks: ['p3'] }),
      text,
    );
    expect(r.ok && r.step).toMatchObject({
      selection: { type: 'edge', id: 'beta-oil-alpha' },
      focus: ['beta-oil-alpha'],
      blocks: ['p2'],
    });
    const node = captureStep(
      view({ selection: { type: 'node', id: 'beta' }, focusDepth: 2 }),
      text,
    );
    expect(node.ok && node.step).toMatchObject({ focusDepth: 2, focus: ['beta'] });
    const passage = captureStep(view({ selection: { type: 'passage', id: 'p3' } }), text);
    expect(passage.ok && passage.step.blocks).toEqual(['p3']);
    expect(passage.ok && passage.step.focus).toContain('delta');
  });

  it('takes the passages the reader shows when nothing is selected', () => {
    const r = captureStep(view({ readerBlocks: ['p3', 'p2', 'nowhere'] }), text);
    expect(r.ok && r.step.blocks).toEqual(['p2', 'p3']);
  });

  it('says what is wrong: no title, no caption, nothing shown or in view', () => {
    expect(captureStep(view(), { ...text, title: ' ' })).toEqual({
      ok: false,
      message: 'The step needs a title.',
    });
    expect(captureStep(view(), { ...text, caption: '' })).toMatchObject({ ok: false });
    const none = { ...ALL_FILTERS, spheres: [] };
    expect(
      captureStep(view({ filters: none, displayed: visibleElements(smallGraph, none) }), text),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/shows nothing/) });
    expect(captureStep(view({ inView: [] }), text)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Nothing is in view/),
    });
  });
});

describe('editing a tour', () => {
  const ids = (t: Tour | null) => t?.steps.map((s) => s.id);

  it('adds a step, starting a tour named after the text', () => {
    const step = smallTour.steps[0]!;
    expect(addStep(null, step, 'My text')).toEqual({ title: 'My text', steps: [step] });
    expect(ids(addStep(smallTour, { ...step, id: 'four' }, 'x'))).toEqual([
      'one',
      'two',
      'three',
      'four',
    ]);
    expect(newStepId(null)).toBe('step');
    expect(newStepId({ title: 't', steps: [{ ...step, id: 'step' }] })).toBe('step-2');
  });

  it('moves, removes and retitles steps without changing the tour given', () => {
    const before = structuredClone(smallTour);
    expect(ids(moveStep(smallTour, 0, 2))).toEqual(['two', 'three', 'one']);
    expect(ids(moveStep(smallTour, 2, 0))).toEqual(['three', 'one', 'two']);
    expect(moveStep(smallTour, 0, -1)).toBe(smallTour);
    expect(ids(removeStep(smallTour, 1))).toEqual(['one', 'three']);
    expect(removeStep({ title: 't', steps: [smallTour.steps[0]!] }, 0)).toBeNull();
    const edited = editStepText(smallTour, 1, { title: ' New ', caption: 'Words.' });
    expect(edited.steps[1]).toMatchObject({ title: 'New', caption: 'Words.' });
    expect(editStepText(smallTour, 1, { title: '', caption: 'x' })).toBe(smallTour);
    expect(smallTour).toEqual(before);
  });

  it('edits a step’s speaker notes: trimmed, capped, removed when emptied', () => {
    const before = structuredClone(smallTour);
    const noted = editStepNotes(smallTour, 1, '  Point at ¶2. Ask who buys.  ');
    expect(noted.steps[1]!.notes).toBe('Point at ¶2. Ask who buys.');
    expect(noted.steps[0]).toBe(smallTour.steps[0]);
    expect(editStepNotes(noted, 1, 'Point at ¶2. Ask who buys.')).toBe(noted);
    expect(editStepNotes(smallTour, 1, '   ')).toBe(smallTour);
    expect(editStepNotes(smallTour, 7, 'x')).toBe(smallTour);
    const cleared = editStepNotes(noted, 1, '');
    expect(cleared.steps[1]).not.toHaveProperty('notes');
    expect(cleared.steps[1]).toEqual(smallTour.steps[1]);
    expect(editStepNotes(smallTour, 0, 'x'.repeat(5000)).steps[0]!.notes).toHaveLength(2000);
    expect(tourSchema.safeParse(noted).success).toBe(true);
    expect(datasetProblem({ ...smallDatasetOf(), tour: noted })).toBeNull();
    expect(
      datasetProblem({ ...smallDatasetOf(), tour: editStepNotes(smallTour, 0, 'x') }),
    ).toBeNull();
    const tooLong = { ...smallTour, steps: [{ ...smallTour.steps[0]!, notes: 'x'.repeat(2001) }] };
    expect(tourSchema.safeParse(tooLong).success).toBe(false);
    expect(datasetProblem({ ...smallDatasetOf(), tour: tooLong })).toBe('its tour is not a tour');
    expect(
      datasetProblem({
        ...smallDatasetOf(),
        tour: { ...tooLong, steps: [{ ...smallTour.steps[0]!, notes: 7 }] },
      }),
    ).toBe('its tour is not a tour');
    expect(smallTour).toEqual(before);
  });

  it('suggests a title from the selection', () => {
    expect(suggestedTitle(smallGraph, smallArticle, null, 'Step 1')).toBe('Step 1');
    expect(suggestedTitle(smallGraph, smallArticle, { type: 'node', id: 'beta' }, 'x')).toBe(
      'Beta',
    );
    expect(
      suggestedTitle(smallGraph, smallArticle, { type: 'edge', id: 'beta-oil-alpha' }, 'x'),
    ).toBe('Beta exports oil to Alpha');
    expect(suggestedTitle(smallGraph, smallArticle, { type: 'passage', id: 'p2' }, 'x')).toBe(
      'Energy Ties',
    );
  });
});

describe('tourOnMap', () => {
  it('leaves a tour whose ids all exist as it is', () => {
    expect(tourOnMap(authored, smallGraph, smallArticle)).toBe(authored);
    expect(tourOnMap(smallTour, smallGraph, smallArticle)).toBe(smallTour);
  });

  it('drops what a deleted node took with it, and a step left with nothing', () => {
    const graph = {
      ...smallGraph,
      nodes: smallGraph.nodes.filter((n) => n.id !== 'beta'),
      edges: smallGraph.edges.filter((e) => e.source !== 'beta' && e.target !== 'beta'),
    };
    const t = tourOnMap(authored, graph, smallArticle)!;
    expect(t.steps[0]).toMatchObject({ focus: ['alpha'], frame: ['alpha'] });
    expect(t.steps[0]).not.toHaveProperty('selection');
    expect(t.steps[0]).not.toHaveProperty('focusDepth');
    expect(validateTour(t, smallArticle, graph, 'tour', spheres)).toEqual([]);
    const oneStep: Tour = { title: 't', steps: [{ ...smallTour.steps[2]! }] };
    expect(
      tourOnMap(
        oneStep,
        { ...graph, nodes: graph.nodes.filter((n) => n.id !== 'delta') },
        smallArticle,
      ),
    ).toBeNull();
  });
});
