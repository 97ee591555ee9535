import { segmentText } from '../domain/evidence';

interface Props {
  text: string;
  /** Exact substrings to highlight as evidence quotes. */
  quotes?: readonly string[];
  /** Surface forms of the element to mark where the text mentions it. */
  aliases?: readonly string[];
}

/** A block's text with quotes highlighted (<mark>) and alias mentions marked, rendered as text only. */
export function PassageText({ text, quotes = [], aliases = [] }: Props) {
  const segments = segmentText(text, quotes, aliases);
  return (
    <>
      {segments.map((seg, i) => {
        const className = seg.alias ? 'alias' : undefined;
        const inner = className ? <span className={className}>{seg.text}</span> : seg.text;
        return seg.quote ? <mark key={i}>{inner}</mark> : <span key={i}>{inner}</span>;
      })}
    </>
  );
}
