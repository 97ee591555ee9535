import { useEffect, useMemo, useRef } from 'react';
import { createPortal } from 'react-dom';
import { SphereChips } from '../../components/SphereChips';
import { useT } from '../../i18n/react';
import { useApp, useAppStore } from '../../store/context';
import { openPresenterView, resumePresenterView } from './presenterView';
import { StepClaims } from './StepClaims';
import { StepPassages } from './StepPassages';
import { toggleFullScreen, usePresenterKeys } from './usePresenterKeys';
import './tour.css';

/** The presenter's side of the screen: the step's title, caption and passages, in projector type. */
export function Presenter() {
  const t = useT();
  const tour = useApp((s) => s.tour);
  const sphereDefs = useApp((s) => s.spheres);
  const index = useApp((s) => s.tourStep);
  const goToStep = useApp((s) => s.goToStep);
  const nextStep = useApp((s) => s.nextStep);
  const previousStep = useApp((s) => s.previousStep);
  const endTour = useApp((s) => s.endTour);
  const store = useAppStore();
  const heading = useRef<HTMLHeadingElement>(null);
  const blanked = useApp((s) => s.tourBlanked);
  const setBlanked = useApp((s) => s.setTourBlanked);
  const blanking = useMemo(() => ({ blanked, setBlanked }), [blanked, setBlanked]);
  usePresenterKeys(index !== null, blanking);
  const unblank = useRef<HTMLButtonElement>(null);
  const wasBlanked = useRef(false);
  // Focus follows the screen: onto the black (so Space or Enter bring it back), then the step again.
  useEffect(() => {
    if (blanked) unblank.current?.focus();
    else if (wasBlanked.current) heading.current?.focus({ preventScroll: true });
    wasBlanked.current = blanked;
  }, [blanked]);

  // A reload of this window takes up the link to the presenter view it had opened.
  useEffect(() => resumePresenterView(store), [store]);

  // Each new step is announced and read from its title.
  useEffect(() => heading.current?.focus({ preventScroll: true }), [index]);

  if (!tour || index === null) return null;
  const step = tour.steps[index]!;
  const count = tour.steps.length;
  const stepOf = t('tour.stepOf', { step: index + 1, count });

  return (
    <section className="tr-presenter" aria-label={t('tour.region')}>
      <div className="tr-progress">
        <span className="tr-count">{stepOf}</span>
        <progress max={count} value={index + 1} aria-label={stepOf} />
        {/* The notes, the next step and the time in a second window, for the presenter's screen. */}
        <button
          type="button"
          className="tr-presenter-view"
          onClick={() => openPresenterView(store)}
        >
          {t('tour.presenterView')}
        </button>
      </div>
      <nav aria-label={t('tour.steps')} className="tr-steps">
        <ol>
          {tour.steps.map((s, i) => (
            <li key={s.id}>
              <button
                type="button"
                aria-current={i === index ? 'step' : undefined}
                aria-label={t('tour.stepButton', { step: i + 1, title: s.title })}
                onClick={() => goToStep(i)}
              >
                {i + 1}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      {/* Only the step's text scrolls: the steps above and the controls below stay on screen. A
          keyboard reaches it to scroll it. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="tr-body" role="group" aria-label={t('tour.stepText')} tabIndex={0}>
        <h2 className="tr-title" ref={heading} tabIndex={-1}>
          {step.title}
        </h2>
        <p className="tr-caption">{step.caption}</p>
        <SphereChips
          spheres={step.spheres}
          defs={sphereDefs}
          label={t('tour.spheresShown')}
          className="ev-chips tr-spheres"
        />
        <StepPassages step={step} />
        <StepClaims step={step} />
      </div>
      <div className="tr-controls">
        <button type="button" onClick={previousStep} disabled={index === 0}>
          {t('tour.previous')}
        </button>
        <button type="button" onClick={nextStep} disabled={index === count - 1}>
          {t('tour.next')}
        </button>
        <button type="button" onClick={toggleFullScreen}>
          {t('tour.fullScreen')}
        </button>
        <button type="button" onClick={() => setBlanked(true)}>
          {t('tour.blank')}
        </button>
        <button type="button" onClick={endTour}>
          {t('tour.leave')}
        </button>
      </div>
      <p className="tr-keys">{t('tour.keys')}</p>
      {blanked &&
        // Over everything, the page's controls included: what the audience sees is black.
        createPortal(
          <div className="tr-blank" role="status">
            <button
              ref={unblank}
              type="button"
              className="tr-unblank"
              onClick={() => setBlanked(false)}
            >
              <span className="visually-hidden">{t('tour.blanked', { step: index + 1 })}</span>
            </button>
          </div>,
          document.body,
        )}
    </section>
  );
}
