import type { StaffRole } from './create-admin.ts';

// Staff prove who they are twice (issue 11). An admin can change the crisis numbers shown to people in crisis
// and a specialist reads families' plans, so a stolen password alone must open no staff page or API. A session
// counts as proven when it was signed in with a passkey, or stepped up with one after a password sign-in, or
// when it enrolled the member's first passkey (see sessionProvenByEnrolment). Members are not affected.

/** What a staff member must do before a staff page answers: nothing, add a passkey, or use the one they have. */
export type StaffProof = 'proven' | 'enrol' | 'step-up';

export function staffProof(session: { secondFactor: boolean }, passkeys: number): StaffProof {
	if (session.secondFactor) return 'proven';
	return passkeys === 0 ? 'enrol' : 'step-up';
}

/**
 * Whether adding a passkey proves the session that added it. Only the first: the person just showed they hold
 * the new authenticator, and with none registered there is nothing else to ask for (this is the bootstrap every
 * second factor has). With one already registered, a new one proves nothing about the session: whoever holds
 * the password could add their own, so they must use the existing one instead.
 */
export const sessionProvenByEnrolment = (passkeysBefore: number) => passkeysBefore === 0;

/** Where a proven staff member goes next: their own workspace. */
export const workspaceOf = (role: StaffRole, lang: string) => `/${lang}/${role === 'admin' ? 'admin' : 'specialist'}`;
