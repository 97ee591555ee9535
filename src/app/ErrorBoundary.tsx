import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n/react';

/** The views that fail on their own, as the message names them. */
export type FailingView = 'editing' | 'map' | 'tour' | 'tools' | 'details' | 'reader';

interface Props {
  /** The view the message names ("the map"). */
  view: FailingView;
  children: ReactNode;
  /** Told when the view fails (after the message is shown). */
  onError?: () => void;
}

/** Keeps a failing view from taking the page down; the store (and so the user's state) is untouched. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`Silkgraph: the ${this.props.view} view failed`, error, info.componentStack);
    this.props.onError?.();
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <ViewError
        view={this.props.view}
        error={this.state.error}
        onRetry={() => this.setState({ error: null })}
      />
    );
  }
}

/** What a failed view shows in its place, in the interface's language. */
function ViewError({
  view,
  error,
  onRetry,
}: {
  view: FailingView;
  error: Error;
  onRetry: () => void;
}) {
  const t = useT();
  return (
    <div role="alert" className="view-error">
      <p>{t('app.error', { view, error: error.message })}</p>
      <p>{t('app.error.kept')}</p>
      <button type="button" onClick={onRetry}>
        {t('app.error.retry')}
      </button>
    </div>
  );
}
