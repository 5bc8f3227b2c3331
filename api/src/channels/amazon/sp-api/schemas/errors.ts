import { z } from 'zod';

/** SP-API's error body: `{errors: [{code, message, details?}]}`. */
export const spApiErrorBodySchema = z.looseObject({
  errors: z
    .array(
      z.looseObject({ code: z.string(), message: z.string().optional(), details: z.string().optional() }),
    )
    .min(1),
});

/** Login with Amazon's token answer and its error body. */
export const lwaTokenSchema = z.looseObject({
  access_token: z.string().min(1),
  token_type: z.string(),
  expires_in: z.number().positive(),
  refresh_token: z.string().optional(),
});

export const lwaErrorSchema = z.looseObject({
  error: z.string(),
  error_description: z.string().optional(),
});
