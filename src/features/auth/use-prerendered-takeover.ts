import { useLayoutEffect, useState } from 'react';
import type { UseFormSetFocus, UseFormSetValue } from 'react-hook-form';
import { hasPrerenderedForm, readPrerenderedInput, type PrerenderedInput } from './prerendered-form.ts';
import type { SignInValues } from './sign-in-schema.ts';

interface TakeOverActions {
  setValue: UseFormSetValue<SignInValues>;
  setFocus: UseFormSetFocus<SignInValues>;
  switchMethod: () => void;
  submit: () => void;
  /** The field the screen would focus by itself. */
  defaultFocus: 'email' | 'password';
}

const FIELDS = ['email', 'password', 'apiKey', 'organizationId', 'workspaceId'] as const;

function applyInput(input: PrerenderedInput, actions: TakeOverActions) {
  for (const name of FIELDS) {
    const value = input.values[name];
    if (value !== undefined) actions.setValue(name, value);
  }
  if (input.values.keep) actions.setValue('keep', true);
  if (input.switched) actions.switchMethod();
  const focus = input.focus;
  if (focus) {
    actions.setFocus(focus.name);
    const el = document.activeElement;
    if (el instanceof HTMLInputElement && focus.start !== null && focus.end !== null) {
      try {
        el.setSelectionRange(focus.start, focus.end);
      } catch {
        // A field without a text selection (email) keeps the browser's caret at the end.
      }
    }
  } else if (!input.switched && document.activeElement === document.body) {
    actions.setFocus(actions.defaultFocus);
  }
  if (input.submitted) actions.submit();
}

/**
 * Takes over the sign-in form pre-rendered in index.html (see prerendered-form.ts), in the same commit that
 * draws this one, so nothing typed in between is lost and the cursor stays where it was. Returns whether a
 * takeover is under way: the screen's own autofocus then stays off, this hook puts the cursor instead.
 */
export function usePrerenderedTakeover(enabled: boolean, actions: TakeOverActions): boolean {
  const [takingOver] = useState(() => enabled && hasPrerenderedForm());
  useLayoutEffect(() => {
    if (!takingOver) return;
    const input = readPrerenderedInput();
    if (input) applyInput(input, actions);
    // Once, at the first commit: later renders have nothing left to take over.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [takingOver]);
  return takingOver;
}
