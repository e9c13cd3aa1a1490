import { createHash } from 'node:crypto';
import { assignRequest, closeRequest, type GuidanceRequest } from '#lib/core/guidance/requests.ts';
import type { Locale } from '#lib/core/i18n/catalogue.ts';
import type { AdminLogKind } from '#lib/core/staff/admin-log.ts';
import { organisationForAdmin, saveOrganisation, type OrganisationSettings } from '#lib/core/staff/admin.ts';
import { noticeCrisisChange } from '#lib/core/staff/crisis-notice.ts';
import { acceptInvite, inviteSpecialist, setProfile, type SpecialistProfile } from '#lib/core/staff/specialists.ts';
import type { StaffRole } from '#lib/core/staff/create-admin.ts';
import { adminLogRepository, otherAdmins } from '../db/repositories/admin-log.ts';
import { newId } from '../ids.ts';
import { getInfrastructure } from '../app/infrastructure.ts';
import { adminWiring } from './admin.ts';

// The admin's changes, each bound to its entry in the admin log: the page's form action and the API call the
// same function, so neither can change something without the log saying so. An entry is written after the
// change succeeded (a refused change leaves none). `origin` is the site's address, for the invitation's link.

async function record(actorId: string, kind: AdminLogKind, subjectId: string, now: Date): Promise<void> {
	const { connection } = await getInfrastructure();
	await adminLogRepository(connection.db).append({ id: newId(), actorId, kind, subjectId, at: now.toISOString() });
}

/** Saves the organisation; when its crisis resources changed, the other admins get a plain notice. */
export async function saveOrganisationLogged(
	origin: string,
	adminId: string,
	raw: unknown,
	now: Date
): Promise<OrganisationSettings> {
	const wiring = await adminWiring(origin);
	const before = await organisationForAdmin(wiring, adminId);
	const saved = await saveOrganisation(wiring, adminId, raw, now);
	await record(adminId, 'organisation_saved', 'org', now);
	const { connection, mailer } = await getInfrastructure();
	await noticeCrisisChange(
		{ mailer, otherAdmins: () => otherAdmins(connection.db, adminId) },
		before.crisisResources,
		saved.crisisResources
	);
	return saved;
}

export async function assignRequestLogged(
	origin: string,
	adminId: string,
	raw: unknown,
	now: Date
): Promise<GuidanceRequest> {
	const assigned = await assignRequest(await adminWiring(origin), adminId, raw, now);
	await record(adminId, 'request_assigned', assigned.id, now);
	return assigned;
}

/** Its member or an admin closes a request; only an admin's closing is an admin action, and logged. */
export async function closeRequestLogged(
	origin: string,
	actorId: string,
	requestId: unknown,
	now: Date
): Promise<GuidanceRequest> {
	const closed = await closeRequest(await adminWiring(origin), actorId, requestId, now);
	if (closed.memberId !== actorId) await record(actorId, 'request_closed', closed.id, now);
	return closed;
}

/**
 * Invites a specialist. The log names the invitation by its token's hash (the invitation row's key), not by
 * the address: the log holds no one's e-mail, and the hash cannot be turned back into the link.
 */
export async function inviteSpecialistLogged(
	origin: string,
	adminId: string,
	raw: unknown,
	now: Date,
	locale: Locale
): Promise<void> {
	const { specialists } = await adminWiring(origin);
	let invitation = '';
	const invites = {
		...specialists.invites,
		issue: async (...args: Parameters<typeof specialists.invites.issue>) => {
			const token = await specialists.invites.issue(...args);
			invitation = createHash('sha256').update(token).digest('hex');
			return token;
		}
	};
	await inviteSpecialist({ ...specialists, invites }, adminId, raw, now, locale);
	await record(adminId, 'invite_sent', invitation, now);
}

export async function setProfileLogged(
	origin: string,
	adminId: string,
	specialistId: string,
	raw: unknown,
	now: Date
): Promise<SpecialistProfile> {
	const profile = await setProfile((await adminWiring(origin)).specialists, adminId, specialistId, raw, now);
	await record(adminId, 'specialist_profile_saved', specialistId, now);
	return profile;
}

/** Accepting an invitation gives a staff role: logged with the new staff member as both actor and subject. */
export async function acceptInviteLogged(
	origin: string,
	raw: unknown,
	now: Date
): Promise<{ memberId: string; role: StaffRole }> {
	const accepted = await acceptInvite((await adminWiring(origin)).specialists, raw, now);
	await record(accepted.memberId, 'invite_accepted', accepted.memberId, now);
	return accepted;
}
