import { useMemo, type Ref } from 'react';
import { useApi, usePermissions, useUsers } from '../../api/index.ts';

interface PersonSelectProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  invalid: boolean;
  describedBy: string;
  disabled?: boolean;
  ref?: Ref<HTMLSelectElement>;
}

/**
 * Whom a new entry is for. `''` is the signed-in person, so no `user_id` is sent for oneself. A member
 * may create entries only for themselves: they are offered just that, and the field cannot change.
 */
export function PersonSelect({
  id,
  value,
  onChange,
  onBlur,
  invalid,
  describedBy,
  disabled,
  ref,
}: PersonSelectProps) {
  const { workspace } = useApi();
  const { data: users, isPending } = useUsers();
  const { me, canManageEntries } = usePermissions();

  const others = useMemo(
    () =>
      canManageEntries
        ? (users ?? []).filter(
            (u) =>
              u.user_account_id !== me?.user_account_id &&
              (!u.workspaces || u.workspaces.some((w) => w.id === workspace.workspaceId)),
          )
        : [],
    [users, workspace.workspaceId, me, canManageEntries],
  );

  // A duplicated entry names its owner by id; when that is the signed-in person, show "Me".
  const shown = me && value === String(me.user_account_id) ? '' : value;
  return (
    <select
      ref={ref}
      id={id}
      value={shown}
      onChange={(e) => onChange(e.target.value)}
      onBlur={onBlur}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      disabled={disabled || !canManageEntries}
    >
      <option value="">{me ? `Me (${me.name})` : 'Me'}</option>
      {isPending && canManageEntries && <option disabled>Loading people…</option>}
      {others.map((u) => (
        <option key={u.user_account_id} value={String(u.user_account_id)}>
          {u.name}
        </option>
      ))}
    </select>
  );
}
