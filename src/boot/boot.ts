// The page's entry module, and the only one fetched before the first paint: index.html already holds the
// sign-in form (pre-rendered at build time), so this only brings its stylesheet, keeps the form from
// submitting natively, and fetches the app once the form is on screen. The stylesheets are imported here in
// the order the app's modules had them, so the cascade is the same as when the app brought them.
import '../components/error-boundary.css';
import '../features/auth/sign-in.css';
import '../features/auth/quota-banner.css';
import '../app/toasts.css';
import '../tokens.css';
import '../styles.css';
import '../narrow.css';
import './boot.css';
import { holdPrerenderedForm, reportAppFailure } from '../features/auth/prerendered-form.ts';
import { afterFirstPaint } from './after-first-paint.ts';

holdPrerenderedForm();
const start = () => void import('../main.tsx').catch(reportAppFailure);
// A tab that kept its session shows no form: it needs the app at once.
if (document.documentElement.dataset.boot === 'resume') start();
else afterFirstPaint(start);
