import { LINE_DASHES, STATUS_LINES, type ClaimMark } from '../domain/palette';
import { KIND_SHAPES, shapeOutline } from '../domain/nodeShapes';
import type { EdgeStatus, NodeKind } from '../domain/schema';

// Small SVG glyphs that mirror the map's node shapes and line styles, for the legend and filters.
// The shapes are drawn from the same outlines as the map's (src/domain/nodeShapes.ts).

const HALF = 7.5;
const CX = 10;
const CY = 9.5;

export function KindShape({ kind }: { kind: NodeKind }) {
  const common = { fill: '#f5f5f2', stroke: '#2b2b2b', strokeWidth: 1.6 };
  const shape = KIND_SHAPES[kind];
  const outline = shapeOutline(shape);
  let mark;
  if (!outline) mark = <circle cx={CX} cy={CY} r={HALF} {...common} />;
  else if (shape === 'round-rectangle')
    mark = (
      <rect
        x={CX - HALF}
        y={CY - HALF}
        width={2 * HALF}
        height={2 * HALF}
        rx={HALF / 2}
        {...common}
      />
    );
  else {
    const points: string[] = [];
    for (let i = 0; i < outline.length; i += 2)
      points.push(
        `${(CX + HALF * outline[i]!).toFixed(2)},${(CY + HALF * outline[i + 1]!).toFixed(2)}`,
      );
    mark = <polygon points={points.join(' ')} strokeLinejoin="round" {...common} />;
  }
  return (
    <svg className="glyph" width="20" height="19" viewBox="0 0 20 19" aria-hidden="true">
      {mark}
    </svg>
  );
}

/** A circle cut into slices of the given colours, as a node's pie of spheres is drawn. */
export function PieMark({ colours }: { colours: readonly string[] }) {
  const r = 7.5;
  const slices = colours.map((colour, i) => {
    const a0 = (2 * Math.PI * i) / colours.length - Math.PI / 2;
    const a1 = (2 * Math.PI * (i + 1)) / colours.length - Math.PI / 2;
    const p = (a: number) =>
      `${(10 + r * Math.cos(a)).toFixed(2)} ${(9.5 + r * Math.sin(a)).toFixed(2)}`;
    const large = a1 - a0 > Math.PI ? 1 : 0;
    return colours.length === 1 ? (
      <circle key={i} cx="10" cy="9.5" r={r} fill={colour} />
    ) : (
      <path key={i} d={`M10 9.5 L${p(a0)} A${r} ${r} 0 ${large} 1 ${p(a1)}Z`} fill={colour} />
    );
  });
  return (
    <svg className="glyph" width="20" height="19" viewBox="0 0 20 19" aria-hidden="true">
      {slices}
      <circle cx="10" cy="9.5" r={r} fill="none" stroke="#2b2b2b" strokeWidth="1" />
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

/** A bundled link as the map draws it: a thick line striped with spheres, its count on it. */
export function BundleMark({ colours }: { colours: readonly string[] }) {
  const stripe = 26 / Math.max(colours.length, 1);
  return (
    <svg className="glyph" width="32" height="14" viewBox="0 0 32 14" aria-hidden="true">
      {colours.map((colour, i) => (
        <rect key={i} x={1 + i * stripe} y="4.5" width={stripe} height="5" fill={colour} />
      ))}
      <rect x="10" y="1" width="12" height="12" rx="3" fill="#fff" stroke="#555" />
      <text x="16" y="10.5" fontSize="9" fontWeight="600" textAnchor="middle" fill="#333">
        n
      </text>
    </svg>
  );
}
