import type { Role } from '@orderdesk/migrations';

/** The logged-in user as the API and the panel see it. */
export interface SessionUser {
  id: number;
  username: string;
  role: Role;
  full_name: string;
}
