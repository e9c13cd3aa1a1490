import { CRISIS_RESOURCES_FILE } from '$app/env/private';
import type { CrisisResources } from '#lib/core/crisis/resources.ts';
import { loadCrisisResources } from './crisis.ts';

let region: CrisisResources | undefined;

/** This deployment's crisis resources (CRISIS_RESOURCES_FILE), read once; pages are prerendered with them. */
export function regionCrisisResources(): CrisisResources {
	region ??= loadCrisisResources(CRISIS_RESOURCES_FILE);
	return region;
}
