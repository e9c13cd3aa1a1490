import type { Kysely } from 'kysely';
import type { GuidanceDeps } from '#lib/core/guidance/consent.ts';
import type { MessageDeps } from '#lib/core/guidance/messages.ts';
import { assignmentsOf, type RequestStore } from '#lib/core/guidance/requests.ts';
import type { Staff } from '#lib/core/staff/create-admin.ts';
import type { Keyring } from '../crypto/field-cipher.ts';
import { guidanceDeps } from '../db/repositories/consents.ts';
import { guidanceRequestsRepository } from '../db/repositories/guidance-requests.ts';
import { messagesRepository } from '../db/repositories/messages.ts';
import { staffRepository } from '../db/repositories/staff.ts';
import { withRoleEvents } from '#lib/core/security/logged-ports.ts';
import { securityLogRepository } from '../db/repositories/security-events.ts';
import type { Database } from '../db/schema.ts';
import { newId } from '../ids.ts';
import { log } from '../log.ts';
import { errorName } from '../log.ts';
import { getInfrastructure } from '../app/infrastructure.ts';
import { queuedMessageNotices } from './message-notices.ts';

// The stores of personalized guidance (requests, sharing, audit, notes, messages), built in one place for the
// routes. Assignment is read from the requests table in whatever transaction the work runs in.

export interface GuidanceWiring {
	db: Kysely<Database>;
	requests: RequestStore;
	staff: Staff;
	/** Sharing, audit and notes. */
	sharing: GuidanceDeps;
	/** What reading threads takes (unread counts): nothing is posted, so no e-mail link is needed. */
	reading: Pick<MessageDeps, 'store' | 'assignments'>;
	/** Message threads; `origin` is the site's address as this request saw it, for the e-mail's link. */
	messages(origin: string): MessageDeps;
}

const assignmentsOn = (keyring: Keyring) => (on: Kysely<Database>) =>
	assignmentsOf(guidanceRequestsRepository(on, keyring));

export async function guidanceWiring(): Promise<GuidanceWiring> {
	const { connection, keyring, bus, jobs } = await getInfrastructure();
	const db = connection.db;
	const requests = guidanceRequestsRepository(db, keyring);
	const reading = { store: messagesRepository(db, keyring), assignments: assignmentsOf(requests) };
	return {
		db,
		requests,
		staff: withRoleEvents(staffRepository(db), securityLogRepository(db)),
		sharing: guidanceDeps(db, keyring, assignmentsOn(keyring)),
		reading,
		messages: (origin) => ({
			...reading,
			bus,
			notices: queuedMessageNotices(jobs, { origin }),
			newId,
			onError: (error) =>
				log.warn({ err: errorName(error) }, 'a message was stored, but its live event or notice failed')
		})
	};
}
