// Writes to IndexedDB that must finish before the page is left (navigation replaces the page at once).
const pending = new Set<Promise<unknown>>();

export function track<T>(write: Promise<T>): Promise<T> {
	pending.add(write);
	void write.finally(() => pending.delete(write)).catch(() => undefined);
	return write;
}

export async function settled(): Promise<void> {
	await Promise.allSettled([...pending]);
}
