/** Where the e2e app listens, and its SP-API sandbox (a child process of the app in demo mode). */
export const APP_PORT = Number(process.env.E2E_PORT ?? 3300);
export const SANDBOX_PORT = APP_PORT + 10;
export const APP_URL = `http://127.0.0.1:${APP_PORT}`;
export const SANDBOX_URL = `http://127.0.0.1:${SANDBOX_PORT}`;
