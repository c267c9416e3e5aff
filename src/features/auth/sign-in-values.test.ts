import { describe, expect, it } from 'vitest';
import { checkSignIn, type SignInValues } from './sign-in-values.ts';

const base: SignInValues = {
  method: 'basic',
  email: ' lead@example.com ',
  password: 'secret',
  apiKey: '',
  organizationId: ' 1 ',
  workspaceId: '2',
  keep: false,
};

describe('checkSignIn', () => {
  it('gives the values trimmed when everything is there', () => {
    const result = checkSignIn(base);
    expect(result.errors).toBeNull();
    expect('values' in result && result.values).toMatchObject({
      email: 'lead@example.com',
      organizationId: '1',
    });
  });

  it('names each field in error, and only those of the chosen method', () => {
    const result = checkSignIn({
      ...base,
      email: 'nobody',
      password: '',
      organizationId: 'x',
      workspaceId: '0',
    });
    expect(result.errors).toEqual({
      email: 'Enter an email address such as you@example.com',
      password: 'Enter your password',
      organizationId: 'The organization ID is a number, such as 1',
      workspaceId: 'The workspace ID is a positive number',
    });
    expect(checkSignIn({ ...base, method: 'apiKey', email: '', password: '' }).errors).toEqual({
      apiKey: 'Enter your API key',
    });
    expect(checkSignIn({ ...base, method: 'apiKey', apiKey: 'toggl_sk_ a' }).errors).toEqual({
      apiKey: 'An API key has no spaces in it',
    });
  });

  it('asks for empty IDs and refuses ones too large to be exact', () => {
    expect(
      checkSignIn({ ...base, organizationId: '  ', workspaceId: '99999999999999999999' }).errors,
    ).toEqual({
      organizationId: 'Enter the organization ID',
      workspaceId: 'The workspace ID is a positive number',
    });
  });
});
