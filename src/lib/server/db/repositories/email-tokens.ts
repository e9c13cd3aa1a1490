import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { EmailTokens } from '#lib/core/accounts/ports.ts';
import type { Database } from '../schema.ts';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

export function emailTokensRepository(db: Kysely<Database>): EmailTokens {
	return {
		async issue(memberId, email, purpose, expiresAt) {
			const token = randomBytes(32).toString('base64url');
			await db.transaction().execute(async (trx) => {
				// One live link per purpose: a newer e-mail makes the older link useless.
				await trx.deleteFrom('email_tokens').where('member_id', '=', memberId).where('purpose', '=', purpose).execute();
				await trx
					.insertInto('email_tokens')
					.values({
						token_hash: hashOf(token),
						member_id: memberId,
						purpose,
						email,
						created_at: new Date().toISOString(),
						expires_at: expiresAt.toISOString()
					})
					.execute();
			});
			return token;
		},
		async consume(token, purpose, now) {
			if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
			// DELETE … RETURNING: a link works once, even when it is opened twice at the same moment.
			const row = await db
				.deleteFrom('email_tokens')
				.where('token_hash', '=', hashOf(token))
				.where('purpose', '=', purpose)
				.returning(['member_id', 'email', 'expires_at'])
				.executeTakeFirst();
			if (!row || Date.parse(row.expires_at) <= now.getTime()) return null;
			return { memberId: row.member_id, email: row.email };
		}
	};
}
