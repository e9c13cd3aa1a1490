import type { Kysely } from 'kysely';
import { isStepDone, markStepDone } from '../db/repositories/data-steps.ts';
import type { Database } from '../db/schema.ts';
import type { Keyring } from './field-cipher.ts';
import { reencryptAll } from './rotate.ts';

// The one-time step of migration 018: values written before the owner was bound (v1) are rewritten as v2.
// A migration never sees the keys, so start-up (and `npm run rotate-key`) runs it, until data_steps says it is
// done. Two instances starting at once are safe: each row is rewritten only if it is unchanged since it was read.

export const OWNER_BINDING_STEP = '018-bind-owners';

/** Rewrites every v1 value once; answers how many rows it rewrote, or null when the step had run already. */
export async function bindOwners(db: Kysely<Database>, keyring: Keyring, now: Date): Promise<number | null> {
	if (await isStepDone(db, OWNER_BINDING_STEP)) return null;
	const rewritten = await reencryptAll(db, keyring, 'legacy');
	await markStepDone(db, OWNER_BINDING_STEP, now);
	return rewritten;
}
