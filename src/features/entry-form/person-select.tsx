import { useMemo, type Ref } from 'react';
import { useApi, useSessionState, useUsers } from '../../api/index.ts';

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

/** Whom a new entry is for. `''` is the signed-in person, so no `user_id` is sent for oneself. */
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
  const { session } = useSessionState();
  const { data: users, isPending } = useUsers();
  const myEmail = session?.credentials.kind === 'basic' ? session.credentials.email.toLowerCase() : null;

  const { me, others } = useMemo(() => {
    const inWorkspace = (users ?? []).filter(
      (u) => !u.workspaces || u.workspaces.some((w) => w.id === workspace.workspaceId),
    );
    return {
      me: inWorkspace.find((u) => u.email.toLowerCase() === myEmail) ?? null,
      others: inWorkspace.filter((u) => u.email.toLowerCase() !== myEmail),
    };
  }, [users, workspace.workspaceId, myEmail]);

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
      disabled={disabled}
    >
      <option value="">{me ? `Me (${me.name})` : 'Me'}</option>
      {isPending && <option disabled>Loading people…</option>}
      {others.map((u) => (
        <option key={u.user_account_id} value={String(u.user_account_id)}>
          {u.name}
        </option>
      ))}
    </select>
  );
}
