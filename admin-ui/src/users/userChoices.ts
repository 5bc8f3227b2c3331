import { ROLES } from '../permissions';

export const roleChoices = ROLES.map((role) => ({ id: role, name: `orderdesk.roles.${role}` }));

/** The API's rule (users/schemas.ts): at least 12 characters. */
export const PASSWORD_MIN_LENGTH = 12;

interface UserFormValues {
  role?: unknown;
  full_name?: unknown;
  email?: unknown;
  is_active?: unknown;
  password?: unknown;
}

const filled = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** Edit sends what may change (PUT /api/users/:id refuses anything else); an empty password keeps it. */
export const toUserChanges = (values: UserFormValues) => ({
  role: values.role,
  full_name: values.full_name,
  email: filled(values.email) ? values.email.trim() : null,
  is_active: values.is_active,
  ...(filled(values.password) ? { password: values.password } : {}),
});

/** Create sends the new user's fields, without an empty e-mail. */
export const toNewUser = (values: UserFormValues & { username?: unknown }) => ({
  username: values.username,
  full_name: values.full_name,
  role: values.role,
  password: values.password,
  ...(filled(values.email) ? { email: values.email.trim() } : {}),
});
