import { CRISIS_RESOURCES_FILE } from '$app/env/private';
import { loadCrisisResources } from '#lib/server/crisis.ts';

export const load = () => ({ crisis: loadCrisisResources(CRISIS_RESOURCES_FILE) });
