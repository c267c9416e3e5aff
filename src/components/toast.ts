import type { ExternalToast } from 'sonner';

/**
 * The dashboard's toasts, without sonner on the first load: calls made before the library has arrived are
 * kept in order and replayed once it has (sonner shows a toast made before its Toaster subscribed). Each
 * call returns its toast's id at once, so a loading toast can still be turned into its outcome.
 */
type Sonner = typeof import('sonner');
type Message = Parameters<Sonner['toast']['success']>[0];
type Kind = 'success' | 'error' | 'info' | 'warning' | 'loading';
export type ToastId = string | number;

let sonner: Sonner | null = null;
let loading: Promise<Sonner> | null = null;
let queue: ((s: Sonner) => void)[] = [];
const listeners = new Set<() => void>();
let made = 0;

/** Fetches sonner (once); the Toaster host draws as soon as it is here. */
export function loadToasts(): Promise<Sonner> {
  loading ??= import('sonner').then((m) => {
    sonner = m;
    const waiting = queue;
    queue = [];
    for (const call of waiting) call(m);
    for (const listener of listeners) listener();
    return m;
  });
  return loading;
}

export const loadedToasts = () => sonner;
export function onToastsLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function run(call: (s: Sonner) => void) {
  if (sonner) call(sonner);
  else {
    queue.push(call);
    void loadToasts().catch(() => {
      // Offline with the chunk missing: the toast is lost, the action it reports is not.
      queue = [];
      loading = null;
    });
  }
}

const show =
  (kind: Kind) =>
  (message: Message, options: ExternalToast = {}): ToastId => {
    const id = options.id ?? `toast-${++made}`;
    run((s) => s.toast[kind](message, { ...options, id }));
    return id;
  };

export const toast = {
  success: show('success'),
  error: show('error'),
  info: show('info'),
  warning: show('warning'),
  loading: show('loading'),
  /** One toast, or all of them; nothing to do while sonner has not been needed yet. */
  dismiss(id?: ToastId) {
    if (sonner) sonner.toast.dismiss(id);
    else if (id === undefined) queue = [];
    else run((s) => s.toast.dismiss(id));
  },
};
