import { describeView } from '../domain/viewDescription';
import { useApp } from '../store/context';

/** Printed above the map (never on screen): what the filters show, as the PNG export says it. */
export function PrintCaption() {
  const description = useApp((s) => describeView(s.graph, s));
  return <p className="print-only print-caption">{description}</p>;
}
