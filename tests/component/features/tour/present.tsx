import { act } from '@testing-library/react';
import { Presenter } from '../../../../src/features/tour/Presenter';
import { TourButton } from '../../../../src/features/tour/TourButton';
import { smallTour } from '../../../fixtures/small';
import { renderWithStore } from '../../renderWithStore';

/** The tour button and the tour panel on the small map, presenting its tour from step `index`. */
export function present(index = 0) {
  const utils = renderWithStore(
    <>
      <TourButton />
      <Presenter />
    </>,
  );
  act(() => utils.store.getState().startTour(smallTour, index));
  return utils;
}
