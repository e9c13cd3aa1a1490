import { CRISIS_RESOURCES_FILE } from '$app/env/private';
import { resourceById } from '#lib/core/crisis/resources.ts';
import { loadCrisisResources } from '#lib/server/crisis.ts';

export const load = () => ({ hotline: resourceById(loadCrisisResources(CRISIS_RESOURCES_FILE), 'domestic-violence') });
