import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import './combobox.css';

export interface ComboboxOption<K> {
  key: K;
  label: string;
  /** A colour dot before the label. */
  color?: string | undefined;
  /** Quieter text after it (a project, a client). */
  detail?: string | undefined;
  /** Not a result but a way out ("Any task"): shown lighter, left out of the count. */
  extra?: boolean;
  /** The value currently chosen: shown bold. */
  chosen?: boolean;
}

interface Props<K> {
  id: string;
  /** Text in the field while the list is closed: the chosen value. */
  display: string;
  placeholder: string;
  /** What the person has typed since opening the list; null while it is closed. */
  query: string | null;
  onQuery: (query: string | null) => void;
  /** The options for the query (already searched). */
  options: readonly ComboboxOption<K>[];
  onPick: (option: ComboboxOption<K>) => void;
  /** A search is on its way: the count waits for it. */
  searching: boolean;
  /** The listbox's name ("Tasks") and how a count reads ("3 tasks"). */
  listLabel: string;
  countText: (n: number) => string;
  emptyText: string;
  listClassName?: string;
  disabled?: boolean | undefined;
  invalid?: boolean | undefined;
  describedBy?: string | undefined;
  keyShortcuts?: string | undefined;
  onBlur?: () => void;
  ref?: Ref<HTMLInputElement>;
}

/**
 * An editable combobox with a list popup (the APG pattern): typing searches, ↓/↑ move through the
 * options and wrap, Alt+↓ opens the list without moving, Home/End jump to the ends once in the list,
 * Enter picks the active option (the first match while typing, so one match is one Enter), Escape closes
 * the list only, Tab leaves it. The active option is scrolled into view; a polite status says how many
 * options there are. Keys that finish an IME composition are left to the IME.
 */
export function Combobox<K>(props: Props<K>) {
  const { id, query, onQuery, options, onPick, searching } = props;
  const listId = useId();
  const open = query !== null;
  // -1: no option active (typing, or opened with Alt+↓); otherwise an index into options.
  const [active, setActive] = useState(-1);
  const [navigating, setNavigating] = useState(false);
  const inputRef = useRef<HTMLInputElement | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  // While typing, the first match is active: Enter takes it, so one match is one Enter.
  const current = !open
    ? -1
    : navigating
      ? Math.min(active, options.length - 1)
      : query && options.length > 0
        ? 0
        : -1;
  const activeId = current >= 0 ? `${listId}-${current}` : undefined;

  useLayoutEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  const close = () => {
    onQuery(null);
    setActive(-1);
    setNavigating(false);
  };
  const pick = (index: number) => {
    const option = options[index];
    if (option) onPick(option);
    close();
  };

  // Escape closes the list only. A dialog around it listens natively, so this must be native too.
  useEffect(() => {
    const el = inputRef.current;
    if (!el || !open) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Escape' && !e.isComposing) {
        e.stopPropagation();
        close();
      }
    };
    el.addEventListener('keydown', onKey);
    return () => el.removeEventListener('keydown', onKey);
  });

  // Pointer choice on the list, delegated: the options themselves stay plain.
  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const optionIndex = (e: Event) =>
      Number((e.target as Element).closest('[role="option"]')?.getAttribute('data-index') ?? -1);
    const keepFocus = (e: MouseEvent) => e.preventDefault();
    const onClick = (e: MouseEvent) => {
      const i = optionIndex(e);
      if (i >= 0) pick(i);
    };
    const onMove = (e: MouseEvent) => {
      const i = optionIndex(e);
      if (i >= 0 && i !== active) setActive(i);
    };
    list.addEventListener('mousedown', keepFocus);
    list.addEventListener('click', onClick);
    list.addEventListener('mousemove', onMove);
    return () => {
      list.removeEventListener('mousedown', keepFocus);
      list.removeEventListener('click', onClick);
      list.removeEventListener('mousemove', onMove);
    };
  });

  const move = (to: number) => {
    setNavigating(true);
    setActive(options.length === 0 ? -1 : (to + options.length) % options.length);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing || e.keyCode === 229) return;
    const key = e.key;
    if (key === 'ArrowDown' || key === 'ArrowUp') {
      e.preventDefault();
      if (!open) {
        onQuery('');
        // Alt+↓ only opens; ↓ and ↑ also go to the chosen option, or the first (last).
        const chosen = options.findIndex((o) => o.chosen);
        setNavigating(!e.altKey);
        setActive(e.altKey ? -1 : chosen >= 0 ? chosen : key === 'ArrowUp' ? options.length - 1 : 0);
        return;
      }
      if (e.altKey) return;
      move(current < 0 ? (key === 'ArrowDown' ? 0 : -1) : current + (key === 'ArrowDown' ? 1 : -1));
    } else if ((key === 'Home' || key === 'End') && open && navigating && options.length > 0) {
      e.preventDefault();
      move(key === 'Home' ? 0 : options.length - 1);
    } else if (key === 'Enter' && open) {
      // Enter picks; it must not also submit a form around the field.
      e.preventDefault();
      e.stopPropagation();
      if (current >= 0) pick(current);
    } else if (key === 'Tab' && open) {
      close();
    }
  };

  const results = options.filter((o) => !o.extra).length;
  const count = !open || searching ? '' : results ? props.countText(results) : props.emptyText;

  return (
    <div className="combobox">
      <input
        ref={(el) => {
          inputRef.current = el;
          const { ref } = props;
          if (typeof ref === 'function') ref(el);
          else if (ref) ref.current = el;
        }}
        id={id}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        aria-invalid={props.invalid || undefined}
        aria-describedby={props.describedBy}
        aria-keyshortcuts={props.keyShortcuts}
        autoComplete="off"
        placeholder={props.placeholder}
        disabled={props.disabled}
        value={open ? query : props.display}
        onChange={(e) => {
          setNavigating(false);
          setActive(-1);
          onQuery(e.target.value);
        }}
        onFocus={(e) => e.target.select()}
        onClick={() => !open && onQuery('')}
        onBlur={() => {
          close();
          props.onBlur?.();
        }}
        onKeyDown={onKeyDown}
      />
      {open && (
        <ul
          ref={listRef}
          id={listId}
          role="listbox"
          aria-label={props.listLabel}
          className={`combobox-list ${props.listClassName ?? ''}`}
        >
          {options.map((o, i) => (
            <li
              key={String(o.key)}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === current}
              data-index={i}
              data-chosen={o.chosen || undefined}
              className={o.extra ? 'muted' : undefined}
            >
              {o.color !== undefined && <span className="dot" style={{ background: o.color }} aria-hidden />}
              <span className="combobox-label">{o.label}</span>
              {o.detail && <span className="muted combobox-detail">{o.detail}</span>}
            </li>
          ))}
          {options.length === 0 && (
            <li role="presentation" className="muted combobox-note">
              {searching ? 'Searching…' : props.emptyText}
            </li>
          )}
        </ul>
      )}
      <span className="combobox-count" role="status" aria-live="polite">
        {count}
      </span>
    </div>
  );
}
