import type { RequestEvent } from '@sveltejs/kit';
import type { InTransaction } from '#lib/core/device-import/import.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import { checkInsRepository } from '../db/repositories/check-ins.ts';
import { contactsRepository } from '../db/repositories/contacts.ts';
import { plansRepository } from '../db/repositories/plans.ts';
import { reachOutsRepository } from '../db/repositories/reach-outs.ts';
import { getServices } from '../services.ts';

/** The signed-in member's id; a signed-out request is refused (401). */
export function requireMember(event: RequestEvent): string {
	if (!event.locals.memberId) throw new DomainError('unauthorized', 'sign in first');
	return event.locals.memberId;
}

export async function reachOutStore() {
	const { connection, keyring } = await getServices();
	return reachOutsRepository(connection.db, keyring);
}

export async function planStore() {
	const { connection, keyring } = await getServices();
	return plansRepository(connection.db, keyring);
}

export async function contactStore() {
	const { connection, keyring } = await getServices();
	return contactsRepository(connection.db, keyring);
}

/** The member's stores inside one database transaction: all of the work is stored, or none of it. */
export async function memberTransaction(): Promise<InTransaction> {
	const { connection, keyring } = await getServices();
	return (work) =>
		connection.db.transaction().execute((trx) =>
			work({
				reachOuts: reachOutsRepository(trx, keyring),
				contacts: contactsRepository(trx, keyring),
				plans: plansRepository(trx, keyring)
			})
		);
}

export async function checkInStore() {
	const { connection, keyring } = await getServices();
	return checkInsRepository(connection.db, keyring);
}
