// The crisis flag as stored (tables/columns.ts CrisisFlag) and as the code knows it: written 1 or 0, read back as
// a boolean. The driver may hand an integer back as a number or, for a bigint, a string: all are read alike.

export const crisisFlag = (crisis: boolean): 0 | 1 => (crisis ? 1 : 0);

export const isCrisis = (stored: number | string | boolean): boolean => Number(stored) === 1;
