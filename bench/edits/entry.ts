// The app's own graph edits, bundled for the edit benchmark to call in the page (see build.ts).
export { addNode } from '../../src/domain/authoring/nodeEdits';
export { addRelation } from '../../src/domain/authoring/relationEdits';
