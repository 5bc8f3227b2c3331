import { z } from 'zod';

/** `POST /api/orders/:id/comments`: Magento's order comment, optionally e-mailed to the buyer. */
export const commentBody = z.strictObject({
  comment: z
    .string({ error: 'comment is required and must be text' })
    .trim()
    .min(1, 'comment must not be empty')
    .max(5000, 'comment must be at most 5000 characters'),
  notify: z.boolean({ error: 'notify must be true or false' }).default(false),
});

export type CommentInput = z.infer<typeof commentBody>;
