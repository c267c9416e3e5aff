/**
 * Runs `then` once the page's first contentful paint is reported (the paint timing entry arrives after the
 * frame is on screen, so nothing started here competes with it). Where paint timing is missing, a task
 * queued from a frame callback runs after that frame's paint. A hidden tab paints nothing, so a timer
 * stands in there, and in case a paint is never reported.
 */
export function afterFirstPaint(then: () => void, fallbackMs = 2000): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    then();
  };
  if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      run();
    });
    observer.observe({ type: 'paint', buffered: true });
  } else {
    requestAnimationFrame(() => setTimeout(run, 0));
  }
  setTimeout(run, document.visibilityState === 'hidden' ? 0 : fallbackMs);
}
