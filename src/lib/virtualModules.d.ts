declare module 'virtual:silkgraph/article-names' {
  /** The article's node names in its translations, by node id (build/articleNames.ts). */
  const names: Record<string, string[]>;
  export default names;
}
