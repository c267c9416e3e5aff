import { CURRENT_ROW } from '../components/data-table/grid-context.ts';
import { OverflowTooltip } from '../components/overflow-tooltip.tsx';
import { ToasterHost } from '../components/toaster-host.tsx';
import { useMediaQuery } from '../components/use-media-query.ts';
import { useTheme } from './theme.ts';

/**
 * What the dashboard puts over every view: toasts and the full text of cut-off cells. Loaded with the
 * dashboard, never by the sign-in screen, which shows neither.
 */
export function DashboardChrome() {
  const { theme } = useTheme();
  // On a phone the bottom of the screen belongs to dialog sheets and their buttons: toasts go on top.
  const phone = useMediaQuery('(max-width: 767px)');
  return (
    <>
      <OverflowTooltip />
      {/* Toasts stay live above dialogs: an Undo must be reachable while a form is open. */}
      <div data-above-modals data-focus-fallback={CURRENT_ROW}>
        <ToasterHost
          theme={theme}
          position={phone ? 'top-center' : 'bottom-center'}
          richColors
          closeButton
          toastOptions={{ duration: 8000 }}
        />
      </div>
    </>
  );
}
