import { resourceById } from '#lib/core/crisis/resources.ts';
import { regionCrisisResources } from '#lib/server/region.ts';

export const load = () => {
	const crisis = regionCrisisResources();
	return {
		emergency: resourceById(crisis, 'emergency'),
		hotline: resourceById(crisis, 'domestic-violence'),
		elderAbuse: resourceById(crisis, 'elder-abuse')
	};
};
