/** The Chinese (Simplified) catalogue, every area's messages (`./zh/*.json`), loaded on use. */
import { mergeAreas } from './areas';

export default mergeAreas(import.meta.glob('./zh/*.json', { eager: true, import: 'default' }));
