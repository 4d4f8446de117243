// The new-password rules the server applies (codes 6010 and 6011), checked before anything is sent.

export const MIN_PASSWORD_LENGTH = 6

export type PasswordProblem = 'required' | 'tooShort' | 'unchanged' | 'mismatch'

/** The first thing wrong with the form, or null when it may be sent. Length counts characters, not bytes. */
export function newPasswordProblem(oldPassword: string, newPassword: string, repeated: string): PasswordProblem | null {
  if (newPassword === '') return 'required'
  if ([...newPassword].length < MIN_PASSWORD_LENGTH || newPassword.trim() === '') return 'tooShort'
  if (newPassword === oldPassword) return 'unchanged'
  if (newPassword !== repeated) return 'mismatch'
  return null
}
