/**
 * The person's language, as the browser reports it to Intl. Every date and number a screen shows goes
 * through it; functions take the locale as a parameter (defaulting to this) so tests can pin one.
 */
let locale: string | undefined;
export function localLocale(): string {
  locale ??= Intl.DateTimeFormat().resolvedOptions().locale;
  return locale;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** `2,958` in en-GB, `2.958` in de-DE: a whole count in the person's digits and grouping. */
export function formatCount(n: number, lang = localLocale()): string {
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
    numberFormats.set(lang, f);
  }
  return f.format(n);
}

interface WeekInfo {
  firstDay: number;
}
type LocaleWithWeek = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };

/**
 * The first day of the week where the person lives, as date-fns counts days (0 Sunday … 6 Saturday):
 * Monday in most of Europe, Sunday in the US. Monday when the browser cannot tell.
 */
export function weekStartsOn(lang = localLocale()): 0 | 1 | 2 | 3 | 4 | 5 | 6 {
  try {
    const l = new Intl.Locale(lang) as LocaleWithWeek;
    // Intl says 1 (Monday) … 7 (Sunday); older engines have the property, newer ones the method.
    const first = (l.getWeekInfo?.() ?? l.weekInfo)?.firstDay;
    if (typeof first === 'number' && first >= 1 && first <= 7) {
      return (first % 7) as 0 | 1 | 2 | 3 | 4 | 5 | 6;
    }
  } catch {
    // An odd language tag: fall through to Monday.
  }
  return 1;
}

/**
 * The first Intl formatter a page makes costs 15–40 ms on a slow machine while the browser loads its
 * locale data; later ones cost a millisecond or two. Making one of each kind at an idle moment (while
 * the person types on the sign-in screen) keeps that cost out of the task that shows the first rows.
 */
export function warmIntlWhenIdle(): void {
  const idle = (run: () => void) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(run, { timeout: 3000 })
      : setTimeout(run, 300);
  idle(() => {
    formatCount(0);
    idle(() => new Intl.DateTimeFormat(localLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(0));
  });
}
