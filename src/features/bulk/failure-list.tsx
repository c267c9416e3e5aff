import type { TimeEntryWithTask } from '../../../contract/index.ts';
import { entryTitle, entryWhen } from './entry-text.ts';
import { ScrollList } from '../../components/scroll-list.tsx';

export interface Failure {
  entry: TimeEntryWithTask;
  /** The API's message (or why it was never sent). */
  reason: string;
  /** The API named this entry as the cause (error_values.ids). */
  named?: boolean;
  /** Trying again as it is can succeed (a dropped connection, a server failure), unlike a refusal. */
  retryable?: boolean;
}

const SHOWN = 50;

/** Exactly which entries failed and why, grouped by reason, the ones the API named first. */
export function FailureList({
  failures,
  personName,
}: {
  failures: readonly Failure[];
  personName: (id: number) => string;
}) {
  const groups = new Map<string, Failure[]>();
  for (const f of failures) groups.set(f.reason, [...(groups.get(f.reason) ?? []), f]);
  return (
    <div className="bulk-failures">
      {[...groups].map(([reason, list]) => {
        const sorted = [...list].sort((a, b) => Number(!!b.named) - Number(!!a.named));
        return (
          <section key={reason} className="bulk-failure-group" aria-label={`Failed: ${reason}`}>
            <p className="bulk-failure-reason">
              <span className="badge danger">{list.length} failed</span> {reason}
            </p>
            <ScrollList className="bulk-entry-list">
              {sorted.slice(0, SHOWN).map((f) => (
                <li key={f.entry.id} data-entry-id={f.entry.id}>
                  <span className="num muted">#{f.entry.id}</span>
                  <span className="bulk-entry-title">{entryTitle(f.entry)}</span>
                  <span className="muted">{entryWhen(f.entry)}</span>
                  <span className="muted">{personName(f.entry.toggl_user_id)}</span>
                  {f.named && <span className="badge warning">named as the cause</span>}
                </li>
              ))}
            </ScrollList>
            {sorted.length > SHOWN && (
              <p className="muted">…and {sorted.length - SHOWN} more for the same reason.</p>
            )}
          </section>
        );
      })}
    </div>
  );
}
