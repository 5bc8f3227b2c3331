import { ROLES } from '@orderdesk/migrations';
import { z } from 'zod';

export const newUserBody = z.strictObject({
  username: z
    .string()
    .trim()
    .min(3, 'must be at least 3 characters')
    .max(60)
    .regex(/^[a-zA-Z0-9._-]+$/, 'may use only letters, digits, dot, dash and underscore'),
  password: z.string().min(12, 'must be at least 12 characters').max(1000),
  role: z.enum(ROLES),
  full_name: z.string().trim().min(1, 'is required').max(200),
  email: z.email().max(320).optional(),
});
export type NewUser = z.infer<typeof newUserBody>;

/**
 * What an admin may change on a user (System > Users > Edit): the username stays. `password` resets it
 * (the user's other sessions end); `email: null` clears it.
 */
export const userChangesBody = z
  .strictObject({
    role: z.enum(ROLES).optional(),
    full_name: z.string().trim().min(1, 'is required').max(200).optional(),
    email: z.email().max(320).nullable().optional(),
    is_active: z.boolean().optional(),
    password: z.string().min(12, 'must be at least 12 characters').max(1000).optional(),
  })
  .refine((changes) => Object.keys(changes).length > 0, 'give at least one field to change');
export type UserChanges = z.infer<typeof userChangesBody>;
