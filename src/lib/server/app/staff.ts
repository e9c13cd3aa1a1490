// The organisation's staff — roles, joining by invitation, and what its admin reads and changes — as use-cases
// bound to their repositories. Every change an admin makes is written to the admin log here, after it succeeded
// (a refused change leaves none): the page's form action and the API call the same function, so neither can
// change something without the log saying so. `origin`, where asked, is the site's address for e-mail links.

import { createHash } from 'node:crypto';
import { assignRequest, closeRequest } from '#lib/core/guidance/requests.ts';
import type { Locale } from '#lib/core/i18n/catalogue.ts';
import { withRoleEvents } from '#lib/core/security/logged-ports.ts';
import { adminLogForAdmin, type AdminLogKind } from '#lib/core/staff/admin-log.ts';
import {
	auditLogForAdmin,
	organisationForAdmin,
	requestsForAdmin,
	saveOrganisation,
	specialistsForAdmin
} from '#lib/core/staff/admin.ts';
import { noticeCrisisChange } from '#lib/core/staff/crisis-notice.ts';
import {
	acceptInvite,
	inviteSpecialist,
	openInvite,
	setProfile,
	type SpecialistDeps
} from '#lib/core/staff/specialists.ts';
import { accountDeps } from '../accounts.ts';
import {
	adminAuditRepository,
	organisationRepository,
	specialistDirectoryRepository
} from '../db/repositories/admin.ts';
import { adminLogRepository, otherAdmins } from '../db/repositories/admin-log.ts';
import { guidanceRequestsRepository } from '../db/repositories/guidance-requests.ts';
import { membersRepository } from '../db/repositories/members.ts';
import { securityLogRepository } from '../db/repositories/security-events.ts';
import { specialistProfilesRepository, staffInvitesRepository } from '../db/repositories/specialists.ts';
import { staffRepository } from '../db/repositories/staff.ts';
import { newId } from '../ids.ts';
import { regionCrisisResources } from '../region.ts';
import type { Infrastructure } from './infrastructure.ts';

export function staffApp({ connection, keyring, mailer, passwords }: Infrastructure, clock = () => new Date()) {
	const { db } = connection;
	const staff = withRoleEvents(staffRepository(db), securityLogRepository(db));
	const requests = guidanceRequestsRepository(db, keyring);
	const directory = specialistDirectoryRepository(db);
	const organisation = organisationRepository(db);
	const adminLog = adminLogRepository(db);
	const audit = adminAuditRepository(db);
	const profiles = specialistProfilesRepository(db);
	const invites = staffInvitesRepository(db);
	/** Profiles and invitations, with the account ports an accepted invitation needs. */
	const specialists = (origin: string): SpecialistDeps => ({
		...accountDeps(db, mailer, passwords, origin),
		staff,
		profiles,
		invites
	});
	const record = (actorId: string, kind: AdminLogKind, subjectId: string, now: Date) =>
		adminLog.append({ id: newId(), actorId, kind, subjectId, at: now.toISOString() });

	return {
		/** The member's staff role, if any: what every staff route checks first. */
		roleOf: (memberId: string) => staff.roleOf(memberId),

		requests: {
			/** The open requests, crisis first then the oldest, with suggestions; never the story. */
			open: (adminId: string) => requestsForAdmin({ staff, requests, directory }, adminId),
			async assign(adminId: string, input: unknown) {
				const now = clock();
				const assigned = await assignRequest({ requests, staff }, adminId, input, now);
				await record(adminId, 'request_assigned', assigned.id, now);
				return assigned;
			},
			/** Its member or an admin closes a request; only an admin's closing is an admin action, and logged. */
			async close(actorId: string, requestId: unknown) {
				const now = clock();
				const closed = await closeRequest({ requests, staff }, actorId, requestId, now);
				if (closed.memberId !== actorId) await record(actorId, 'request_closed', closed.id, now);
				return closed;
			}
		},

		specialists: {
			list: (adminId: string) => specialistsForAdmin({ staff, directory }, adminId),
			/**
			 * The log names the invitation by its token's hash (the invitation row's key), not by the address: the
			 * log holds no one's e-mail, and the hash cannot be turned back into the link.
			 */
			async invite(adminId: string, input: unknown, locale: Locale, origin: string) {
				const now = clock();
				let invitation = '';
				const hashing = {
					...invites,
					issue: async (...args: Parameters<typeof invites.issue>) => {
						const token = await invites.issue(...args);
						invitation = createHash('sha256').update(token).digest('hex');
						return token;
					}
				};
				await inviteSpecialist({ ...specialists(origin), invites: hashing }, adminId, input, now, locale);
				await record(adminId, 'invite_sent', invitation, now);
			},
			async setProfile(adminId: string, specialistId: string, input: unknown) {
				const now = clock();
				const profile = await setProfile({ staff, profiles }, adminId, specialistId, input, now);
				await record(adminId, 'specialist_profile_saved', specialistId, now);
				return profile;
			}
		},

		organisation: {
			get: (adminId: string) => organisationForAdmin({ staff, organisation }, adminId),
			/** Saves the organisation; when its crisis resources changed, the other admins get a plain notice. */
			async save(adminId: string, input: unknown) {
				const now = clock();
				const before = await organisationForAdmin({ staff, organisation }, adminId);
				const saved = await saveOrganisation({ staff, organisation }, adminId, input, now);
				await record(adminId, 'organisation_saved', 'org', now);
				const notice = { mailer, otherAdmins: () => otherAdmins(db, adminId) };
				await noticeCrisisChange(notice, before.crisisResources, saved.crisisResources);
				return saved;
			},
			/**
			 * The crisis resources a dynamic page shows: the organisation's own, set by its admin, or, when it has
			 * none, this deployment's (CRISIS_RESOURCES_FILE). Read on each call, so every instance shows a change.
			 */
			crisisResources: async () => (await organisation.get()).crisisResources ?? regionCrisisResources()
		},

		logs: {
			/** Who opened whose data, newest first from the `before` cursor. */
			audit: (adminId: string, before: string | null) => auditLogForAdmin({ staff, audit }, adminId, before),
			/** What the admins changed, newest first from the `before` cursor. */
			admin: (adminId: string, before: string | null) => adminLogForAdmin({ staff, adminLog }, adminId, before)
		},

		invitation: {
			/** What the invitation link shows; opening it does not use the invitation up. */
			open: (token: string) => openInvite({ invites, members: membersRepository(db) }, token, clock()),
			/** Accepting gives a staff role: logged with the new staff member as both actor and subject. */
			async accept(input: unknown, origin: string) {
				const now = clock();
				const accepted = await acceptInvite(specialists(origin), input, now);
				await record(accepted.memberId, 'invite_accepted', accepted.memberId, now);
				return accepted;
			}
		}
	};
}

export type StaffApp = ReturnType<typeof staffApp>;
