import { CRISIS_RESOURCES_FILE } from '$app/env/private';
import { resourceById } from '#lib/core/crisis/resources.ts';
import { loadCrisisResources } from '#lib/server/crisis.ts';

export const load = () => {
	const crisis = loadCrisisResources(CRISIS_RESOURCES_FILE);
	return {
		emergency: resourceById(crisis, 'emergency'),
		hotline: resourceById(crisis, 'domestic-violence'),
		elderAbuse: resourceById(crisis, 'elder-abuse')
	};
};
