/**
 * Scrolls the article reader to a block. The reader renders every block with id `block-<blockId>`;
 * this is a plain DOM request rather than store state because nothing else needs to know about it.
 */
export function showInArticle(blockId: string): void {
  document.getElementById(`block-${blockId}`)?.scrollIntoView({ block: 'center' });
}
