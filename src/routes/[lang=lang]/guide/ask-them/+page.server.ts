import { CRISIS_RESOURCES_FILE } from '$app/env/private';
import { loadCrisisResources } from '#lib/server/crisis.ts';

// Shown first when their message speaks of a crisis: emergency, then the suicide and crisis line and poison
// control where the region's file has them.
const crisisFirst = ['emergency', '988', 'poison-control'];

export const load = () => {
	const crisis = loadCrisisResources(CRISIS_RESOURCES_FILE);
	return { crisisResources: crisis.resources.filter((resource) => crisisFirst.includes(resource.id)) };
};
