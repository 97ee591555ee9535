/** The English messages the first view does not need (see en.ts), loaded after it. */
import { mergeAreas } from './areas';

export default mergeAreas(
  import.meta.glob('./en/*.json', { eager: true, import: 'default', query: '?rest' }),
);
