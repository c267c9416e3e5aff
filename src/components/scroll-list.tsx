import type { HTMLAttributes } from 'react';
import { useKeyboardScrollable } from './use-keyboard-scrollable.ts';

/** A `<ul>` with a height limit that the keyboard can scroll once it overflows. */
export function ScrollList(props: HTMLAttributes<HTMLUListElement>) {
  const ref = useKeyboardScrollable<HTMLUListElement>();
  return <ul ref={ref} {...props} />;
}
