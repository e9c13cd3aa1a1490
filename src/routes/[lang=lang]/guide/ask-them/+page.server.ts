import { regionCrisisResources } from '#lib/server/region.ts';

// Shown first when their message speaks of a crisis: emergency, then the suicide and crisis line and poison
// control where the region's file has them.
const crisisFirst = ['emergency', '988', 'poison-control'];

export const load = () => {
	const crisis = regionCrisisResources();
	return { crisisResources: crisis.resources.filter((resource) => crisisFirst.includes(resource.id)) };
};
