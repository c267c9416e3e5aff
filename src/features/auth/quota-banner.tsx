import { useEffect, useState } from 'react';
import { quotaResetPhrase, useQuotaWait } from '../../api/index.ts';
import './quota-banner.css';

/** Re-renders every `ms` while `active`, so a countdown stays true. */
function useNow(active: boolean, ms: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [active, ms]);
  return now;
}

/**
 * Says plainly that the API's hourly request quota is used up and when it frees up, for as long as
 * that lasts. Mounted once above the dashboard; shows nothing otherwise.
 */
export function QuotaBanner() {
  const wait = useQuotaWait();
  const now = useNow(wait !== null, 15_000);
  return (
    <div className="quota-banner-region" role="status" aria-live="polite">
      {wait && (
        <div className="quota-banner">
          <span className="quota-banner-icon" aria-hidden>
            ⏳
          </span>
          <p>
            <strong>Focus’s hourly limit is used up.</strong> Loading and saving pause until it resets{' '}
            {quotaResetPhrase(wait.resetsAt, Math.max(now, wait.since))}. Nothing you typed is lost, and the
            dashboard picks up again by itself.
          </p>
        </div>
      )}
    </div>
  );
}
