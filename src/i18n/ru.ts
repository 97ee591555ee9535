/** The Russian catalogue, every area's messages (`./ru/*.json`), one chunk loaded on use. */
import { mergeAreas } from './areas';

export default mergeAreas(import.meta.glob('./ru/*.json', { eager: true, import: 'default' }));
