import type { Kysely } from 'kysely';
import type { PasskeyDeps } from '#lib/core/accounts/passkeys/ports.ts';
import type { Mailer } from '#lib/core/shared/mailer.ts';
import { databaseLimiter } from './auth/limiter.ts';
import { simpleWebAuthn } from './auth/webauthn.ts';
import type { Database } from './db/schema.ts';
import { membersRepository } from './db/repositories/members.ts';
import { passkeysRepository, webauthnChallengesRepository } from './db/repositories/passkeys.ts';
import { securityLogRepository } from './db/repositories/security-events.ts';
import { newId } from './ids.ts';

/**
 * The passkey use-cases' ports, on this database, with @simplewebauthn/server for the ceremony; notices go
 * through `mailer` with links to `origin`, and security events carry `device`.
 */
export function passkeyDeps(db: Kysely<Database>, mailer: Mailer, origin: string, device = '—'): PasskeyDeps {
	return {
		mailer,
		link: (path) => new URL(path, origin).href,
		events: securityLogRepository(db, device),
		passkeys: passkeysRepository(db),
		challenges: webauthnChallengesRepository(db),
		members: membersRepository(db),
		limiter: databaseLimiter(db),
		webauthn: simpleWebAuthn,
		newId
	};
}

/** Where a ceremony happens, from the request: the relying party is this host, the origin this page's. */
export const siteOf = (url: URL) => ({ origin: url.origin, rpID: url.hostname });
