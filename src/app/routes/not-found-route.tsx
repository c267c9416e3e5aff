import { navigate } from '../../navigation/location.ts';

/** An address the dashboard has no view for: say so, and offer the way back to the entries. */
export function NotFoundRoute({ pathname }: { pathname: string }) {
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <p className="not-found-code" aria-hidden>
        404
      </p>
      <h1 id="not-found-title">Page not found</h1>
      <p className="muted">
        There is no page at <code>{pathname}</code>. It may have moved, or the address has a typo.
      </p>
      <a
        className="button primary"
        href="/"
        onClick={(e) => {
          if (e.metaKey || e.ctrlKey || e.shiftKey) return;
          e.preventDefault();
          navigate('/');
        }}
      >
        Go to Entries
      </a>
    </section>
  );
}
