import { memo } from 'react';
import { PassageText } from '../../components/PassageText';
import type { Block } from '../../domain/schema';
import { PassageButton } from './PassageButton';

interface Props {
  block: Block;
  /** The block's short name, for its passage button. */
  name: string;
  /** Displayed elements whose evidence lies here; 0 leaves the block as plain text. */
  supports: number;
  /** Quotes to mark when the selection lights this block up; undefined when it does not. */
  quotes: readonly string[] | undefined;
  /** The selection is this passage. */
  current: boolean;
  onToggle: (blockId: string) => void;
}

/**
 * One block of the article, verbatim, with its mark, its passage button and its highlighted quotes.
 * Memoized: a filter or a selection changes a few blocks' props, and the reader re-renders only those.
 */
export const ReaderBlock = memo(function ReaderBlock({
  block,
  name,
  supports,
  quotes,
  current,
  onToggle,
}: Props) {
  const classes = ['rd-block', `rd-${block.type}`];
  if (supports > 0) classes.push('rd-marked');
  if (quotes) classes.push('rd-highlight');
  if (current) classes.push('rd-current');
  const common = {
    id: `block-${block.id}`,
    'data-block': block.id,
    className: classes.join(' '),
    'aria-current': current ? ('true' as const) : undefined,
  };
  const button =
    supports > 0 ? (
      <PassageButton
        blockId={block.id}
        name={name}
        count={supports}
        selected={current}
        onToggle={onToggle}
      />
    ) : null;
  const text = <PassageText text={block.text} quotes={quotes} />;

  switch (block.type) {
    case 'heading':
      // The button sits beside the h3, not in it: a heading's name is its content, and the button's
      // label would otherwise become part of the heading in screen readers' heading lists.
      return (
        <div {...common}>
          {button}
          <h3 className="rd-heading-text">{text}</h3>
        </div>
      );
    case 'list-item':
      return (
        <li {...common}>
          {button}
          {text}
        </li>
      );
    default:
      return (
        <p {...common}>
          {button}
          {text}
        </p>
      );
  }
});
