import type { TimeEntryWithTask } from '../../../contract/index.ts';
import { useSelection } from '../../components/selection.ts';
import { BulkBar } from '../../features/bulk/index.ts';
import { EntriesScreen, SelectAllMatching } from '../../features/entries/index.ts';
import { EntryFormHost, EntryRowActions, useEntryFormTarget } from '../../features/entry-form/index.ts';
import { useReturnFocus } from './use-return-focus.ts';

export function ArchivedRoute() {
  const selection = useSelection<TimeEntryWithTask>();
  const { open } = useEntryFormTarget();
  const focus = useReturnFocus();
  return (
    <>
      <EntriesScreen
        view="archived"
        title="Archived entries"
        selection={selection}
        onOpenEntry={(entry, row) => {
          focus.remember(row);
          open({ mode: 'edit', id: entry.id, taskId: entry.task_id ?? null });
        }}
        renderRowActions={(entry) => <EntryRowActions entry={entry} />}
        selectionBar={
          <BulkBar
            selection={selection}
            view="archived"
            selectAll={<SelectAllMatching selection={selection} view="archived" />}
          />
        }
      />
      <EntryFormHost onClosed={focus.restore} />
    </>
  );
}
