import { z } from 'zod';

export const loginBody = z.strictObject({
  username: z.string().trim().min(1, 'is required').max(100),
  password: z.string().min(1, 'is required').max(1000),
});
