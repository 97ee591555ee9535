import { LINE_DASHES, STATUS_LINES, type ClaimMark } from '../domain/palette';
import type { EdgeStatus, NodeKind } from '../domain/schema';

// Small SVG glyphs that mirror the map's node shapes and line styles, for the legend and filters.
const POINTS: Partial<Record<NodeKind, string>> = {
  region: '4,9 6.5,3 13.5,3 16,9 13.5,15 6.5,15',
  group: '2,16 6,3 18,3 14,16',
  person: '10,2 12,7.5 18,7.6 13.2,11.2 15,17 10,13.5 5,17 6.8,11.2 2,7.6 8,7.5',
  initiative: '10,2 18,9 10,16 2,9',
  project: '2,3 13,3 18,9.5 13,16 2,16',
  platform: '6.5,2.5 13.5,2.5 17.5,6.5 17.5,12.5 13.5,16.5 6.5,16.5 2.5,12.5 2.5,6.5',
  place: '10,2.5 17.5,16 2.5,16',
  event: '10,2 18,8 15,16.5 5,16.5 2,8',
};

export function KindShape({ kind }: { kind: NodeKind }) {
  const common = { fill: '#f5f5f2', stroke: '#2b2b2b', strokeWidth: 1.6 };
  let shape;
  if (kind === 'state') shape = <circle cx="10" cy="9.5" r="7" {...common} />;
  else if (kind === 'organization')
    shape = <rect x="2.5" y="3.5" width="15" height="12" rx="3.5" {...common} />;
  else if (kind === 'company') shape = <rect x="3" y="3.5" width="14" height="12" {...common} />;
  else if (kind === 'program')
    shape = (
      <path
        d="M10 2.5 Q11 2.5 17 8.5 Q18 9.5 17 10.5 L11 16.5 Q10 17.5 9 16.5 L3 10.5 Q2 9.5 3 8.5 L9 2.5 Q9.5 2 10 2.5Z"
        {...common}
      />
    );
  else if (kind === 'concept')
    shape = <path d="M3 4 Q10 1.5 17 4 Q18.5 9.5 17 15 Q10 17.5 3 15 Q1.5 9.5 3 4Z" {...common} />;
  else shape = <polygon points={POINTS[kind] ?? ''} {...common} />;
  return (
    <svg className="glyph" width="20" height="19" viewBox="0 0 20 19" aria-hidden="true">
      {shape}
    </svg>
  );
}

export function StatusLine({ status }: { status: EdgeStatus }) {
  return (
    <svg className="glyph" width="28" height="10" viewBox="0 0 28 10" aria-hidden="true">
      <line
        x1="1"
        y1="5"
        x2="27"
        y2="5"
        stroke="#333"
        strokeWidth="2.5"
        // The map's own dash pattern (none for a solid line).
        strokeDasharray={LINE_DASHES[STATUS_LINES[status]].join(' ') || undefined}
      />
    </svg>
  );
}

/** A relation's line with the mark in its middle that says whose claim it is, as the map draws it. */
export function ClaimMarkGlyph({ mark }: { mark: ClaimMark }) {
  const ink = { fill: '#333', stroke: '#333', strokeWidth: 1.5 };
  let middle = null;
  if (mark === 'bar')
    middle = <line x1="13" y1="1" x2="13" y2="9" stroke="#333" strokeWidth="2.5" />;
  else if (mark === 'diamond')
    middle = <polygon points="8.5,5 13,1.3 17.5,5 13,8.7" {...ink} fill="#fff" />;
  else if (mark === 'circle') middle = <circle cx="13" cy="5" r="3.6" {...ink} />;
  else if (mark === 'square') middle = <rect x="9.4" y="1.4" width="7.2" height="7.2" {...ink} />;
  return (
    <svg className="glyph" width="32" height="10" viewBox="0 0 32 10" aria-hidden="true">
      <line x1="1" y1="5" x2="26" y2="5" stroke="#333" strokeWidth="2" />
      <polygon points="25,1.5 31,5 25,8.5" fill="#333" />
      {middle}
    </svg>
  );
}
