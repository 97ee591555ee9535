import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Names the view in the message, e.g. "the map". */
  name: string;
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
    console.warn(`Silkgraph: ${this.props.name} failed`, error, info.componentStack);
    this.props.onError?.();
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="view-error">
        <p>
          Something went wrong in {this.props.name}: {this.state.error.message}
        </p>
        <p>Your filters and selection are kept.</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
