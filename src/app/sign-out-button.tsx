import { useState } from 'react';
import { useDeletedLog, useHistory } from '../api/index.ts';
import { Dialog } from '../components/dialog.tsx';
import { formatCount } from '../lib/locale.ts';

const items = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** What signing out would throw away from this browser, in words; empty when it keeps nothing worth a warning. */
export function signOutLoss(deleted: number, history: number): string {
  const parts = [
    deleted > 0 ? items(deleted, 'recently deleted entry', 'recently deleted entries') : '',
    history > 0 ? items(history, 'history item', 'history items') : '',
  ].filter(Boolean);
  return parts.length ? `Signing out clears ${parts.join(' and ')} kept in this browser.` : '';
}

/**
 * Sign out. When this browser keeps recently deleted entries or history for the person, it says what
 * would be lost and asks first: both are the only way back to those entries from this dashboard.
 */
export function SignOutButton({ onSignOut }: { onSignOut: () => void }) {
  const deleted = useDeletedLog().length;
  const history = useHistory().length;
  const [asking, setAsking] = useState(false);
  const loss = signOutLoss(deleted, history);

  return (
    <>
      <button
        type="button"
        className="button ghost app-sign-out"
        onClick={() => (loss ? setAsking(true) : onSignOut())}
      >
        Sign out
      </button>
      {asking && (
        <Dialog
          title="Sign out?"
          onClose={() => setAsking(false)}
          footer={
            <>
              <button type="button" className="button" onClick={() => setAsking(false)}>
                Cancel
              </button>
              <button type="button" className="button danger" onClick={onSignOut}>
                Sign out
              </button>
            </>
          }
        >
          <p className="sign-out-loss">{loss}</p>
          <p className="muted">
            Restore what you still need from Recently deleted, or undo it from History, before you go. Your
            email and ids stay filled in for the next sign-in.
          </p>
        </Dialog>
      )}
    </>
  );
}
