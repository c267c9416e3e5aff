import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import {
  identityOf,
  signInErrorMessage,
  useSessionStore,
  verifySession,
  type Session,
} from '../../api/index.ts';
import { signInSchema, type SignInValues } from './sign-in-schema.ts';
import './sign-in.css';

const API_BASE = '/api';

interface SignInScreenProps {
  /** Shown over a dashboard whose sign-in expired, instead of as a page of its own. */
  overlay?: boolean;
  reason?: string;
  onSignedIn?: (identity: string) => void;
}

export function SignInScreen({ overlay = false, reason, onSignedIn }: SignInScreenProps) {
  const store = useSessionStore();
  const remembered = store.remembered();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<SignInValues>({
    resolver: zodResolver(signInSchema),
    defaultValues: {
      method: remembered?.method ?? 'basic',
      email: remembered?.email ?? '',
      password: '',
      apiKey: '',
      organizationId: remembered ? String(remembered.organizationId) : '',
      workspaceId: remembered ? String(remembered.workspaceId) : '',
      keep: false,
    },
  });
  const { register, handleSubmit, control, setValue, formState } = form;
  const method = useWatch({ control, name: 'method' });
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const session: Session = {
      credentials:
        values.method === 'basic'
          ? { kind: 'basic', email: values.email, password: values.password }
          : { kind: 'apiKey', apiKey: values.apiKey },
      organizationId: Number(values.organizationId),
      workspaceId: Number(values.workspaceId),
    };
    try {
      await verifySession(API_BASE, session);
    } catch (e) {
      setError(signInErrorMessage(e));
      return;
    }
    store.signIn(session, values.keep);
    onSignedIn?.(identityOf(session));
  });

  const body = (
    <form className="sign-in-card" onSubmit={onSubmit} noValidate aria-labelledby="sign-in-title">
      <div className="sign-in-brand" aria-hidden>
        ◷
      </div>
      <h1 id="sign-in-title">{overlay ? 'Sign in again' : 'Sign in to Focus time'}</h1>
      <p className="muted">Review and correct your Toggl Focus time entries.</p>
      {reason && (
        <p className="notice" role="status">
          {reason}
        </p>
      )}
      {error && (
        <div className="form-error" role="alert">
          {error}
        </div>
      )}

      <div className="segmented" role="radiogroup" aria-label="Sign in with">
        <label>
          <input type="radio" value="basic" {...register('method')} />
          <span>Email and password</span>
        </label>
        <label>
          <input type="radio" value="apiKey" {...register('method')} />
          <span>API key</span>
        </label>
      </div>

      {method === 'basic' ? (
        <>
          <Field label="Email" error={errors.email?.message} htmlFor="sign-in-email">
            <input id="sign-in-email" type="email" autoComplete="username" autoFocus {...register('email')} />
          </Field>
          <Field label="Password" error={errors.password?.message} htmlFor="sign-in-password">
            <input
              id="sign-in-password"
              type="password"
              autoComplete="current-password"
              {...register('password')}
            />
          </Field>
        </>
      ) : (
        <Field label="API key" error={errors.apiKey?.message} htmlFor="sign-in-api-key">
          <input
            id="sign-in-api-key"
            type="password"
            autoComplete="off"
            spellCheck={false}
            placeholder="toggl_sk_…"
            autoFocus
            {...register('apiKey')}
          />
        </Field>
      )}

      <div className="field-row">
        <Field label="Organization ID" error={errors.organizationId?.message} htmlFor="sign-in-org">
          <input id="sign-in-org" inputMode="numeric" {...register('organizationId')} />
        </Field>
        <Field label="Workspace ID" error={errors.workspaceId?.message} htmlFor="sign-in-ws">
          <input id="sign-in-ws" inputMode="numeric" {...register('workspaceId')} />
        </Field>
      </div>

      <label className="checkbox">
        <input type="checkbox" {...register('keep')} />
        Keep me signed in on this tab
      </label>

      <button type="submit" className="button primary wide" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? 'Signing in…' : 'Sign in'}
      </button>
      {remembered && !overlay && (
        <button
          type="button"
          className="button link"
          onClick={() => {
            store.forget();
            setValue('email', '');
            setValue('organizationId', '');
            setValue('workspaceId', '');
          }}
        >
          Forget remembered details
        </button>
      )}
    </form>
  );

  return overlay ? (
    <div className="sign-in-overlay" role="dialog" aria-modal="true" aria-labelledby="sign-in-title">
      {body}
    </div>
  ) : (
    <div className="sign-in-page">{body}</div>
  );
}

function Field(props: {
  label: string;
  htmlFor: string;
  error?: string | undefined;
  children: React.ReactNode;
}) {
  const errorId = `${props.htmlFor}-error`;
  return (
    <div className="field" data-invalid={props.error ? '' : undefined}>
      <label htmlFor={props.htmlFor}>{props.label}</label>
      {props.children}
      {props.error && (
        <span className="field-error" id={errorId}>
          {props.error}
        </span>
      )}
    </div>
  );
}
