import type { Positions } from './schema';

/**
 * A position table with no prototype: node ids come from files, and `positions['__proto__']` on a
 * plain object is Object.prototype, not a node's place. Read it with `positionOf`.
 */
export function createPositionTable(): Positions {
  return Object.create(null) as Positions;
}

/** A node's position, or undefined: never a member inherited from Object. */
export function positionOf(positions: Positions, id: string): { x: number; y: number } | undefined {
  return Object.hasOwn(positions, id) ? positions[id] : undefined;
}
