// Passkeys: adding one (with a recent proof), signing in with one, the list and removal; @simplewebauthn/server
// does the ceremony. Notices link to the request's origin, and security events carry its device.

import { listPasskeys, removePasskey } from '#lib/core/accounts/passkeys/management.ts';
import type { PasskeyDeps, Site } from '#lib/core/accounts/passkeys/ports.ts';
import { beginPasskeyRegistration, finishPasskeyRegistration } from '#lib/core/accounts/passkeys/registration.ts';
import { beginPasskeySignIn, finishPasskeySignIn } from '#lib/core/accounts/passkeys/sign-in.ts';
import type { SignedIn } from '#lib/core/accounts/ports.ts';
import { sessionProvenByEnrolment } from '#lib/core/staff/second-factor.ts';
import { databaseLimiter } from '../auth/limiter.ts';
import { proveSecondFactor } from '../auth/session.ts';
import { simpleWebAuthn } from '../auth/webauthn.ts';
import { membersRepository } from '../db/repositories/members.ts';
import { passkeysRepository, webauthnChallengesRepository } from '../db/repositories/passkeys.ts';
import { securityLogRepository } from '../db/repositories/security-events.ts';
import { newId } from '../ids.ts';
import { startSession } from './account-sessions.ts';
import type { RequestSource } from './accounts.ts';
import type { Infrastructure } from './infrastructure.ts';

/** Where a ceremony happens (the relying party is this host) and which device the request came from. */
export type CeremonySource = RequestSource & Site;

export function passkeysApp({ connection, mailer, sessionPolicy }: Infrastructure, clock = () => new Date()) {
	const { db } = connection;
	const passkeys = passkeysRepository(db);
	const deps = ({ origin, device }: RequestSource): PasskeyDeps => ({
		mailer,
		link: (path) => new URL(path, origin).href,
		events: securityLogRepository(db, device),
		passkeys,
		challenges: webauthnChallengesRepository(db),
		members: membersRepository(db),
		limiter: databaseLimiter(db),
		webauthn: simpleWebAuthn,
		newId
	});
	const siteOf = ({ origin, rpID }: Site): Site => ({ origin, rpID });
	return {
		list: (memberId: string) => listPasskeys({ passkeys }, memberId),
		/** The options for the browser, and the id of the challenge they carry (for a cookie). */
		beginRegistration: (session: SignedIn, from: CeremonySource, clientAddress: string) =>
			beginPasskeyRegistration(deps(from), session, siteOf(from), clock(), clientAddress),
		/** The first passkey also proves this session: its holder just showed they have the authenticator. */
		finishRegistration: async (
			session: SignedIn,
			challengeId: string | undefined,
			response: unknown,
			from: CeremonySource
		) => {
			const before = (await passkeys.list(session.memberId)).length;
			const now = clock();
			const passkey = await finishPasskeyRegistration(
				deps(from),
				session,
				challengeId,
				response,
				siteOf(from),
				from.device,
				now
			);
			if (sessionProvenByEnrolment(before)) await proveSecondFactor(db, session.sessionIdHash, now);
			return passkey;
		},
		beginSignIn: (from: CeremonySource, clientAddress: string) =>
			beginPasskeySignIn(deps(from), siteOf(from), clock(), clientAddress),
		/** Signs in with a passkey: a new session (proven with a second factor), replacing this browser's. */
		finishSignIn: async (
			challengeId: string | undefined,
			response: unknown,
			from: CeremonySource,
			clientAddress: string,
			replacing?: string | null
		) => {
			const now = clock();
			const { memberId } = await finishPasskeySignIn(
				deps(from),
				challengeId,
				response,
				siteOf(from),
				now,
				clientAddress
			);
			return startSession(db, sessionPolicy, memberId, { device: from.device, replacing, proof: 'passkey' }, now);
		},
		/** Needs a recent proof; another member's passkey is not found, like one that does not exist. */
		remove: (session: SignedIn, id: string, from: RequestSource) => removePasskey(deps(from), session, id, clock())
	};
}

export type PasskeysApp = ReturnType<typeof passkeysApp>;
