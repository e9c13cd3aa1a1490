import { crisisFirst, type CrisisResources } from '#lib/core/crisis/resources.ts';
import type { CrisisLevel } from '#lib/core/message-check/types.ts';
import { getApp } from './app/index.ts';

/** The crisis resources a dynamic page shows: the organisation's own, else this deployment's (app/staff.ts). */
export async function organisationCrisisResources(): Promise<CrisisResources> {
	return (await getApp()).staff.organisation.crisisResources();
}

/** The organisation's resources for a crisis named in a request or a message, in its level's order (crisisFirst). */
export async function crisisFirstResources(level: CrisisLevel): Promise<CrisisResources['resources']> {
	return crisisFirst(await organisationCrisisResources(), level);
}
