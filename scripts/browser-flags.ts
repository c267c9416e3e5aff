/**
 * What every Chromium the tests and benchmarks launch is told, besides sandbox and GPU (which differ):
 * no background traffic, updates or sync; and none of Chromium 156's omnibox popups, pages of their own
 * loaded in a renderer of their own when a window opens (1.0–1.65 s of CPU beside the page under test
 * on 2 cores; the first two features off still left the AI-mode popup).
 */
export const QUIET_CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=PreloadTopChromeWebUI,WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];
