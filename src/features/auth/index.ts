export { SignInScreen } from './sign-in-screen.tsx';
export { QuotaBanner } from './quota-banner.tsx';
