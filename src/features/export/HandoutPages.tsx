import { ClaimMarkGlyph, StatusLine } from '../../components/LegendMarks';
import { PassageText } from '../../components/PassageText';
import { QuoteTranslations } from '../../components/QuoteTranslations';
import type { HandoutPage, HandoutSource } from '../../domain/handout';
import { pictureHeightMm, stepHeading, stepLabel } from '../../domain/handout';
import type { Legend } from '../../domain/legend';
import type { Translation } from '../../domain/translations';
import { Rich } from '../../i18n/Rich';
import { useT } from '../../i18n/react';

/** A page's picture: an object URL of the map's PNG, or why there is none. */
export type PagePicture = { url: string; width: number; height: number } | { problem: string };

interface Props {
  tourTitle: string;
  pages: readonly HandoutPage[];
  pictures: readonly PagePicture[];
  source: HandoutSource;
  legend: Legend;
  /** What this map's categories are: the article's spheres, or its own categories. */
  noun: 'sphere' | 'category';
  /**
   * Lines said once on the title page and at the foot of each page, under the source (e.g. whose
   * translation the map's labels are); none when left out.
   */
  notes?: readonly string[];
  /** The project's translation the map is shown in, for each quote's translation; null when as written. */
  translation?: Translation | null;
  /** The print copy's headings are h2 (the page's own); the preview's sit under the dialog's h2. */
  level: 2 | 3;
}

/** "Source: China Studies Centre, “Title”, 2024. https://…": the text every quote comes from. */
function SourceLine({ source }: { source: HandoutSource }) {
  return (
    <>
      <Rich
        id={source.date ? 'export.handout.source.dated' : 'export.handout.source'}
        values={{ author: source.author, date: source.date ?? '' }}
        parts={{ title: <cite>{source.title}</cite> }}
      />
      {source.url ? ` ${source.url}` : ''}
    </>
  );
}

/**
 * The handout: a title page (the tour, its source, its steps), then one page per step with its
 * title, the map as the step shows it, a compact legend, the caption, the passages with the quotes
 * of its focus marked (each quote's translation under them when the map is shown in one that gives
 * it), and the source at its foot. Everything from the map is rendered as text.
 */
export function HandoutPages({
  tourTitle,
  pages,
  pictures,
  source,
  legend,
  noun,
  notes = [],
  translation = null,
  level,
}: Props) {
  const t = useT();
  const H = level === 2 ? 'h2' : 'h3';
  const total = pages.length;
  return (
    <>
      <section
        className="handout-page handout-title-page"
        aria-label={t('export.handout.titlePage')}
      >
        <H className="handout-tour-title">{tourTitle}</H>
        <p className="handout-source">
          <Rich
            id={source.date ? 'export.handout.tourOf.dated' : 'export.handout.tourOf'}
            values={{ author: source.author, date: source.date ?? '' }}
            parts={{ title: <cite>{source.title}</cite> }}
          />
        </p>
        {source.url && <p className="handout-url">{source.url}</p>}
        {notes.map((note) => (
          <p key={note} className="handout-note">
            {note}
          </p>
        ))}
        <p>{t('export.handout.steps', { count: total })}</p>
        <ol className="handout-contents">
          {pages.map((page) => (
            <li key={page.number}>{page.title}</li>
          ))}
        </ol>
        <p className="handout-made">{t('export.handout.made')}</p>
      </section>
      {pages.map((page, i) => {
        const picture = pictures[i];
        const label = stepLabel(page.number, total);
        return (
          <section key={page.number} className="handout-page" aria-label={label}>
            <H className="handout-step-title">{stepHeading(page.number, total, page.title)}</H>
            <figure className="handout-figure" style={{ height: `${pictureHeightMm(page)}mm` }}>
              {picture && 'url' in picture ? (
                <img
                  src={picture.url}
                  width={picture.width}
                  height={picture.height}
                  alt={t('export.handout.picture', { number: page.number, title: page.title })}
                />
              ) : (
                <p className="handout-no-picture">
                  {picture?.problem ?? t('export.handout.picture.drawing')}
                </p>
              )}
            </figure>
            <div className="handout-legend">
              <ul aria-label={t('export.handout.legend.categories', { noun })}>
                {page.spheres.map((s) => (
                  <li key={s.id}>
                    <span className="swatch" style={{ background: s.colour }} aria-hidden="true" />
                    {s.label}
                  </li>
                ))}
              </ul>
              <ul aria-label={t('export.handout.legend.lines')}>
                {legend.statuses.map((s) => (
                  <li key={s.status}>
                    <StatusLine status={s.status} />
                    {s.label}
                  </li>
                ))}
              </ul>
              {legend.claims.length > 0 && (
                <ul aria-label={t('export.handout.legend.claims')}>
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
                <QuoteTranslations translation={translation} quotes={p.quotes} text={p.text} />
              </figure>
            ))}
            <footer className="handout-foot">
              <span>
                <SourceLine source={source} />
                {notes.map((note) => ` ${note}`)}
              </span>
              <span>{label}</span>
            </footer>
          </section>
        );
      })}
    </>
  );
}
