// The account itself: signing up and in, confirming the address, "Confirm it's you", the password, the
// address, deleting the account, its details, its security history and the full export. E-mails link to the
// request's origin, and security events carry its device; both are passed in, as the request knows them.

import { deleteAccount } from '#lib/core/accounts/delete-account.ts';
import { confirmEmailChange, requestEmailChange } from '#lib/core/accounts/change-email.ts';
import { changePassword } from '#lib/core/accounts/change-password.ts';
import { allowFullExport } from '#lib/core/accounts/export-data.ts';
import type { SignedIn } from '#lib/core/accounts/ports.ts';
import { confirmItIsYou, confirmItIsYouInput } from '#lib/core/accounts/recent-proof.ts';
import { requestPasswordReset, resetPassword } from '#lib/core/accounts/reset-password.ts';
import { signIn } from '#lib/core/accounts/sign-in.ts';
import { confirmEmail, signUp } from '#lib/core/accounts/sign-up.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import { parseInput } from '#lib/core/shared/parse.ts';
import { accountDeps, queuedResets, queuedSignUps } from '../accounts.ts';
import { databaseLimiter } from '../auth/limiter.ts';
import { findMemberProfile } from '../db/repositories/members.ts';
import { securityHistoryRepository } from '../db/repositories/security-events.ts';
import { deleteAllMemberSessions, deleteOtherMemberSessions } from '../db/repositories/sessions.ts';
import { exportMemberData } from '../member-export.ts';
import { startSession } from './account-sessions.ts';
import type { Infrastructure } from './infrastructure.ts';

/** Where a request came from: the site's address (for links in e-mails) and the device summary events keep. */
export interface RequestSource {
	origin: string;
	device: string;
}

export function accountsApp(infrastructure: Infrastructure, clock = () => new Date()) {
	const { connection, mailer, passwords, jobs, jobBell, keyring, sessionPolicy } = infrastructure;
	const { db } = connection;
	const limiter = databaseLimiter(db);
	const deps = ({ origin, device }: RequestSource) => accountDeps(db, mailer, passwords, origin, device);
	return {
		/** Checks and queues a sign-up; the same answer whether or not the address has an account. */
		signUp: (input: unknown, origin: string, clientAddress: string) =>
			signUp(
				{ passwords, limiter, signUps: queuedSignUps(jobs, { origin, onQueued: jobBell.ring }) },
				input,
				clock(),
				clientAddress
			),
		/** Opens the link of the sign-up e-mail: false when it is stale, used or for an address since changed. */
		confirmEmail: (token: string, from: RequestSource) => confirmEmail(deps(from), token, clock()),
		/** Checks the address and password, then begins a session (replacing this browser's): its cookie token. */
		signIn: async (input: unknown, from: RequestSource, clientAddress: string, replacing?: string | null) => {
			const now = clock();
			const { memberId } = await signIn(deps(from), input, now, clientAddress);
			return startSession(db, sessionPolicy, memberId, { device: from.device, replacing }, now);
		},
		/** "Confirm it's you" with the password: the session counts as freshly proved. */
		confirmItIsYou: async (session: SignedIn, input: unknown, from: RequestSource) => {
			const { password } = parseInput(confirmItIsYouInput, input, 'proof');
			return confirmItIsYou(deps(from), session, password, clock());
		},
		requestPasswordReset: (input: unknown, origin: string, clientAddress: string) =>
			requestPasswordReset(
				{ limiter, resets: queuedResets(jobs, { origin, onQueued: jobBell.ring }) },
				input,
				clock(),
				clientAddress
			),
		/** Sets a new password from a reset link; every session of the account ends. */
		resetPassword: (input: unknown, from: RequestSource) => resetPassword(deps(from), input, clock()),
		changePassword: (session: SignedIn, input: unknown, from: RequestSource) =>
			changePassword(deps(from), session, input, clock()),
		/** Sends a link to the new address, with the password typed again or a recent proof. */
		requestEmailChange: (session: SignedIn, input: unknown, from: RequestSource) =>
			requestEmailChange(deps(from), session, input, clock()),
		/** Moves the account to the new address; every session but `keepIdHash` (the one that opened the link) ends. */
		confirmEmailChange: (input: unknown, from: RequestSource, keepIdHash: string | null | undefined) =>
			confirmEmailChange(deps(from), input, clock(), async (memberId) => {
				if (keepIdHash) await deleteOtherMemberSessions(db, memberId, keepIdHash);
				else await deleteAllMemberSessions(db, memberId);
			}),
		/** Deletes the account and everything in it (the password again, or a recent proof). */
		deleteAccount: (session: SignedIn, input: unknown, from: RequestSource) =>
			deleteAccount(deps(from), session, input, clock()),
		/** The member's own address, its confirmation, language and start. */
		profile: async (memberId: string) => {
			const profile = await findMemberProfile(db, memberId);
			if (!profile) throw new DomainError('unauthorized', 'the account is gone');
			return profile;
		},
		/** Sign-ins, failures and changes to the account, newest first. */
		securityHistory: (memberId: string) => securityHistoryRepository(db).of(memberId, { limit: 100 }),
		/** Everything the member has stored, readable; needs a recent proof, and is logged and e-mailed. */
		exportData: async (session: SignedIn, from: RequestSource) => {
			const now = clock();
			await allowFullExport(deps(from), session, now);
			return exportMemberData(db, keyring, session.memberId, now);
		}
	};
}

export type AccountsApp = ReturnType<typeof accountsApp>;
