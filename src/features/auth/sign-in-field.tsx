import type { ReactNode } from 'react';

interface SignInFieldProps {
  label: string;
  id: string;
  error?: string | undefined;
  hint?: ReactNode;
  /** Gets the aria attributes that tie the input to its message. */
  children: (aria: { 'aria-invalid': boolean; 'aria-describedby': string | undefined }) => ReactNode;
}

/** A labelled input with its error (or hint) underneath, announced with the input. */
export function SignInField({ label, id, error, hint, children }: SignInFieldProps) {
  const messageId = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return (
    <div className="field" data-invalid={error ? '' : undefined}>
      <label htmlFor={id}>{label}</label>
      {children({ 'aria-invalid': !!error, 'aria-describedby': messageId })}
      {error ? (
        <span className="field-error" id={messageId}>
          {error}
        </span>
      ) : (
        hint && (
          <span className="field-hint" id={messageId}>
            {hint}
          </span>
        )
      )}
    </div>
  );
}
