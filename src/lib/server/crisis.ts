import { readFileSync } from 'node:fs';
import { CrisisResourcesError, parseCrisisResources, type CrisisResources } from '#lib/core/crisis/resources.ts';

/** Reads and validates the crisis resources file; a missing, unreadable or malformed file stops the build. */
export function loadCrisisResources(path: string): CrisisResources {
	let raw: string;
	try {
		raw = readFileSync(path, 'utf8');
	} catch (error) {
		throw new CrisisResourcesError(`The crisis resources file ${path} cannot be read: ${(error as Error).message}`);
	}
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch (error) {
		throw new CrisisResourcesError(`The crisis resources file ${path} is not valid JSON: ${(error as Error).message}`);
	}
	return parseCrisisResources(data, path);
}
