import { checkPostgres } from '../global-setup.ts';
import { assertBuilt } from './server.ts';

// The API tests talk to the built server: without build/ there is nothing to test, and the reason is said once.
export default async function setup(): Promise<void> {
	assertBuilt();
	await checkPostgres('the API tests (access control, bad input, crash durability, encryption at rest)');
}
