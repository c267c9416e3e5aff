import { useState } from 'react';
import { useSessionStore, type ExpiredSession, type Session } from '../../api/index.ts';
import { ModalOverlay } from '../../components/modal-overlay.tsx';
import { RetryCountdown } from './retry-countdown.tsx';
import { SignInField } from './sign-in-field.tsx';
import { usePrerenderedTakeover } from './use-prerendered-takeover.ts';
import { useSignInForm } from './use-sign-in-form.ts';
import { useSignIn } from './use-sign-in.ts';
import './sign-in.css';

interface SignInScreenProps {
  /** Set after a 401: the screen is a dialog over the dashboard, prefilled with who was signed in. */
  expired?: ExpiredSession | null;
  /** Receives verified credentials; without it they go straight to the session store. */
  onSignIn?: (session: Session, keep: boolean) => void;
  /** Offered over an expired dashboard, for someone who does not mean to carry on. */
  onSignOut?: () => void;
  /** Drawn at build time into index.html: the submit button stays disabled until a script handles it. */
  prerender?: boolean;
}

export function SignInScreen({ expired = null, onSignIn, onSignOut, prerender = false }: SignInScreenProps) {
  const store = useSessionStore();
  const [remembered, setRemembered] = useState(() => expired ?? store.remembered());
  const overlay = expired !== null;
  const { method, chooseMethod, errors, submitting, register, setValue, setFocus, handleSubmit } =
    useSignInForm({
      method: remembered?.method ?? 'basic',
      email: remembered?.email ?? '',
      password: '',
      apiKey: '',
      organizationId: remembered ? String(remembered.organizationId) : '',
      workspaceId: remembered ? String(remembered.workspaceId) : '',
      keep: expired?.keep ?? false,
    });
  const { error, retryAt, submit, clearError } = useSignIn(onSignIn ?? ((s, keep) => store.signIn(s, keep)));
  // Someone coming back needs only their secret: the cursor starts there.
  const focusSecret = !!remembered && (remembered.method === 'apiKey' || !!remembered.email);

  const onSubmit = handleSubmit(async (values) => {
    const refused = await submit(values);
    if (refused?.fix) setFocus(refused.fix, { shouldSelect: true });
  });

  const switchMethod = () => {
    const next = method === 'basic' ? 'apiKey' : 'basic';
    chooseMethod(next);
    clearError();
    // The field that replaced the one in use takes the cursor, so the keyboard stays where it was.
    requestAnimationFrame(() => setFocus(next === 'basic' ? 'email' : 'apiKey'));
  };
  const { takingOver, formRef } = usePrerenderedTakeover(!overlay, {
    setValue,
    setFocus,
    switchMethod,
    submit: () => void onSubmit(),
    defaultFocus: focusSecret ? 'password' : 'email',
  });
  // In the pre-rendered page the browser focuses the field; in a takeover the hook puts the cursor back.
  const autoFocus = !takingOver;

  const card = (
    <form
      ref={formRef}
      className="sign-in-card"
      onSubmit={onSubmit}
      method="post"
      noValidate
      aria-labelledby="sign-in-title"
    >
      <header className="sign-in-header">
        <span className="sign-in-brand" aria-hidden>
          ◷
        </span>
        <span className="sign-in-product">Focus time</span>
      </header>
      <div>
        <h1 id="sign-in-title">{overlay ? 'Sign in again' : 'Sign in to Focus time'}</h1>
        <p className="muted sign-in-lede">
          {overlay
            ? 'Your work is still here. Sign in to carry on where you left off.'
            : 'Review and correct your team’s Toggl Focus time entries.'}
        </p>
      </div>
      {expired && (
        <p className="notice" role="status">
          {expired.reason}
        </p>
      )}
      {prerender && (
        // Only in the page drawn at build time: without scripts the form cannot sign in, and says so.
        <noscript>
          <div className="form-error sign-in-error" role="alert">
            Signing in needs JavaScript, which is turned off for this page. Turn it on, then reload the page.
          </div>
        </noscript>
      )}
      {error && (
        <div className="form-error sign-in-error" role="alert">
          {retryAt === null ? error : <RetryCountdown until={retryAt} />}
        </div>
      )}

      {method === 'basic' ? (
        <>
          <SignInField label="Email" id="sign-in-email" error={errors.email}>
            {(aria) => (
              <input
                id="sign-in-email"
                type="email"
                autoComplete="username"
                autoFocus={autoFocus && !focusSecret}
                {...aria}
                {...register('email')}
              />
            )}
          </SignInField>
          <SignInField label="Password" id="sign-in-password" error={errors.password}>
            {(aria) => (
              <input
                id="sign-in-password"
                type="password"
                autoComplete="current-password"
                // The sign-in form is the page's only content: its first empty field takes focus.
                // eslint-disable-next-line jsx-a11y-x/no-autofocus
                autoFocus={autoFocus && focusSecret}
                {...aria}
                {...register('password')}
              />
            )}
          </SignInField>
        </>
      ) : (
        <SignInField
          label="API key"
          id="sign-in-api-key"
          error={errors.apiKey}
          hint="Your personal API key starts with toggl_sk_."
        >
          {(aria) => (
            <input
              id="sign-in-api-key"
              type="password"
              autoComplete="off"
              spellCheck={false}
              placeholder="toggl_sk_…"
              // Chosen by the person a moment ago ("Use an API key instead"): the field takes focus.
              // eslint-disable-next-line jsx-a11y-x/no-autofocus
              autoFocus={autoFocus}
              {...aria}
              {...register('apiKey')}
            />
          )}
        </SignInField>
      )}
      <button type="button" className="button link sign-in-switch" onClick={switchMethod}>
        {method === 'basic' ? 'Use an API key instead' : 'Use email and password instead'}
      </button>

      <div className="field-row">
        <SignInField label="Organization ID" id="sign-in-org" error={errors.organizationId}>
          {(aria) => <input id="sign-in-org" inputMode="numeric" {...aria} {...register('organizationId')} />}
        </SignInField>
        <SignInField label="Workspace ID" id="sign-in-ws" error={errors.workspaceId}>
          {(aria) => <input id="sign-in-ws" inputMode="numeric" {...aria} {...register('workspaceId')} />}
        </SignInField>
      </div>

      <div className="sign-in-keep">
        <label className="checkbox">
          <input type="checkbox" aria-describedby="sign-in-keep-hint" {...register('keep')} />
          Keep me signed in on this tab
        </label>
        <span className="field-hint" id="sign-in-keep-hint">
          Stay signed in when this tab reloads. Otherwise reloading or closing the tab signs you out.
        </span>
      </div>

      <button type="submit" className="button primary wide" disabled={prerender || submitting}>
        {submitting ? 'Signing in…' : 'Sign in'}
      </button>
      {overlay && onSignOut ? (
        <p className="sign-in-footer">
          Not you?{' '}
          <button type="button" className="button link" onClick={onSignOut}>
            Sign out and discard unsaved changes
          </button>
        </p>
      ) : (
        remembered && (
          <p className="sign-in-footer">
            <button
              type="button"
              className="button link"
              onClick={() => {
                store.forget();
                setRemembered(null);
                setValue('email', '');
                setValue('organizationId', '');
                setValue('workspaceId', '');
                setFocus('email');
              }}
            >
              Forget the remembered email and IDs
            </button>
          </p>
        )
      )}
    </form>
  );

  return overlay ? (
    <ModalOverlay className="sign-in-overlay" aria-labelledby="sign-in-title">
      {card}
    </ModalOverlay>
  ) : (
    <main className="sign-in-page">{card}</main>
  );
}
