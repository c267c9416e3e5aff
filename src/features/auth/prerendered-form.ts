/**
 * The sign-in form index.html carries, pre-rendered at build time from SignInScreen, so the page paints
 * before any of React arrives. Until the app takes over it is plain HTML: its submit button is disabled (so
 * Enter or a click can never submit it natively, with the password in a request), and once the boot module
 * runs, a press of Sign in or of the method switch is only noted here. The app's SignInScreen then takes
 * over what the person did: their typing, where the cursor was, and a Sign in they already asked for.
 */

/** The element around the pre-rendered markup (a sibling of #root, which the app renders into). */
export const PRERENDERED_ID = 'prerendered';

export type PrerenderedField = 'email' | 'password' | 'apiKey' | 'organizationId' | 'workspaceId' | 'keep';

export interface PrerenderedInput {
  /** What the person typed; empty fields are left out, so remembered defaults still apply. */
  values: Partial<Record<Exclude<PrerenderedField, 'keep'>, string>> & { keep?: boolean };
  /**
   * The control that had the cursor, by its place among the form's controls (the app's form has the same
   * ones), with the selection of a text field; null when the cursor was not in the form.
   */
  focus: { index: number; start: number | null; end: number | null } | null;
  /** Sign in was pressed (or Enter in a field) before the app was ready. */
  submitted: boolean;
  /** "Use an API key instead" was pressed before the app was ready. */
  switched: boolean;
  /** The person pressed a key or clicked before the app was ready, so the cursor is where they put it. */
  acted: boolean;
}

interface Held {
  container: HTMLElement;
  form: HTMLFormElement;
  submitted: boolean;
  switched: boolean;
}

let held: Held | null = null;
/** Whether the person typed or clicked in the page before the app arrived (kept after the takeover). */
let actedBeforeApp = false;

/** Run by the boot module: notes a Sign in or a switch pressed before the app is there, and sends nothing. */
export function holdPrerenderedForm(doc: Document = document): void {
  const container = doc.getElementById(PRERENDERED_ID);
  const form = container?.querySelector('form');
  if (!container || !form) return;
  const h: Held = { container, form, submitted: false, switched: false };
  held = h;
  for (const type of ['keydown', 'input', 'pointerdown'] as const) {
    doc.addEventListener(type, () => (actedBeforeApp = true), { capture: true, once: true });
  }
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    h.submitted = true;
  });
  form.addEventListener('click', (e) => {
    if (e.target instanceof Element && e.target.closest('.sign-in-switch')) h.switched = !h.switched;
  });
  // Enter and a click now reach the listener above instead of doing nothing.
  for (const button of form.querySelectorAll<HTMLButtonElement>('button[type=submit]'))
    button.disabled = false;
}

/** The app could not be fetched: the form says so, where its errors go, instead of waiting forever. */
export function reportAppFailure(): void {
  if (!held?.container.isConnected) return;
  const alert = held.form.ownerDocument.createElement('div');
  alert.className = 'form-error sign-in-error';
  alert.setAttribute('role', 'alert');
  alert.textContent = 'The page could not finish loading. Check your connection, then reload the page.';
  held.form.querySelector('h1')?.parentElement?.after(alert);
}

/** Whether the person started on the pre-rendered form before the app was there. */
export function personActedBeforeApp(): boolean {
  return actedBeforeApp;
}

/** Whether a pre-rendered form is on the page for the app to take over. */
export function hasPrerenderedForm(): boolean {
  return held !== null && held.container.isConnected;
}

/** Reads what the person did in the pre-rendered form; call while it is still on the page. */
export function readPrerenderedInput(): PrerenderedInput | null {
  if (!held || !held.container.isConnected) return null;
  const { form } = held;
  const values: PrerenderedInput['values'] = {};
  let focus: PrerenderedInput['focus'] = null;
  for (const input of form.querySelectorAll('input')) {
    const name = input.name as PrerenderedField;
    if (name === 'keep') {
      if (input.checked) values.keep = true;
    } else if (name && input.value !== '') values[name] = input.value;
  }
  const active = form.ownerDocument.activeElement;
  const index = [...form.elements].findIndex((el) => el === active);
  if (index >= 0) {
    let start: number | null = null;
    let end: number | null = null;
    try {
      if (active instanceof HTMLInputElement) [start, end] = [active.selectionStart, active.selectionEnd];
    } catch {
      // Email fields have no selection to read.
    }
    focus = { index, start, end };
  }
  return { values, focus, submitted: held.submitted, switched: held.switched, acted: actedBeforeApp };
}

/** Takes the pre-rendered markup off the page once the app has drawn its own. */
export function dropPrerendered(): void {
  held?.container.remove();
  held = null;
}
