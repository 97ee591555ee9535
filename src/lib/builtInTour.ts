import type { Tour } from '../domain/tour';

/** Whether the map the app opens on has a tour: the article's has. */
export const hasBuiltInTour = true;

/** The tour data comes in its own chunk, fetched when someone first presents (the single file inlines it). */
export async function loadBuiltInTour(): Promise<Tour> {
  const module = await import('../../data/tour.json');
  return module.default as unknown as Tour;
}
