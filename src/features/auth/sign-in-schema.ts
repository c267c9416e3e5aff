import { z } from 'zod';

const positiveId = (label: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `Enter the ${label}` })
    .regex(/^\d+$/, { error: `The ${label} is a number, such as 1` })
    .refine((v) => Number(v) > 0 && Number.isSafeInteger(Number(v)), {
      error: `The ${label} is a positive number`,
    });

export const signInSchema = z
  .object({
    method: z.enum(['basic', 'apiKey']),
    email: z.string().trim(),
    password: z.string(),
    apiKey: z.string().trim(),
    organizationId: positiveId('organization ID'),
    workspaceId: positiveId('workspace ID'),
    keep: z.boolean(),
  })
  .superRefine((v, ctx) => {
    if (v.method === 'basic') {
      if (!v.email) ctx.addIssue({ code: 'custom', path: ['email'], message: 'Enter your email address' });
      else if (!/^[^\s@]+@[^\s@]+$/.test(v.email))
        ctx.addIssue({
          code: 'custom',
          path: ['email'],
          message: 'Enter an email address such as you@example.com',
        });
      if (!v.password) ctx.addIssue({ code: 'custom', path: ['password'], message: 'Enter your password' });
    } else if (!v.apiKey) {
      ctx.addIssue({ code: 'custom', path: ['apiKey'], message: 'Enter your API key' });
    } else if (/\s/.test(v.apiKey)) {
      ctx.addIssue({ code: 'custom', path: ['apiKey'], message: 'An API key has no spaces in it' });
    }
  });

export type SignInValues = z.infer<typeof signInSchema>;
