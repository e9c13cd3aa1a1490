import type { CrisisResources } from '#lib/core/crisis/resources.ts';
import { organisationRepository } from './db/repositories/admin.ts';
import { regionCrisisResources } from './region.ts';
import { getServices } from './services.ts';

/**
 * The crisis resources a dynamic page shows: the organisation's own, set by its admin, or, when it has none, this
 * deployment's (CRISIS_RESOURCES_FILE). Read on each call, so every instance shows a change at once.
 */
export async function organisationCrisisResources(): Promise<CrisisResources> {
	const { crisisResources } = await organisationRepository((await getServices()).connection.db).get();
	return crisisResources ?? regionCrisisResources();
}

// Shown first when someone's words speak of a crisis: emergency, then the suicide and crisis line and poison
// control, where the list has them.
const crisisFirst = ['emergency', '988', 'poison-control'];

/** The resources for a crisis named in a request or a message; all of them when the list names none of those. */
export async function crisisFirstResources(): Promise<CrisisResources['resources']> {
	const { resources } = await organisationCrisisResources();
	const first = resources.filter((resource) => crisisFirst.includes(resource.id));
	return first.length ? first : resources;
}
