import { useEffect, useState } from 'react';
import { secondsUntil, tooManyAttemptsMessage } from '../../api/index.ts';

/**
 * "Too many attempts; try again in 40 s", counting down each second until the server's wait is over.
 * Inside an alert only the first words are announced: the seconds tick in a part that is not live.
 */
export function RetryCountdown({ until }: { until: number }) {
  const [now, setNow] = useState(() => Date.now());
  const left = secondsUntil(until, now);
  useEffect(() => {
    if (left === 0) return;
    // Wakes at the next whole second of the wait, so the number changes when a second has passed.
    const timer = setTimeout(() => setNow(Date.now()), ((until - Date.now()) % 1000 || 1000) + 5);
    return () => clearTimeout(timer);
  }, [left, until, now]);
  if (left === 0) return <>You can try again now.</>;
  const [, words, seconds] = /^(.*?)(\d+ s)$/.exec(tooManyAttemptsMessage(left)) ?? [];
  return (
    <>
      {words}
      <span aria-live="off">{seconds}</span>
    </>
  );
}
