import type { Kysely } from 'kysely';
import type { Keyring } from './crypto/field-cipher.ts';
import type { Database } from './db/schema.ts';
import { auditLogRepository } from './db/repositories/audit-log.ts';
import { bookingsRepository } from './db/repositories/bookings.ts';
import { checkInsRepository } from './db/repositories/check-ins.ts';
import { consentsRepository } from './db/repositories/consents.ts';
import { contactsRepository } from './db/repositories/contacts.ts';
import { findMemberProfile } from './db/repositories/members.ts';
import { guidanceRequestsRepository } from './db/repositories/guidance-requests.ts';
import { messagesRepository } from './db/repositories/messages.ts';
import { passkeysRepository } from './db/repositories/passkeys.ts';
import { plansRepository } from './db/repositories/plans.ts';
import { reachOutsRepository } from './db/repositories/reach-outs.ts';
import { securityHistoryRepository } from './db/repositories/security-events.ts';
import { listMemberSessions } from './db/repositories/sessions.ts';

// "Export everything they have stored": every table that holds a member's rows contributes its part here, in
// readable form (decrypted). Nothing secret about the account itself leaves: no password hash, no token hashes.

export async function exportMemberData(db: Kysely<Database>, keyring: Keyring, memberId: string, now: Date) {
	const account = await findMemberProfile(db, memberId);
	if (!account) throw new Error('no such member to export');
	const plans = plansRepository(db, keyring);
	const planVersions = [];
	for (const { version } of await plans.history(memberId)) planVersions.push(await plans.version(memberId, version));
	const sessions = await listMemberSessions(db, memberId);
	// The member's own message threads (as the member, never a specialist's other threads).
	const messages = messagesRepository(db, keyring);
	const threads = (await messages.unreadCounts(memberId)).filter((thread) => thread.memberId === memberId);
	const conversations = [];
	for (const thread of threads)
		conversations.push({
			messages: (await messages.list(thread.threadId)).map(({ body, createdAt, senderId }) => ({
				from: senderId === memberId ? 'you' : 'your specialist',
				body,
				at: createdAt
			}))
		});
	return {
		exportedAt: now.toISOString(),
		format: 'porchlight-export/1',
		account,
		sessions: sessions.map((s) => ({ device: s.device, startedAt: s.created_at, lastActiveAt: s.last_seen_at })),
		plan: { versions: planVersions },
		reachOuts: await reachOutsRepository(db, keyring).list(memberId),
		checkIns: await checkInsRepository(db, keyring).list(memberId),
		contacts: await contactsRepository(db, keyring).list(memberId),
		guidanceRequests: (await guidanceRequestsRepository(db, keyring).forMember(memberId)).map(
			({ relationship, story, urgency, language, times, state, createdAt }) => ({
				relationship,
				story,
				urgency,
				language,
				times,
				state,
				createdAt
			})
		),
		messages: conversations,
		// What they share now, and every time staff opened their shared data or notes.
		sharing: (await consentsRepository(db).live(memberId)).map(({ item, grantedAt }) => ({
			item,
			sharedSince: grantedAt
		})),
		viewedBy: (await auditLogRepository(db).of(memberId)).map(({ actorRole, what, at }) => ({
			role: actorRole,
			what,
			at
		})),
		bookedSessions: await bookingsRepository(db).forPerson(memberId),
		// Which devices can sign in (their public keys are of no use to anyone, and stay out).
		passkeys: await passkeysRepository(db).list(memberId),
		// Sign-ins, failures and changes to the account, as the member's security history shows them.
		securityEvents: await securityHistoryRepository(db).of(memberId, { limit: 10_000 })
	};
}
