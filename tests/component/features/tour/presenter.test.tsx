import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BackToArticle } from '../../../../src/features/import/BackToArticle';
import { Presenter } from '../../../../src/features/tour/Presenter';
import { TourButton } from '../../../../src/features/tour/TourButton';
import { smallDataset, smallTour as tour } from '../../../fixtures/small';
import { renderWithStore } from '../../renderWithStore';
import { present } from './present';

describe('Presenter', () => {
  it('shows the step title, progress, caption, spheres in words and its passage with the focus quote marked', () => {
    present();
    const region = screen.getByRole('region', { name: 'Tour' });
    expect(within(region).getByRole('heading', { level: 2, name: 'Treaty' })).toHaveFocus();
    expect(within(region).getByText('Step 1 of 3')).toBeInTheDocument();
    expect(within(region).getByText('Alpha and Beta agree.')).toBeInTheDocument();
    expect(within(region).getByRole('list', { name: 'Spheres shown' })).toHaveTextContent(
      'Political',
    );
    expect(region.querySelector('blockquote mark')).toHaveTextContent(
      'Alpha and Beta signed a treaty in 2013.',
    );
    expect(within(region).getByRole('button', { name: 'Step 1: Treaty' })).toHaveAttribute(
      'aria-current',
      'step',
    );
  });

  it('says whose claim each relation of the step is, and what kind, in words', () => {
    present();
    const claims = screen.getByRole('region', { name: 'Claims in this step' });
    expect(
      within(claims)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['The article reports that Alpha signed a treaty with Beta. (established)']);
  });

  it('moves with the clicker keys and the buttons', async () => {
    const user = userEvent.setup();
    const { store } = present();
    await user.keyboard('{ArrowRight}');
    expect(store.getState().tourStep).toBe(1);
    await user.keyboard('{PageDown}');
    expect(store.getState().tourStep).toBe(2);
    await user.keyboard('{PageUp}');
    expect(store.getState().tourStep).toBe(1);
    await user.keyboard('{Home}');
    expect(store.getState().tourStep).toBe(0);
    await user.keyboard('{End}');
    expect(store.getState().tourStep).toBe(2);
    await user.click(screen.getByRole('button', { name: '← Previous' }));
    expect(store.getState().tourStep).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Step 1: Treaty' }));
    expect(store.getState().tourStep).toBe(0);
    expect(screen.getByRole('button', { name: '← Previous' })).toBeDisabled();
  });

  it('blanks the screen on B or a full stop, and a step key brings the same step back', async () => {
    const user = userEvent.setup();
    const { store } = present(1);
    const blank = () => document.querySelector('.tr-blank');
    await user.keyboard('b');
    expect(blank()).not.toBeNull();
    const unblank = screen.getByRole('button', {
      name: /^The screen is blank\. .* show step 2 again\.$/,
    });
    expect(unblank).toHaveFocus();
    // The first key only shows the screen again: the presenter does not move on unseen.
    await user.keyboard('{ArrowRight}');
    expect(blank()).toBeNull();
    expect(store.getState().tourStep).toBe(1);
    expect(screen.getByRole('heading', { level: 2, name: 'Oil' })).toHaveFocus();
    await user.keyboard('.');
    expect(blank()).not.toBeNull();
    await user.keyboard('{Escape}');
    expect(blank()).toBeNull();
    expect(store.getState().tourStep).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Blank screen (B)' }));
    await user.keyboard(' ');
    expect(blank()).toBeNull();
    expect(store.getState().tourStep).toBe(1);
  });

  it('jumps to a typed number on Enter', async () => {
    const user = userEvent.setup();
    const { store } = present();
    await user.keyboard('3{Enter}');
    expect(store.getState().tourStep).toBe(2);
  });

  it('does not step twice when Space presses a focused button', async () => {
    const user = userEvent.setup();
    const { store } = present();
    screen.getByRole('button', { name: 'Next →' }).focus();
    await user.keyboard(' ');
    expect(store.getState().tourStep).toBe(1);
  });

  it('ignores keys typed into a form field', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(
      <>
        <input aria-label="Notes" />
        <Presenter />
      </>,
    );
    act(() => store.getState().startTour(tour));
    await user.click(screen.getByRole('textbox', { name: 'Notes' }));
    await user.keyboard('{ArrowRight}2');
    expect(store.getState().tourStep).toBe(0);
  });

  it('leaves on Escape and from the toolbar button', async () => {
    const user = userEvent.setup();
    const { store } = present(1);
    await user.keyboard('{Escape}');
    expect(store.getState().tourStep).toBeNull();
    expect(screen.queryByRole('region', { name: 'Tour' })).toBeNull();
    // The tour is loaded now: presenting again starts at once, from the first step.
    await user.click(screen.getByRole('button', { name: 'Present tour' }));
    expect(store.getState().tourStep).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Leave tour' }));
    expect(store.getState().tourStep).toBeNull();
  });
});

describe('the tour over an imported graph', () => {
  const imported = {
    ...smallDataset,
    article: { ...smallDataset.article, id: 'imported', title: 'g.csv' },
  };

  it('is not offered while an imported graph is shown, and is offered again back on the article', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(
      <>
        <TourButton />
        <BackToArticle dataset={smallDataset} />
        <Presenter />
      </>,
    );
    expect(screen.getByRole('button', { name: 'Present tour' })).toBeEnabled();
    act(() => store.getState().replaceDataset(imported));
    expect(screen.queryByRole('button', { name: 'Present tour' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Leave tour' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Back to the article' }));
    await user.click(screen.getByRole('button', { name: 'Present tour' }));
    expect(store.getState().pendingTourStep).toBe(0);
  });

  it('ends when a graph is imported during the tour', () => {
    const { store } = present(1);
    expect(screen.getByRole('region', { name: 'Tour' })).toBeInTheDocument();
    act(() => store.getState().replaceDataset(imported));
    expect(screen.queryByRole('region', { name: 'Tour' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^(Present|Leave) tour$/ })).toBeNull();
  });
});
