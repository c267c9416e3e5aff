/**
 * The sign-in form's values and their check, in plain code: the sign-in screen is on every first load,
 * and a schema library there would cost more bytes than the whole screen.
 */
export interface SignInValues {
  method: 'basic' | 'apiKey';
  email: string;
  password: string;
  apiKey: string;
  organizationId: string;
  workspaceId: string;
  keep: boolean;
}

/** The text fields, in the order they appear (the first one in error takes the cursor). */
export const SIGN_IN_FIELDS = ['email', 'password', 'apiKey', 'organizationId', 'workspaceId'] as const;
export type SignInField = (typeof SIGN_IN_FIELDS)[number];
export type SignInErrors = Partial<Record<SignInField, string>>;

function idError(value: string, label: string): string | undefined {
  if (!value) return `Enter the ${label}`;
  if (!/^\d+$/.test(value)) return `The ${label} is a number, such as 1`;
  const n = Number(value);
  return n > 0 && Number.isSafeInteger(n) ? undefined : `The ${label} is a positive number`;
}

/** Checks what was typed; gives the values to sign in with (trimmed), or a message per field in error. */
export function checkSignIn(
  raw: SignInValues,
): { values: SignInValues; errors: null } | { errors: SignInErrors } {
  const values: SignInValues = {
    ...raw,
    email: raw.email.trim(),
    apiKey: raw.apiKey.trim(),
    organizationId: raw.organizationId.trim(),
    workspaceId: raw.workspaceId.trim(),
  };
  const errors: SignInErrors = {};
  if (values.method === 'basic') {
    if (!values.email) errors.email = 'Enter your email address';
    else if (!/^[^\s@]+@[^\s@]+$/.test(values.email))
      errors.email = 'Enter an email address such as you@example.com';
    if (!values.password) errors.password = 'Enter your password';
  } else if (!values.apiKey) {
    errors.apiKey = 'Enter your API key';
  } else if (/\s/.test(values.apiKey)) {
    errors.apiKey = 'An API key has no spaces in it';
  }
  const org = idError(values.organizationId, 'organization ID');
  if (org) errors.organizationId = org;
  const ws = idError(values.workspaceId, 'workspace ID');
  if (ws) errors.workspaceId = ws;
  return Object.keys(errors).length ? { errors } : { values, errors: null };
}
