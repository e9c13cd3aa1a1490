import type { Kysely } from 'kysely';
import type { InTransaction } from '#lib/core/device-import/import.ts';
import type { Keyring } from '../../crypto/field-cipher.ts';
import type { Database } from '../schema.ts';
import { contactsRepository } from './contacts.ts';
import { plansRepository } from './plans.ts';
import { reachOutsRepository } from './reach-outs.ts';

/** The member's stores inside one database transaction, for an import: all of it is stored, or none of it. */
export const memberImportTransaction =
	(db: Kysely<Database>, keyring: Keyring): InTransaction =>
	(work) =>
		db.transaction().execute((trx) =>
			work({
				reachOuts: reachOutsRepository(trx, keyring),
				contacts: contactsRepository(trx, keyring),
				plans: plansRepository(trx, keyring)
			})
		);
