import type { Kysely, Selectable } from 'kysely';
import type { ChallengeStore, PasskeyRecord, PasskeyStore } from '#lib/core/accounts/passkeys/ports.ts';
import type { Database, PasskeyTable } from '../schema.ts';

// Passkeys are read and removed only with the member's id in the condition, except when a sign-in looks one up
// by its credential id (no one is known yet). Challenges are taken out with DELETE … RETURNING: once only.

function recordOf(row: Selectable<PasskeyTable>): PasskeyRecord {
	return {
		id: row.id,
		memberId: row.member_id,
		credentialId: row.credential_id,
		publicKey: row.public_key,
		counter: Number(row.counter),
		transports: transportsOf(row.transports),
		device: row.device,
		createdAt: row.created_at,
		lastUsedAt: row.last_used_at
	};
}

function transportsOf(json: string): string[] {
	const parsed: unknown = JSON.parse(json);
	return Array.isArray(parsed) ? parsed.filter((t): t is string => typeof t === 'string') : [];
}

export function passkeysRepository(db: Kysely<Database>): PasskeyStore {
	return {
		async list(memberId) {
			const rows = await db
				.selectFrom('passkeys')
				.select(['id', 'device', 'created_at', 'last_used_at'])
				.where('member_id', '=', memberId)
				.orderBy('created_at', 'asc')
				.orderBy('id', 'asc')
				.execute();
			return rows.map((r) => ({ id: r.id, device: r.device, createdAt: r.created_at, lastUsedAt: r.last_used_at }));
		},
		async credentialsOf(memberId) {
			const rows = await db
				.selectFrom('passkeys')
				.select(['credential_id', 'transports'])
				.where('member_id', '=', memberId)
				.execute();
			return rows.map((r) => ({ credentialId: r.credential_id, transports: transportsOf(r.transports) }));
		},
		async findByCredentialId(credentialId) {
			const row = await db
				.selectFrom('passkeys')
				.selectAll()
				.where('credential_id', '=', credentialId)
				.executeTakeFirst();
			return row && recordOf(row);
		},
		async insert(record) {
			// The unique credential_id decides: the same authenticator is never registered twice, to anyone.
			const inserted = await db
				.insertInto('passkeys')
				.values({
					id: record.id,
					member_id: record.memberId,
					credential_id: record.credentialId,
					public_key: record.publicKey,
					counter: record.counter,
					transports: JSON.stringify(record.transports),
					device: record.device,
					created_at: record.createdAt,
					last_used_at: record.lastUsedAt
				})
				.onConflict((conflict) => conflict.column('credential_id').doNothing())
				.returning('id')
				.executeTakeFirst();
			return inserted !== undefined;
		},
		async recordUse(id, counter, now) {
			await db.updateTable('passkeys').set({ counter, last_used_at: now.toISOString() }).where('id', '=', id).execute();
		},
		async remove(memberId, id) {
			const result = await db
				.deleteFrom('passkeys')
				.where('member_id', '=', memberId)
				.where('id', '=', id)
				.executeTakeFirst();
			return Number(result.numDeletedRows) > 0;
		},
		async removeAll(memberId) {
			const result = await db.deleteFrom('passkeys').where('member_id', '=', memberId).executeTakeFirst();
			return Number(result.numDeletedRows);
		}
	};
}

export function webauthnChallengesRepository(db: Kysely<Database>): ChallengeStore {
	return {
		async save({ id, memberId, purpose, challenge, expiresAt }, now) {
			// Abandoned ceremonies leave challenges behind: each new one sweeps out those that have expired.
			await db.deleteFrom('webauthn_challenges').where('expires_at', '<=', now.toISOString()).execute();
			await db
				.insertInto('webauthn_challenges')
				.values({ id, member_id: memberId, purpose, challenge, expires_at: expiresAt.toISOString() })
				.execute();
		},
		async take(id, purpose, now) {
			const row = await db
				.deleteFrom('webauthn_challenges')
				.where('id', '=', id)
				.returning(['member_id', 'purpose', 'challenge', 'expires_at'])
				.executeTakeFirst();
			if (!row || row.purpose !== purpose || Date.parse(row.expires_at) <= now.getTime()) return null;
			return { memberId: row.member_id, challenge: row.challenge };
		}
	};
}
