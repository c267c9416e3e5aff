import type { ReactNode } from 'react';
import type { TimeEntryWithTask } from '../../../contract/index.ts';
import type { Selection } from '../../components/selection.ts';
import { taskName } from '../../lib/display-names.ts';
import { DUPLICATE_COLUMNS, ENTRY_COLUMNS, FUTURE_COLUMNS, OVERLAP_COLUMNS } from './attention-columns.tsx';
import type { AttentionGroups, DuplicateRow, GroupInfo, OverlapRow } from './attention-groups.ts';
import type { Thresholds } from './detect/thresholds.ts';
import { DurationFix, FormHint, RunningFix, ZeroFix } from './entry-fixes.tsx';
import type { FixActions } from './fix-requests.ts';
import { GroupSection } from './group-section.tsx';
import { DuplicatesFix, OverlapFix } from './pair-fixes.tsx';

type E = TimeEntryWithTask;
const task = (e: E) => taskName(e.task_id, e.task?.name);
// Module-level, so the groups' selection clean-up does not run on every render.
const pairEntries = (r: OverlapRow<E>) => [r.earlier, r.later];
const setEntries = (r: DuplicateRow<E>) => r.entries;
const itself = (e: E) => [e];

interface Props {
  info: GroupInfo;
  groups: AttentionGroups<E>;
  thresholds: Thresholds;
  actions: FixActions;
  personName: (id: number) => string;
  renderSelectionBar: (selection: Selection<E>) => ReactNode;
}

/** One group with its own columns and suggested fix. */
export function AttentionGroup({ info, groups, thresholds, actions, personName, renderSelectionBar }: Props) {
  const common = { info, thresholds, renderSelectionBar };
  if (info.key === 'overlaps') {
    return (
      <GroupSection
        {...common}
        rows={groups.overlaps}
        columns={OVERLAP_COLUMNS}
        entriesOf={pairEntries}
        rowLabel={(r) => `Select the pair #${r.earlier.id} and #${r.later.id}`}
        searchText={(r) => `${personName(r.later.toggl_user_id)} ${task(r.earlier)} ${task(r.later)}`}
        fix={(context) => <OverlapFix context={context} actions={actions} />}
      />
    );
  }
  if (info.key === 'duplicates') {
    return (
      <GroupSection
        {...common}
        rows={groups.duplicates}
        columns={DUPLICATE_COLUMNS}
        entriesOf={setEntries}
        rowLabel={(r) => `Select the copies ${r.entries.map((e) => `#${e.id}`).join(', ')}`}
        searchText={(r) =>
          `${personName(r.entries[0]?.toggl_user_id ?? 0)} ${r.entries[0] ? task(r.entries[0]) : ''}`
        }
        fix={(context) => <DuplicatesFix context={context} actions={actions} personName={personName} />}
      />
    );
  }
  const key = info.key;
  return (
    <GroupSection
      {...common}
      rows={groups.entries[key]}
      columns={key === 'future' ? FUTURE_COLUMNS : ENTRY_COLUMNS}
      entriesOf={itself}
      rowLabel={(e) => `Select entry ${e.id}`}
      searchText={(e) => `${personName(e.toggl_user_id)} ${task(e)}`}
      fix={(context) => {
        if (key === 'running') return <RunningFix context={context} actions={actions} />;
        if (key === 'long')
          return (
            <DurationFix
              context={context}
              actions={actions}
              label="Suggested fix for very long entries"
              suggested="8h"
            />
          );
        if (key === 'breaks')
          return (
            <DurationFix
              context={context}
              actions={actions}
              label="Suggested fix for long breaks"
              suggested="1h"
            />
          );
        if (key === 'zero') return <ZeroFix context={context} actions={actions} />;
        if (key === 'future') return <FormHint text="Open an entry from its link to correct its date." />;
        return <FormHint text="Weekend work may be right: open an entry to check it." />;
      }}
    />
  );
}
