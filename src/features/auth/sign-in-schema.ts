import { z } from 'zod';

const positiveId = (label: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `${label} is required` })
    .regex(/^\d+$/, { error: `${label} must be a number` })
    .refine((v) => Number(v) > 0, { error: `${label} must be a positive number` });

export const signInSchema = z
  .object({
    method: z.enum(['basic', 'apiKey']),
    email: z.string().trim(),
    password: z.string(),
    apiKey: z.string().trim(),
    organizationId: positiveId('Organization ID'),
    workspaceId: positiveId('Workspace ID'),
    keep: z.boolean(),
  })
  .superRefine((v, ctx) => {
    if (v.method === 'basic') {
      if (!/^[^\s@]+@[^\s@]+$/.test(v.email))
        ctx.addIssue({ code: 'custom', path: ['email'], message: 'Enter your email address' });
      if (!v.password) ctx.addIssue({ code: 'custom', path: ['password'], message: 'Enter your password' });
    } else if (!v.apiKey) {
      ctx.addIssue({ code: 'custom', path: ['apiKey'], message: 'Enter your API key' });
    }
  });
export type SignInValues = z.infer<typeof signInSchema>;
