import type { TimeEntryWithTask } from '../../../contract/index.ts';
import { useSelection } from '../../components/selection.ts';
import { BulkBar } from '../../features/bulk/index.ts';
import { EntriesScreen, SelectAllMatching } from '../../features/entries/index.ts';
import { EntryFormHost, EntryRowActions, useEntryFormTarget } from '../../features/entry-form/index.ts';
import { navigate } from '../../navigation/location.ts';
import { useReturnFocus } from './use-return-focus.ts';

export function EntriesRoute() {
  const selection = useSelection<TimeEntryWithTask>();
  const { open } = useEntryFormTarget();
  const focus = useReturnFocus();
  return (
    <>
      <EntriesScreen
        view="active"
        title="Time entries"
        selection={selection}
        onOpenEntry={(entry, row) => {
          focus.remember(row);
          open({ mode: 'edit', id: entry.id, taskId: entry.task_id ?? null });
        }}
        onNewEntry={() => {
          focus.remember(document.activeElement);
          open({ mode: 'create' });
        }}
        renderRowActions={(entry) => <EntryRowActions entry={entry} />}
        selectionBar={
          <BulkBar
            selection={selection}
            view="active"
            selectAll={<SelectAllMatching selection={selection} view="active" />}
          />
        }
        onOpenTimeBlock={(id) => navigate(`/time-blocks?ids=${id}`)}
      />
      <EntryFormHost onClosed={focus.restore} />
    </>
  );
}
