/**
 * Runs `then` once the page has painted: a frame callback runs just before a paint, a task queued from it
 * runs after. A hidden tab paints nothing and gets no frames, so a timer stands in there.
 */
export function afterFirstPaint(then: () => void, fallbackMs = 1000): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    then();
  };
  requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, fallbackMs);
}
