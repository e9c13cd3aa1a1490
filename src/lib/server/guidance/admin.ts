import type { AdminAuditStore, OrganisationStore, SpecialistDirectory } from '#lib/core/staff/admin.ts';
import type { AdminLog } from '#lib/core/staff/admin-log.ts';
import type { SpecialistDeps } from '#lib/core/staff/specialists.ts';
import { accountDeps } from '../accounts.ts';
import {
	adminAuditRepository,
	organisationRepository,
	specialistDirectoryRepository
} from '../db/repositories/admin.ts';
import { adminLogRepository } from '../db/repositories/admin-log.ts';
import { specialistProfilesRepository, staffInvitesRepository } from '../db/repositories/specialists.ts';
import { getInfrastructure } from '../app/infrastructure.ts';
import { guidanceWiring, type GuidanceWiring } from './wiring.ts';

// The stores of the organisation's admin pages and API, in one place. `origin` is the site's address as this
// request saw it, for the invitation's link.

export interface AdminWiring extends Pick<GuidanceWiring, 'requests' | 'staff'> {
	directory: SpecialistDirectory;
	organisation: OrganisationStore;
	audit: AdminAuditStore;
	adminLog: AdminLog;
	/** Profiles and invitations, with the account ports an accepted invitation needs. */
	specialists: SpecialistDeps;
}

export async function adminWiring(origin: string): Promise<AdminWiring> {
	const { connection, mailer, passwords } = await getInfrastructure();
	const db = connection.db;
	const { requests, staff } = await guidanceWiring();
	return {
		requests,
		staff,
		directory: specialistDirectoryRepository(db),
		organisation: organisationRepository(db),
		audit: adminAuditRepository(db),
		adminLog: adminLogRepository(db),
		specialists: {
			...accountDeps(db, mailer, passwords, origin),
			staff,
			profiles: specialistProfilesRepository(db),
			invites: staffInvitesRepository(db)
		}
	};
}
