import { crisisFirst, type CrisisResources } from '#lib/core/crisis/resources.ts';
import type { CrisisLevel } from '#lib/core/message-check/types.ts';
import { organisationRepository } from './db/repositories/admin.ts';
import { regionCrisisResources } from './region.ts';
import { getInfrastructure } from './app/infrastructure.ts';

/**
 * The crisis resources a dynamic page shows: the organisation's own, set by its admin, or, when it has none, this
 * deployment's (CRISIS_RESOURCES_FILE). Read on each call, so every instance shows a change at once.
 */
export async function organisationCrisisResources(): Promise<CrisisResources> {
	const { crisisResources } = await organisationRepository((await getInfrastructure()).connection.db).get();
	return crisisResources ?? regionCrisisResources();
}

/** The organisation's resources for a crisis named in a request or a message, in its level's order (crisisFirst). */
export async function crisisFirstResources(level: CrisisLevel): Promise<CrisisResources['resources']> {
	return crisisFirst(await organisationCrisisResources(), level);
}
