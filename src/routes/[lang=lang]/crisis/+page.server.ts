import { regionCrisisResources } from '#lib/server/region.ts';

export const load = () => ({ crisis: regionCrisisResources() });
