import { crisisFirst, resourceById } from '#lib/core/crisis/resources.ts';
import { regionCrisisResources } from '#lib/server/region.ts';

// Both crisis levels' resources, each in its order: the check runs in the browser and shows one of them.
export const load = () => {
	const region = regionCrisisResources();
	return {
		crisisResources: { urgent: crisisFirst(region, 'urgent'), concern: crisisFirst(region, 'concern') },
		safetyLine: resourceById(region, 'domestic-violence')
	};
};
