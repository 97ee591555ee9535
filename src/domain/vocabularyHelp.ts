/**
 * What each status and each attribution means, in a sentence: for the filters and the evidence panel,
 * not the first view (kept apart from palette.ts, whose words the first view needs).
 */
import { words } from './palette';
import type { Attribution, EdgeStatus } from './schema';
import { ATTRIBUTIONS, EDGE_STATUSES } from './vocabulary';

/** What each status says about a relation of a text. */
export const STATUS_HELP: Readonly<Record<EdgeStatus, string>> = words(
  EDGE_STATUSES,
  (status) => `graph.statusHelp.${status}` as const,
);

/** Status help without a text to refer to. */
export const NEUTRAL_STATUS_HELP: Readonly<Record<EdgeStatus, string>> = words(
  EDGE_STATUSES,
  (status) => `graph.statusHelpNeutral.${status}` as const,
);

/** What each status says: of the text's relations, or neutrally for a graph without a text. */
export const statusHelpOf = (hasText: boolean) => (hasText ? STATUS_HELP : NEUTRAL_STATUS_HELP);

/** What each attribution says about whose claim a relation is. */
export const ATTRIBUTION_HELP: Readonly<Record<Attribution, string>> = words(
  ATTRIBUTIONS,
  (attribution) => `graph.attributionHelp.${attribution}` as const,
);
