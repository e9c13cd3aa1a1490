import type { AccessRow } from './row.ts';

// The access matrix rows of this area (see row.ts).
export const rows: AccessRow[] = [];
