import type { Tour } from '../domain/tour';

/** The tour data comes in its own chunk, fetched when someone first presents (the single file inlines it). */
export async function loadBuiltInTour(): Promise<Tour> {
  const module = await import('../../data/tour.json');
  return module.default as unknown as Tour;
}
