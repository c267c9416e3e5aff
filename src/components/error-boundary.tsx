import { Component, type ErrorInfo, type ReactNode } from 'react';
import './error-boundary.css';

interface Props {
  children: ReactNode;
  /** What failed, in the fallback's heading: `This screen`, `The dashboard`. */
  what: string;
  /** Runs before "Try again" renders the children anew (for example, to load their data again). */
  onReset?: () => void;
}

interface State {
  error: unknown;
}

/** A lazily loaded part whose file could not be fetched: only loading the page again brings it. */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|Unable to preload|Loading chunk/i.test(
    message,
  );
}

/**
 * Catches a render error below it and shows what happened instead of a blank page, with "Try again";
 * when a lazily loaded part failed to arrive, with "Reload" as well.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // Kept in the console for whoever reports the problem; the screen shows the short version.
    console.error(error, info.componentStack);
  }

  private retry = () => {
    this.props.onReset?.();
    this.setState({ error: null });
  };

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    const chunk = isChunkLoadError(error);
    const detail = error instanceof Error ? error.message : String(error);
    return (
      <section className="error-boundary" role="alert" aria-labelledby="error-boundary-title">
        <h1 id="error-boundary-title">
          {chunk ? `${this.props.what} could not be loaded` : `${this.props.what} stopped working`}
        </h1>
        <p>
          {chunk
            ? 'Part of the dashboard did not arrive: the connection may have dropped, or a new version was published. Reload the page to fetch it again.'
            : 'Something went wrong while showing it. Your saved data is not affected. Try again, or reload the page.'}
        </p>
        <p className="muted error-boundary-detail">{detail}</p>
        <div className="error-boundary-actions">
          <button type="button" className="button primary" onClick={this.retry}>
            Try again
          </button>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload
          </button>
        </div>
      </section>
    );
  }
}
