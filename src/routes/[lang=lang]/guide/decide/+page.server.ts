import { resourceById } from '#lib/core/crisis/resources.ts';
import { regionCrisisResources } from '#lib/server/region.ts';

export const load = () => ({ hotline: resourceById(regionCrisisResources(), 'domestic-violence') });
