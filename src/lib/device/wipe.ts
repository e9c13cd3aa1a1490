import { closeStore, databaseName } from './store.ts';

function deleteDatabase(name: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.deleteDatabase(name);
		request.onsuccess = () => resolve();
		request.onerror = () => reject(request.error ?? new Error(`could not delete ${name}`));
		// Another tab still holds it open; it closes on "versionchange", after which this succeeds.
		request.onblocked = () => undefined;
	});
}

/** Removes everything Porchlight stored in this browser: data, offline copy, worker and the language cookie. */
export async function wipeDevice(): Promise<void> {
	closeStore();
	const names = (await indexedDB.databases?.())?.map((info) => info.name).filter((name): name is string => !!name) ?? [
		databaseName
	];
	if (!names.includes(databaseName)) names.push(databaseName);
	await Promise.all(names.map(deleteDatabase));
	localStorage.clear();
	sessionStorage.clear();
	if ('caches' in self) await Promise.all((await caches.keys()).map((key) => caches.delete(key)));
	if ('serviceWorker' in navigator) {
		await Promise.all(
			(await navigator.serviceWorker.getRegistrations()).map((registration) => registration.unregister())
		);
	}
	for (const cookie of document.cookie.split(';')) {
		const name = cookie.split('=')[0]?.trim();
		if (name) document.cookie = `${name}=; path=/; max-age=0`;
	}
}
