import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// What the server keeps on disk (the SQLite database and its -wal and -shm, the key file, the outbox of
// e-mails) is for its own user only: DATA_DIR 0700, its files 0600. The process sets umask 077 before it writes
// anything (server/main.ts, the scripts), so whatever it creates is private; a folder made earlier, by hand or
// by an older version, may be looser, and start-up says so (it does not chmod what an operator chose).

/** A path under DATA_DIR (or the key file) that others may read or enter, with its mode in octal. */
export interface LoosePath {
	path: string;
	mode: string;
}

const loose = (mode: number) => (mode & 0o077) !== 0;

/** The folder, the files in it and in outbox/, and the key file: those that are not private to their owner. */
export function loosePaths(dataDir: string, keyFile?: string): LoosePath[] {
	const found: LoosePath[] = [];
	const check = (path: string) => {
		const stat = statSync(path, { throwIfNoEntry: false });
		if (stat && loose(stat.mode)) found.push({ path, mode: (stat.mode & 0o777).toString(8).padStart(4, '0') });
		return stat;
	};
	const folders = [dataDir, join(dataDir, 'outbox')];
	for (const folder of folders) {
		if (!check(folder)?.isDirectory()) continue;
		for (const entry of readdirSync(folder, { withFileTypes: true }))
			if (entry.isFile()) check(join(folder, entry.name));
	}
	if (keyFile) check(keyFile);
	return found;
}
