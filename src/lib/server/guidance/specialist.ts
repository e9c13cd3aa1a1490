import { caseloadOf, clientOverview, type CaseloadClient, type ClientOverview } from '#lib/core/guidance/caseload.ts';
import { caseloadRepository } from '../db/repositories/caseload.ts';
import { guidanceWiring } from './wiring.ts';

// The specialist's workspace, on this instance's database: the caseload and one client's overview. Sharing,
// audit and notes come from the one guidance wiring (guidanceWiring().sharing).

export async function specialistCaseload(specialistId: string, now: Date): Promise<CaseloadClient[]> {
	const { db } = await guidanceWiring();
	return caseloadOf(caseloadRepository(db), specialistId, now);
}

export async function specialistClient(specialistId: string, memberId: string): Promise<ClientOverview> {
	const { db, requests, sharing } = await guidanceWiring();
	return clientOverview(
		{ requests, consents: sharing.consents, caseload: caseloadRepository(db) },
		specialistId,
		memberId
	);
}
