/** Renders the entry form dialog for the target in the URL; nothing when none is open. */
export function EntryFormHost(_props: { onClosed?: () => void }) {
  return null;
}
