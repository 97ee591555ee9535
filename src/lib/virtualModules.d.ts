declare module 'virtual:silkgraph/article-names' {
  /** The article's node names in its translations, by node id (build/articleNames.ts). */
  const names: Record<string, string[]>;
  export default names;
}

/** A part of an interface catalogue (build/catalogues.ts): the first view's messages, or the rest. */
declare module '*.json?first' {
  const messages: Record<string, unknown>;
  export default messages;
}
declare module '*.json?rest' {
  const messages: Record<string, unknown>;
  export default messages;
}
