import type { Selection } from '../../domain/evidence';
import { mentionsOf } from '../../domain/blockPassages';
import { KIND_LABELS } from '../../domain/palette';
import type { GraphNode } from '../../domain/schema';
import { selectDisplayed, selectWording } from '../../store/derived';
import { useT } from '../../i18n/react';
import { useApp } from '../../store/context';
import { FocusControls } from './FocusControls';
import { NodeRelations } from './NodeRelations';
import { PassageList } from './PassageList';
import { SphereChips } from '../../components/SphereChips';
import { TranslationMark } from '../../components/TranslationMark';
import { graphIndex } from '../../domain/graphIndex';
import { shownTranslation, sourceOf } from '../../store/store';

interface Props {
  node: GraphNode;
  onSelect: (ref: Selection) => void;
}

/** A node: what it is, its relations by sphere, and the passages that name it. */
export function NodeDetails({ node, onSelect }: Props) {
  const t = useT();
  const sphereDefs = useApp((s) => s.spheres);
  // "Spheres" for the article's four, "Categories" for a map's own.
  const bySphere = useApp((s) => selectWording(s).category === 'sphere');
  const chipsLabel = t(bySphere ? 'evidence.chips.spheres' : 'evidence.chips.categories');
  const shown = useApp((s) => selectDisplayed(s).nodes.has(node.id));
  // Shown in the project's translation: the node as the source names it, for its mentions in the
  // text (which is never translated) and to say what the translation stands for.
  const translated = useApp((s) => shownTranslation(s) !== null);
  const written = useApp((s) => graphIndex(sourceOf(s.graph)).node(node.id)) ?? node;
  const sourceLanguage = useApp((s) => s.article.language);
  // "anti-Chinese sentiment" is no news under the label "Anti-Chinese sentiment": case alone is not another name.
  const otherNames = node.aliases.filter((a) => a.toLowerCase() !== node.label.toLowerCase());
  return (
    <article className="ev-details">
      <header className="ev-header">
        <p className="ev-kind">{KIND_LABELS[node.kind]}</p>
        <h2 className="ev-title" tabIndex={-1}>
          {node.label}
        </h2>
        {translated && <TranslationMark original={written.label} sourceLanguage={sourceLanguage} />}
        <SphereChips spheres={node.domains} defs={sphereDefs} label={chipsLabel} />
      </header>
      {!shown && <p className="ev-note">{t('evidence.hidden')}</p>}
      <p className="ev-summary">{node.summary}</p>
      {otherNames.length > 0 && (
        <p className="ev-aliases">
          <span className="ev-aliases-label">{t('evidence.aliases')}</span> {otherNames.join(', ')}
        </p>
      )}
      {node.otherNames && node.otherNames.length > 0 && (
        // Searchable like an alias, but the text never uses these names: said so, not blended in.
        <p className="ev-aliases">
          <span className="ev-aliases-label">{t('evidence.otherNames')}</span>{' '}
          {node.otherNames.join(', ')}
        </p>
      )}
      <FocusControls nodeShown={shown} />
      <NodeRelations nodeId={node.id} onSelect={onSelect} />
      <PassageList evidence={node.evidence} mentions={mentionsOf(written)} />
    </article>
  );
}
