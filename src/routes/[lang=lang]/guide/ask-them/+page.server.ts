import { crisisFirst } from '#lib/core/crisis/resources.ts';
import { regionCrisisResources } from '#lib/server/region.ts';

export const load = () => ({ crisisResources: crisisFirst(regionCrisisResources()) });
