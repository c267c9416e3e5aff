import { lazy, Suspense, useState } from 'react';

// What signing out would lose is read, and asked about, once the button is pressed: the records and
// the dialog are not needed before.
const SignOutConfirm = lazy(() =>
  import('./sign-out-confirm.tsx').then((m) => ({ default: m.SignOutConfirm })),
);

/** Sign out, asking first when this browser keeps entries or history that signing out would clear. */
export function SignOutButton({ onSignOut }: { onSignOut: () => void }) {
  const [pressed, setPressed] = useState(false);
  return (
    <>
      <button type="button" className="button ghost app-sign-out" onClick={() => setPressed(true)}>
        Sign out
      </button>
      <Suspense>
        {pressed && <SignOutConfirm onSignOut={onSignOut} onCancel={() => setPressed(false)} />}
      </Suspense>
    </>
  );
}
