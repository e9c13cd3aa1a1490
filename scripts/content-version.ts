import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const inputs = ['src', 'static', 'config', 'package-lock.json', 'vite.config.ts'];

/** A short hash of everything that shapes the built client, used as the app and service-worker version. */
export function contentVersion(root = process.cwd()): string {
	const hash = createHash('sha256');
	const visit = (path: string): void => {
		let stat;
		try {
			stat = statSync(path);
		} catch {
			return;
		}
		if (stat.isDirectory()) {
			for (const name of readdirSync(path).sort()) visit(join(path, name));
		} else {
			hash.update(path.slice(root.length)).update(readFileSync(path));
		}
	};
	for (const input of inputs) visit(join(root, input));
	hash.update(process.env.ORIGIN ?? '').update(process.env.QUICK_EXIT_URL ?? '');
	return hash.digest('hex').slice(0, 12);
}
