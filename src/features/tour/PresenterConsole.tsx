import { useEffect, useMemo, useRef, useState } from 'react';
import { FONT_SANS } from '../../domain/fonts';
import { noteParts, pointerOf } from '../../domain/speakerNotes';
import { thumbnailScene } from '../../domain/stepThumbnail';
import type { Language } from '../../domain/languages';
import type { TourStep } from '../../domain/tour';
import { linkKindOf, openLink, type LinkMessage } from '../../lib/presenterLink';
import { Rich } from '../../i18n/Rich';
import { useLanguage, useT } from '../../i18n/react';
import { useApp, useAppStore } from '../../store/context';
import type { AppState } from '../../store/store';
import { usePresenterKeys } from './usePresenterKeys';
import './tour.css';
import './presenterConsole.css';

/** Whether the audience's window is there: not heard from yet, answering, or gone. */
type Audience = 'waiting' | 'connected' | 'closed';

const datasetOf = ({ article, graph, positions, spheres }: AppState) => ({
  article,
  graph,
  positions,
  spheres,
});

/** The view asks the audience window for the tour this often, this many times, before giving up. */
const HELLO_EVERY_MS = 1000;
const HELLO_TRIES = 15;

/** Minutes and seconds (hours when it runs that long), as a stopwatch shows them. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

/** The time now, once a second. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/**
 * The presenter view: a second window (`#presenter=<session>`) beside the projector's, with the
 * step's speaker notes, the next step and its picture, the time, and the controls. It follows the
 * audience's window and steers it through `presenterLink`, in its language; when that window
 * closes it keeps working on its own. `showLanguage` is to be stable: a new one reconnects.
 */
export default function PresenterConsole({
  session,
  showLanguage,
}: {
  session: string;
  /** Shows this window in the audience's language (its words and the article's translation). */
  showLanguage: (language: Language) => void;
}) {
  const t = useT();
  const language = useLanguage();
  const store = useAppStore();
  const tour = useApp((s) => s.tour);
  const index = useApp((s) => s.tourStep);
  const blanked = useApp((s) => s.tourBlanked);
  const setBlanked = useApp((s) => s.setTourBlanked);
  const [audience, setAudience] = useState<Audience>('waiting');
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const linkKind = useMemo(() => linkKindOf(window), []);
  const now = useNow();
  const blanking = useMemo(() => ({ blanked, setBlanked }), [blanked, setBlanked]);
  usePresenterKeys(index !== null, blanking);

  useEffect(() => {
    document.title = t('tour.console.documentTitle');
  }, [t]);

  useEffect(() => {
    // The article this window was started with: a state without a map means it.
    const article = datasetOf(store.getState());
    let remote = false;
    /** Whether the audience window has answered this view's hello. */
    let answered = false;
    const fromAudience = (change: () => void) => {
      remote = true;
      try {
        change();
      } finally {
        remote = false;
      }
    };
    const onMessage = (message: LinkMessage) => {
      const s = store.getState();
      switch (message.type) {
        case 'state':
          answered = true;
          if (message.language !== s.language) showLanguage(message.language);
          fromAudience(() => {
            const { dataset, tour: theirs, step } = message;
            if (dataset) {
              if (dataset.graph !== s.graph)
                s.replaceDataset({ ...dataset, tour: theirs ?? undefined });
            } else if (s.origin !== 'article') s.replaceDataset(article, 'article');
            const now = store.getState();
            if (theirs && step !== null) now.startTour(theirs, step);
            else {
              if (now.tourStep !== null) now.endTour();
              store.setState({ tour: theirs });
            }
            store.getState().setTourBlanked(message.blanked);
          });
          setAudience('connected');
          setStartedAt((t) => t ?? Date.now());
          break;
        case 'step':
          fromAudience(() => {
            if (s.tourStep !== null) s.goToStep(message.step);
            else if (s.tour) s.startTour(s.tour, message.step);
          });
          setAudience('connected');
          break;
        case 'blank':
          fromAudience(() => s.setTourBlanked(message.blanked));
          break;
        case 'bye':
          setAudience('closed');
          break;
        default:
          break;
      }
    };
    const opened = openLink({
      session,
      role: 'presenter',
      peer: () => window.opener as Window | null,
      onMessage,
      base: () => article,
    });
    const unsubscribe = [
      store.subscribe(
        (s) => s.tourStep,
        (step) => {
          if (remote) return;
          opened.send(step === null ? { type: 'end' } : { type: 'step', step });
        },
      ),
      store.subscribe(
        (s) => s.tourBlanked,
        (value) => {
          if (!remote) opened.send({ type: 'blank', blanked: value });
        },
      ),
    ];
    // Hello until the audience answers (it may still be loading, or taking the link up again after
    // this view was reloaded); after HELLO_TRIES unanswered, the view says the audience is gone.
    opened.send({ type: 'hello' });
    let tries = 1;
    const asking = window.setInterval(() => {
      if (answered) window.clearInterval(asking);
      else if (tries >= HELLO_TRIES) {
        window.clearInterval(asking);
        setAudience('closed');
      } else {
        tries++;
        opened.send({ type: 'hello' });
      }
    }, HELLO_EVERY_MS);
    const bye = () => opened.send({ type: 'bye' });
    window.addEventListener('pagehide', bye);
    return () => {
      window.clearInterval(asking);
      window.removeEventListener('pagehide', bye);
      unsubscribe.forEach((stop) => stop());
      opened.close();
    };
  }, [store, session, showLanguage]);

  // Without a BroadcastChannel the opener is the only way to the audience: its closing is seen here.
  useEffect(() => {
    if (audience !== 'connected' || linkKind !== 'window') return;
    const timer = window.setInterval(() => {
      const opener = window.opener as Window | null;
      if (!opener || opener.closed) setAudience('closed');
    }, 1000);
    return () => window.clearInterval(timer);
  }, [audience, linkKind]);

  const step = tour && index !== null ? tour.steps[index] : undefined;
  const next = tour && index !== null ? tour.steps[index + 1] : undefined;
  const count = tour?.steps.length ?? 0;
  const clock = new Date(now).toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' });

  return (
    // How the windows talk (a channel, or the windows' own messages from a file), for the tests.
    <div className="pv" data-link={linkKind}>
      <header className="pv-head">
        <h1 className="pv-brand">
          <Rich
            id="tour.console.heading"
            parts={{ title: <span className="pv-tour-title">{tour?.title ?? 'Silkgraph'}</span> }}
          />
        </h1>
        <p className={`pv-audience pv-audience-${audience}`} role="status">
          {t('tour.console.audience', {
            state: audience === 'connected' && blanked ? 'blank' : audience,
          })}
        </p>
        <div className="pv-times">
          <p className="pv-time">
            <span className="pv-time-label">{t('tour.console.elapsed')}</span>{' '}
            <span className="pv-time-value">
              {startedAt === null ? '00:00' : formatElapsed(now - startedAt)}
            </span>
          </p>
          <button type="button" onClick={() => setStartedAt(Date.now())}>
            {t('tour.console.resetTimer')}
          </button>
          <p className="pv-time">
            <span className="pv-time-label">{t('tour.console.clock')}</span>{' '}
            <span className="pv-time-value">{clock}</span>
          </p>
        </div>
      </header>
      {tour && step && index !== null ? (
        <main className="pv-main">
          <section className="pv-current" aria-labelledby="pv-current-title">
            <p className="pv-count">{t('tour.stepOf', { step: index + 1, count })}</p>
            <h2 id="pv-current-title" className="pv-title">
              {step.title}
            </h2>
            <StepNotes step={step} />
          </section>
          <aside className="pv-side" aria-label={t('tour.console.side')}>
            <section className="pv-next" aria-labelledby="pv-next-title">
              <h2 id="pv-next-title" className="pv-next-title">
                {next ? (
                  <>
                    <span className="pv-next-label">
                      {t('tour.console.nextStep', { step: index + 2 })}
                    </span>{' '}
                    {next.title}
                  </>
                ) : (
                  <span className="pv-next-label">{t('tour.console.nextEnd')}</span>
                )}
              </h2>
              {next && <StepThumbnail step={next} number={index + 2} />}
            </section>
            <div className="pv-controls">
              <button
                type="button"
                onClick={() => store.getState().previousStep()}
                disabled={index === 0}
              >
                {t('tour.previous')}
              </button>
              <button
                type="button"
                onClick={() => store.getState().nextStep()}
                disabled={index === count - 1}
              >
                {t('tour.next')}
              </button>
              <button type="button" aria-pressed={blanked} onClick={() => setBlanked(!blanked)}>
                {t('tour.console.audienceScreen', { blanked: blanked ? 'yes' : 'no' })}
              </button>
              <button type="button" onClick={() => store.getState().endTour()}>
                {t('tour.leave')}
              </button>
            </div>
            <nav aria-label={t('tour.steps')} className="pv-steps">
              <ol>
                {tour.steps.map((s, i) => (
                  <li key={s.id}>
                    <button
                      type="button"
                      aria-current={i === index ? 'step' : undefined}
                      onClick={() => store.getState().goToStep(i)}
                    >
                      <span className="pv-step-number">{i + 1}</span> {s.title}
                    </button>
                  </li>
                ))}
              </ol>
            </nav>
          </aside>
        </main>
      ) : (
        <main className="pv-main pv-idle">
          <p className="pv-idle-text">
            {t('tour.console.idle', {
              state: audience === 'waiting' ? 'waiting' : tour ? 'stopped' : 'none',
            })}
          </p>
          {tour && audience !== 'waiting' && (
            <button type="button" onClick={() => store.getState().startTour(tour, 0)}>
              {t('tour.console.start')}
            </button>
          )}
        </main>
      )}
      <footer className="pv-keys">{t('tour.console.keys')}</footer>
    </div>
  );
}

/** The step's speaker notes, with its passages a click away; its caption when it has none. */
function StepNotes({ step }: { step: TourStep }) {
  const t = useT();
  const article = useApp((s) => s.article);
  const blockIds = useMemo(() => new Set(article.blocks.map((b) => b.id)), [article]);
  const [shown, setShown] = useState<string | null>(null);
  const [forStep, setForStep] = useState(step.id);
  // A new step shows no passage until one is asked for (adjusted while rendering).
  if (forStep !== step.id) {
    setForStep(step.id);
    setShown(null);
  }
  const parts = useMemo(() => noteParts(step.notes ?? '', blockIds), [step, blockIds]);
  const block = shown ? article.blocks.find((b) => b.id === shown) : undefined;
  const section = block && article.sections.find((s) => s.id === block.section);
  const pointer = (id: string, text: string, key: string | number) => (
    <button
      key={key}
      type="button"
      className="pv-pointer"
      aria-pressed={shown === id}
      aria-label={t('tour.console.pointer', { pointer: text })}
      onClick={() => setShown(shown === id ? null : id)}
    >
      {text}
    </button>
  );
  return (
    <>
      <h3 className="pv-notes-heading">{t('tour.console.notes')}</h3>
      {step.notes ? (
        <p className="pv-notes">
          {parts.map((part, i) =>
            'block' in part ? pointer(part.block, part.text, i) : part.text,
          )}
        </p>
      ) : (
        <p className="pv-notes pv-no-notes">
          {t('tour.console.noNotes', { caption: step.caption })}
        </p>
      )}
      <p className="pv-step-passages">
        <span>{t('tour.console.passages')}</span>{' '}
        {step.blocks.filter((id) => blockIds.has(id)).map((id) => pointer(id, pointerOf(id), id))}
      </p>
      {block && (
        <figure className="pv-passage">
          <figcaption>
            {pointerOf(block.id)} · {section?.title ?? block.section}
          </figcaption>
          <blockquote lang={article.language}>{block.text}</blockquote>
        </figure>
      )}
    </>
  );
}

const THUMB = { width: 480, height: 270 };

/** A small picture of the map at a step, drawn from the map's positions. */
function StepThumbnail({ step, number }: { step: TourStep; number: number }) {
  const t = useT();
  const graph = useApp((s) => s.graph);
  const positions = useApp((s) => s.positions);
  const spheres = useApp((s) => s.spheres);
  const canvas = useRef<HTMLCanvasElement>(null);
  const scene = useMemo(
    () => thumbnailScene(graph, positions, spheres, step, THUMB.width, THUMB.height),
    [graph, positions, spheres, step],
  );
  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx || !scene) return;
    const ratio = window.devicePixelRatio || 1;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, THUMB.width, THUMB.height);
    for (const e of scene.edges) {
      ctx.strokeStyle = e.focus ? '#333333' : '#d0d0d0';
      ctx.lineWidth = e.focus ? 2 : 1;
      ctx.beginPath();
      ctx.moveTo(e.from.x, e.from.y);
      ctx.lineTo(e.to.x, e.to.y);
      ctx.stroke();
    }
    for (const n of scene.nodes) {
      ctx.beginPath();
      ctx.arc(n.x, n.y, n.focus ? 6 : 3, 0, 2 * Math.PI);
      ctx.fillStyle = n.focus ? n.colour : '#b8b8b8';
      ctx.fill();
      if (n.focus) {
        ctx.strokeStyle = '#000000';
        ctx.lineWidth = 1.5;
        ctx.stroke();
      }
    }
    // Names as text on the canvas (never markup), with a white halo to read over lines.
    ctx.font = `600 13px ${FONT_SANS}`;
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    for (const n of scene.nodes) {
      if (!n.label) continue;
      const text = n.label.length > 28 ? `${n.label.slice(0, 27)}…` : n.label;
      const x = Math.min(n.x + 9, THUMB.width - ctx.measureText(text).width - 4);
      ctx.strokeStyle = '#ffffff';
      ctx.lineWidth = 4;
      ctx.strokeText(text, x, n.y);
      ctx.fillStyle = '#000000';
      ctx.fillText(text, x, n.y);
    }
  }, [scene]);
  if (!scene)
    return <p className="pv-thumb-missing">{t('tour.console.noThumbnail', { step: number })}</p>;
  const names = scene.nodes.flatMap((n) => (n.label ? [n.label] : []));
  const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  return (
    <canvas
      ref={canvas}
      className="pv-thumb"
      width={THUMB.width * ratio}
      height={THUMB.height * ratio}
      role="img"
      aria-label={t('tour.console.thumbnail', {
        step: number,
        names: names.join(', '),
        named: names.length ? 'yes' : 'no',
      })}
    />
  );
}
