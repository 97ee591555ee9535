import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIRST_VIEW_FILE, firstViewMessages } from '../build/firstViewMessages';

// Writes the list of the interface messages the first view needs (build/firstViewMessages.ts).
const root = join(import.meta.dirname, '..');
const ids = firstViewMessages(root);
writeFileSync(join(root, FIRST_VIEW_FILE), `${JSON.stringify(ids, null, 2)}\n`);
console.log(`${FIRST_VIEW_FILE}: ${ids.length} messages`);
