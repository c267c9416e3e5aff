import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import {
  checkSignIn,
  SIGN_IN_FIELDS,
  type SignInErrors,
  type SignInField,
  type SignInValues,
} from './sign-in-values.ts';

type Name = SignInField | 'keep';

/**
 * The sign-in form's state, with uncontrolled inputs: the values live in a ref (a field that is not on
 * screen, such as the API key while email and password show, keeps what it was given), the errors in
 * state. Like a form library set to check on submit: after the first try, each change checks again.
 */
export function useSignInForm(defaults: SignInValues) {
  const values = useRef<SignInValues>({ ...defaults });
  const elements = useRef(new Map<Name, HTMLInputElement>());
  const [method, setMethod] = useState(defaults.method);
  const [errors, setErrors] = useState<SignInErrors>({});
  const [submitting, setSubmitting] = useState(false);
  const tried = useRef(false);

  const recheck = (name: SignInField) => {
    const result = checkSignIn(values.current);
    setErrors((prev) => {
      const next = result.errors?.[name];
      if (prev[name] === next) return prev;
      const copy = { ...prev };
      if (next) copy[name] = next;
      else delete copy[name];
      return copy;
    });
  };

  const register = (name: Name) => ({
    name,
    ref: (el: HTMLInputElement | null) => {
      if (el) elements.current.set(name, el);
      else elements.current.delete(name);
    },
    ...(name === 'keep' ? { defaultChecked: values.current.keep } : { defaultValue: values.current[name] }),
    onChange: (e: ChangeEvent<HTMLInputElement>) => {
      if (name === 'keep') values.current.keep = e.target.checked;
      else {
        values.current[name] = e.target.value;
        if (tried.current) recheck(name);
      }
    },
  });

  const setValue = <K extends Name>(name: K, value: SignInValues[K]) => {
    values.current[name] = value;
    const el = elements.current.get(name);
    if (el && typeof value === 'boolean') el.checked = value;
    else if (el) el.value = String(value);
  };

  const setFocus = (name: SignInField, options: { shouldSelect?: boolean } = {}) => {
    const el = elements.current.get(name);
    el?.focus();
    if (options.shouldSelect) el?.select();
  };

  const chooseMethod = (next: SignInValues['method']) => {
    values.current.method = next;
    setMethod(next);
  };

  const handleSubmit = (onValid: (values: SignInValues) => Promise<void>) => async (e?: FormEvent) => {
    e?.preventDefault();
    tried.current = true;
    const result = checkSignIn(values.current);
    if (result.errors) {
      setErrors(result.errors);
      const first = SIGN_IN_FIELDS.find((f) => result.errors[f] && elements.current.has(f));
      if (first) setFocus(first);
      return;
    }
    setErrors({});
    setSubmitting(true);
    try {
      await onValid(result.values);
    } finally {
      setSubmitting(false);
    }
  };

  return { method, chooseMethod, errors, submitting, register, setValue, setFocus, handleSubmit };
}
