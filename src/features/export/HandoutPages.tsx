import { ClaimMarkGlyph, StatusLine } from '../../components/LegendMarks';
import { PassageText } from '../../components/PassageText';
import type { HandoutPage, HandoutSource } from '../../domain/handout';
import { pictureHeightMm } from '../../domain/handout';
import type { Legend } from '../../domain/legend';

/** A page's picture: an object URL of the map's PNG, or why there is none. */
export type PagePicture = { url: string; width: number; height: number } | { problem: string };

interface Props {
  tourTitle: string;
  pages: readonly HandoutPage[];
  pictures: readonly PagePicture[];
  source: HandoutSource;
  legend: Legend;
  /** What the categories are called in this map ("Spheres" or "Categories"). */
  categoriesWord: string;
  /** The print copy's headings are h2 (the page's own); the preview's sit under the dialog's h2. */
  level: 2 | 3;
}

/** "Source: China Studies Centre, “Title”, 2024. https://…": the text every quote comes from. */
function SourceLine({ source }: { source: HandoutSource }) {
  return (
    <>
      Source: {source.author}, <cite>{source.title}</cite>
      {source.date ? `, ${source.date}` : ''}.{source.url ? ` ${source.url}` : ''}
    </>
  );
}

/**
 * The handout: a title page (the tour, its source, its steps), then one page per step with its
 * title, the map as the step shows it, a compact legend, the caption, the passages with the quotes
 * of its focus marked, and the source at its foot. Everything from the map is rendered as text.
 */
export function HandoutPages({
  tourTitle,
  pages,
  pictures,
  source,
  legend,
  categoriesWord,
  level,
}: Props) {
  const H = level === 2 ? 'h2' : 'h3';
  const total = pages.length;
  return (
    <>
      <section className="handout-page handout-title-page" aria-label="Title page">
        <H className="handout-tour-title">{tourTitle}</H>
        <p className="handout-source">
          A tour of <cite>{source.title}</cite> by {source.author}
          {source.date ? `, ${source.date}` : ''}
        </p>
        {source.url && <p className="handout-url">{source.url}</p>}
        <p>
          {total === 1 ? '1 step' : `${total} steps`}, each on its own page: the map as the step
          shows it, its caption, and the passages of the text it rests on, with the quotes marked.
        </p>
        <ol className="handout-contents">
          {pages.map((page) => (
            <li key={page.number}>{page.title}</li>
          ))}
        </ol>
        <p className="handout-made">Made with Silkgraph</p>
      </section>
      {pages.map((page, i) => {
        const picture = pictures[i];
        const label = `Step ${page.number} of ${total}`;
        return (
          <section key={page.number} className="handout-page" aria-label={label}>
            <H className="handout-step-title">
              {label} — {page.title}
            </H>
            <figure className="handout-figure" style={{ height: `${pictureHeightMm(page)}mm` }}>
              {picture && 'url' in picture ? (
                <img
                  src={picture.url}
                  width={picture.width}
                  height={picture.height}
                  alt={`The map at step ${page.number}: ${page.title}`}
                />
              ) : (
                <p className="handout-no-picture">
                  {picture?.problem ?? 'The map’s picture is being drawn.'}
                </p>
              )}
            </figure>
            <div className="handout-legend">
              <ul aria-label={`${categoriesWord} shown`}>
                {page.spheres.map((s) => (
                  <li key={s.id}>
                    <span className="swatch" style={{ background: s.colour }} aria-hidden="true" />
                    {s.label}
                  </li>
                ))}
              </ul>
              <ul aria-label="Line styles">
                {legend.statuses.map((s) => (
                  <li key={s.status}>
                    <StatusLine status={s.status} />
                    {s.label}
                  </li>
                ))}
              </ul>
              {legend.claims.length > 0 && (
                <ul aria-label="Whose claim">
                  {legend.claims.map((c) => (
                    <li key={c.mark}>
                      <ClaimMarkGlyph mark={c.mark} />
                      {c.label}
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <p className="handout-caption">{page.caption}</p>
            {page.passages.map((p) => (
              <figure key={p.block} className="handout-passage">
                <figcaption>{p.place}</figcaption>
                <blockquote>
                  <PassageText text={p.text} quotes={p.quotes} />
                </blockquote>
              </figure>
            ))}
            <footer className="handout-foot">
              <span>
                <SourceLine source={source} />
              </span>
              <span>{label}</span>
            </footer>
          </section>
        );
      })}
    </>
  );
}
