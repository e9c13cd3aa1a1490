import { QUICK_EXIT_URL } from '$app/env/private';

export const load = () => ({ quickExitUrl: QUICK_EXIT_URL });
