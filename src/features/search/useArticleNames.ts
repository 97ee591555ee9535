import { useCallback, useState } from 'react';
import { translatesArticle } from '../../domain/relationTemplates';
import type { MoreNames } from '../../domain/search';
import { articleNames } from '../../lib/articleNames';
import { useApp } from '../../store/context';

/**
 * The article's node names in all four languages while the article is on the map, so "Казахстан",
 * "Қазақстан" and "哈萨克斯坦" find Kazakhstan whatever the interface's language. `load` fetches them
 * (once, a small table) when the search is first used; until then, and for other maps, none.
 */
export function useArticleNames(): { names: MoreNames | undefined; load: () => void } {
  const article = useApp((s) => s.origin === 'article' && translatesArticle(s.article.id));
  const [names, setNames] = useState<MoreNames>();
  const load = useCallback(() => {
    if (article && !names) void articleNames().then(setNames);
  }, [article, names]);
  return { names: article ? names : undefined, load };
}
