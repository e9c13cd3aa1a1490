/** A write refused by a unique constraint, on either database (PostgreSQL 23505; SQLite's constraint error). */
export function isUniqueViolation(error: unknown): boolean {
	if (typeof error !== 'object' || error === null) return false;
	const { code, errcode, message } = error as { code?: unknown; errcode?: unknown; message?: unknown };
	return (
		code === '23505' ||
		errcode === 2067 ||
		errcode === 1555 ||
		(code === 'ERR_SQLITE_ERROR' && typeof message === 'string' && message.startsWith('UNIQUE constraint failed'))
	);
}
