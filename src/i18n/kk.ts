/** The Kazakh catalogue, every area's messages (`./kk/*.json`), one chunk loaded on use. */
import { mergeAreas } from './areas';

export default mergeAreas(import.meta.glob('./kk/*.json', { eager: true, import: 'default' }));
