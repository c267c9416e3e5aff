import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { hasPrerenderedForm, readPrerenderedInput, type PrerenderedInput } from './prerendered-form.ts';
import type { SignInField, SignInValues } from './sign-in-values.ts';

interface TakeOverActions {
  setValue: <K extends SignInField | 'keep'>(name: K, value: SignInValues[K]) => void;
  setFocus: (name: SignInField) => void;
  switchMethod: () => void;
  submit: () => void;
  /** The field the screen would focus by itself. */
  defaultFocus: 'email' | 'password';
}

const FIELDS = ['email', 'password', 'apiKey', 'organizationId', 'workspaceId'] as const;

function applyInput(input: PrerenderedInput, form: HTMLFormElement | null, actions: TakeOverActions) {
  for (const name of FIELDS) {
    const value = input.values[name];
    if (value !== undefined) actions.setValue(name, value);
  }
  if (input.values.keep) actions.setValue('keep', true);
  if (input.switched) actions.switchMethod();
  const focus = input.focus;
  // When only the page's autofocus put the cursor in the first field, the screen's own choice applies instead
  // (the password, for someone whose email this browser remembers). A person who clicked or pressed a key
  // keeps the cursor where they put it: their next keys must not land in another field (the password, unseen).
  const moved = focus !== null && (focus.index > 0 || Object.keys(input.values).length > 0 || input.acted);
  const el = moved && !input.switched ? form?.elements[focus.index] : undefined;
  if (focus && el instanceof HTMLElement) {
    el.focus();
    const field = FIELDS.find((name) => el instanceof HTMLInputElement && el.name === name);
    if (el instanceof HTMLInputElement && field && el.value !== '' && input.values[field] === undefined) {
      // The field was empty when the person chose it and the app filled in what it remembers: all of it is
      // selected, so what they type replaces it, as it would have in the empty field.
      el.select();
    } else if (el instanceof HTMLInputElement && focus.start !== null && focus.end !== null) {
      try {
        el.setSelectionRange(focus.start, focus.end);
      } catch {
        // A field without a text selection (email) keeps the browser's caret at the end.
      }
    }
  } else if (!input.switched) {
    actions.setFocus(actions.defaultFocus);
  }
  if (input.submitted) actions.submit();
}

/**
 * Takes over the sign-in form pre-rendered in index.html (see prerendered-form.ts), in the same commit that
 * draws this one, so nothing typed in between is lost and the cursor stays where it was. Returns whether a
 * takeover is under way (the screen's own autofocus then stays off: this hook puts the cursor back) and the
 * ref for the screen's form.
 */
export function usePrerenderedTakeover(
  enabled: boolean,
  actions: TakeOverActions,
): { takingOver: boolean; formRef: RefObject<HTMLFormElement | null> } {
  const [takingOver] = useState(() => enabled && hasPrerenderedForm());
  const formRef = useRef<HTMLFormElement>(null);
  useLayoutEffect(() => {
    if (!takingOver) return;
    const input = readPrerenderedInput();
    if (input) applyInput(input, formRef.current, actions);
    // Once, at the first commit: later renders have nothing left to take over.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [takingOver]);
  return { takingOver, formRef };
}
