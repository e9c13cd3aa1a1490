import type { Kysely } from 'kysely';
import type { MemberRecord, Members } from '#lib/core/accounts/ports.ts';
import { isUniqueViolation } from '../errors.ts';
import { eraseMember } from './erase-member.ts';
import type { Database } from '../schema.ts';

function toRecord(row: {
	id: string;
	email: string;
	email_verified_at: string | null;
	password_hash: string;
	locale: string;
}): MemberRecord {
	return {
		id: row.id,
		email: row.email,
		emailVerifiedAt: row.email_verified_at,
		passwordHash: row.password_hash,
		locale: row.locale
	};
}

/** Members' e-mail addresses by id (how a specialist knows a client), in one query. */
export async function emailsOf(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string>> {
	if (ids.length === 0) return new Map();
	const rows = await db.selectFrom('members').select(['id', 'email']).where('id', 'in', ids).execute();
	return new Map(rows.map((row) => [row.id, row.email]));
}

/** Where and in which language to write to a member: only what an e-mail needs. */
export async function mailAddressOf(
	db: Kysely<Database>,
	id: string
): Promise<{ email: string; locale: string } | undefined> {
	return db.selectFrom('members').select(['email', 'locale']).where('id', '=', id).executeTakeFirst();
}

/** What a member sees of their own account: the address, whether it is confirmed, the language, since when. */
export interface MemberProfile {
	email: string;
	emailConfirmedAt: string | null;
	language: string;
	createdAt: string;
}

/** The member's own account details (no password hash), or undefined when there is no such member. */
export async function findMemberProfile(db: Kysely<Database>, id: string): Promise<MemberProfile | undefined> {
	const row = await db
		.selectFrom('members')
		.select(['email', 'email_verified_at', 'locale', 'created_at'])
		.where('id', '=', id)
		.executeTakeFirst();
	return (
		row && {
			email: row.email,
			emailConfirmedAt: row.email_verified_at,
			language: row.locale,
			createdAt: row.created_at
		}
	);
}

export function membersRepository(db: Kysely<Database>): Members {
	return {
		async findByEmail(email) {
			const row = await db.selectFrom('members').selectAll().where('email', '=', email).executeTakeFirst();
			return row && toRecord(row);
		},
		async findById(id) {
			const row = await db.selectFrom('members').selectAll().where('id', '=', id).executeTakeFirst();
			return row && toRecord(row);
		},
		async create(member, now) {
			// ON CONFLICT DO NOTHING: two sign-ups racing for one address leave one account and no error.
			const result = await db
				.insertInto('members')
				.values({
					id: member.id,
					email: member.email,
					email_verified_at: member.emailVerifiedAt,
					password_hash: member.passwordHash,
					locale: member.locale,
					created_at: now.toISOString(),
					updated_at: now.toISOString()
				})
				.onConflict((conflict) => conflict.column('email').doNothing())
				.executeTakeFirst();
			return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
		},
		async setPassword(id, passwordHash, now) {
			await db
				.updateTable('members')
				.set((eb) => ({
					password_hash: passwordHash,
					email_verified_at: eb.fn.coalesce('email_verified_at', eb.val(now.toISOString())),
					updated_at: now.toISOString()
				}))
				.where('id', '=', id)
				.execute();
		},
		async markEmailVerified(id, email, now) {
			const result = await db
				.updateTable('members')
				.set({ email_verified_at: now.toISOString(), updated_at: now.toISOString() })
				.where('id', '=', id)
				.where('email', '=', email)
				.executeTakeFirst();
			return Number(result.numUpdatedRows) > 0;
		},
		async changeEmail(id, email, now) {
			// The unique address decides a race: if another account took it meanwhile, nothing changes.
			const taken = await db.selectFrom('members').select('id').where('email', '=', email).executeTakeFirst();
			if (taken) return false;
			try {
				const result = await db
					.updateTable('members')
					.set({ email, email_verified_at: now.toISOString(), updated_at: now.toISOString() })
					.where('id', '=', id)
					.executeTakeFirst();
				return Number(result.numUpdatedRows) > 0;
			} catch (error) {
				if (isUniqueViolation(error)) return false;
				throw error;
			}
		},
		async remove(id) {
			await eraseMember(db, id, new Date());
		}
	};
}
