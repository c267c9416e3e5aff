import { useEffect, useRef, type InputHTMLAttributes } from 'react';
import { useCellTabIndex } from './grid-context.ts';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  indeterminate?: boolean;
}

/**
 * A checkbox that can show the mixed state ("some rows selected"), which HTML sets only from script.
 * Its label is the hit area: on a touch screen it grows to a finger's size around the box.
 */
export function Checkbox({ indeterminate = false, className, ...rest }: Props) {
  const ref = useRef<HTMLInputElement>(null);
  const tabIndex = useCellTabIndex();
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return (
    <label className="dt-check-hit">
      <input
        ref={ref}
        type="checkbox"
        className={`dt-checkbox ${className ?? ''}`}
        tabIndex={tabIndex}
        {...rest}
      />
    </label>
  );
}
