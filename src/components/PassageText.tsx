import { segmentText, type Segment } from '../domain/evidence';

interface Props {
  text: string;
  /** Exact substrings to highlight as evidence quotes. */
  quotes?: readonly string[];
  /** Surface forms of the element to mark where the text mentions it. */
  aliases?: readonly string[];
}

/** Runs of consecutive segments that share their quote state, so one quote is one <mark>. */
function runs(segments: Segment[]): { quote: boolean; parts: Segment[] }[] {
  const out: { quote: boolean; parts: Segment[] }[] = [];
  for (const seg of segments) {
    const last = out[out.length - 1];
    if (last && last.quote === seg.quote) last.parts.push(seg);
    else out.push({ quote: seg.quote, parts: [seg] });
  }
  return out;
}

/** A block's text with quotes highlighted (<mark>) and alias mentions marked, rendered as text only. */
export function PassageText({ text, quotes = [], aliases = [] }: Props) {
  return (
    <>
      {runs(segmentText(text, quotes, aliases)).map((run, i) => {
        const parts = run.parts.map((seg, j) =>
          seg.alias ? (
            <span key={j} className="alias">
              {seg.text}
            </span>
          ) : (
            seg.text
          ),
        );
        return run.quote ? <mark key={i}>{parts}</mark> : <span key={i}>{parts}</span>;
      })}
    </>
  );
}
