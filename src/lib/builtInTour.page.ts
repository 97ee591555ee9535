import { pageTour } from './pageMap';
import type { Tour } from '../domain/tour';

/** Whether the map the page opens on has a tour (the offline page's: when its map file carries one). */
export const hasBuiltInTour = pageTour !== null;

/** The offline page's tour comes with its map, from the page's JSON block. */
export async function loadBuiltInTour(): Promise<Tour> {
  if (!pageTour) throw new Error('This page’s map has no tour.');
  return pageTour;
}
