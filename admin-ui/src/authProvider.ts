import type { AuthProvider, UserIdentity } from 'react-admin';
import { API_URL, httpClient } from './httpClient';
import { can, isRole, type Role } from './permissions';
import { preferencesStore } from './preferences/serverBackedStore';

/** What `POST /api/auth/login` and `GET /api/auth/me` answer. */
export interface SessionUser {
  id: number;
  username: string;
  role: Role;
  full_name: string;
}

export interface Credentials {
  username: string;
  password: string;
}

export interface OrderDeskIdentity extends UserIdentity {
  id: number;
  fullName: string;
  username: string;
  role: Role;
}

const parseSessionUser = (json: unknown): SessionUser => {
  const user = (typeof json === 'object' && json !== null ? json : {}) as Partial<
    Record<keyof SessionUser, unknown>
  >;
  if (typeof user.id !== 'number' || typeof user.username !== 'string') {
    throw new Error('ra.notification.http_error');
  }
  if (!isRole(user.role)) throw new Error('orderdesk.auth.unknown_role');
  const fullName =
    typeof user.full_name === 'string' && user.full_name !== '' ? user.full_name : user.username;
  return { id: user.id, username: user.username, role: user.role, full_name: fullName };
};

// The user of this page's session. react-admin checks auth on every navigation; one request per page
// load is enough (the API still answers 401 if the session ends, and checkError then logs out).
// A reload starts empty and asks /api/auth/me again.
let currentUser: SessionUser | null = null;
let pendingUser: Promise<SessionUser> | null = null;

const fetchCurrentUser = (): Promise<SessionUser> => {
  if (currentUser) return Promise.resolve(currentUser);
  pendingUser ??= httpClient(`${API_URL}/auth/me`)
    .then(({ json }) => {
      currentUser = parseSessionUser(json);
      // A page load with a session: the saved queries come in the background, the page does not wait.
      void preferencesStore.loadFromServer({ adoptLocal: true });
      return currentUser;
    })
    .finally(() => {
      pendingUser = null;
    });
  return pendingUser;
};

/**
 * What canAccess would answer, at once, or null while no session is loaded. <Admin requireAuth> loads the
 * session before any page renders, so a page may use this instead of react-admin's own check, which
 * answers a render pass later (and, per record, once per row).
 */
export const canAccessNow = (resource: string, action: string): boolean | null =>
  currentUser ? can(currentUser.role, resource, action) : null;

// react-admin goes to the login page without its "please log in" notice when the message is false:
// a first visit, or a reload after the session ended, needs no error.
const silentAuthFailure = (): Error => Object.assign(new Error(), { message: false });

const statusOf = (error: unknown): number | undefined => {
  const status =
    typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined;
  return typeof status === 'number' ? status : undefined;
};

export const authProvider: AuthProvider = {
  // A wrong password (401) or too many attempts (429) rejects with the API's message, which the login
  // form shows as is.
  login: async ({ username, password }: Credentials) => {
    currentUser = null;
    const { json } = await httpClient(`${API_URL}/auth/login`, {
      method: 'POST',
      body: JSON.stringify({ username, password }),
    });
    currentUser = parseSessionUser(json);
    void preferencesStore.loadFromServer();
  },

  logout: async () => {
    const wasLoggedIn = currentUser !== null;
    currentUser = null;
    if (!wasLoggedIn) return;
    try {
      // The API refuses a state-changing request without a JSON body type, hence the empty object.
      await httpClient(`${API_URL}/auth/logout`, { method: 'POST', body: '{}' });
    } catch {
      // The session is already gone server-side (expired, or the API restarted): nothing left to end.
    }
  },

  checkAuth: async () => {
    try {
      await fetchCurrentUser();
    } catch {
      throw silentAuthFailure();
    }
  },

  // 401: the session ended; react-admin notifies with this message, then calls logout (which clears the
  // cached user). 403: the role may not do this; stay logged in, the request's notification says why.
  checkError: (error: unknown) =>
    statusOf(error) === 401 ? Promise.reject(new Error('ra.notification.logged_out')) : Promise.resolve(),

  getIdentity: async (): Promise<OrderDeskIdentity> => {
    const user = await fetchCurrentUser();
    return { id: user.id, fullName: user.full_name, username: user.username, role: user.role };
  },

  getPermissions: async (): Promise<Role> => (await fetchCurrentUser()).role,

  canAccess: async ({ resource, action }) => {
    try {
      const user = await fetchCurrentUser();
      return can(user.role, resource, action);
    } catch {
      return false;
    }
  },
};
