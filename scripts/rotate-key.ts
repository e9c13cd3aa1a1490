// npm run rotate-key: re-encrypts every sensitive value under a new key, while the service keeps running.
//   With the key file (KEY_FILE, or DATA_DIR/keys.json): a new key is added first; running servers notice the
//   file changed and encrypt under the new key from their next write, without a restart.
//   With PORCHLIGHT_KEY: put a new "id:key" first in it on every instance (`npm run rotate-key -- --new-key`
//   prints one), restart them (PORCHLIGHT_KEY is read once), then run this with the same PORCHLIGHT_KEY.
// Values from before the owner binding (v1, migration 018) are rewritten too, in the same pass.
import { randomBytes } from 'node:crypto';
import { bindOwners } from '../src/lib/server/crypto/owner-binding.ts';
import { reencryptAll } from '../src/lib/server/crypto/rotate.ts';
import { addKeyToFile, keyFilePath, keyringFromEnv, keyringFromFile } from '../src/lib/server/crypto/keyring.ts';
import { connect } from '../src/lib/server/db/connect.ts';
import { migrateToLatest } from '../src/lib/server/db/migrate.ts';

if (process.argv.includes('--new-key')) {
	console.log(`k${Date.now().toString(36)}${randomBytes(3).toString('hex')}:${randomBytes(32).toString('base64')}`);
	process.exit(0);
}

// The key file and the database are for this user only (see src/lib/server/data-dir.ts).
process.umask(0o077);
const dataDir = process.env.DATA_DIR || './data';
const keyFile = process.env.KEY_FILE || undefined;
const envKeys = process.env.PORCHLIGHT_KEY;
let keyring;
if (envKeys) keyring = keyringFromEnv(envKeys);
else {
	const key = addKeyToFile(dataDir, { keyFile });
	console.log(`added key ${key.id} to ${keyFilePath(dataDir, keyFile)}`);
	keyring = keyringFromFile(dataDir, { keyFile });
}
const connection = connect({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir });
try {
	await migrateToLatest(connection.db);
	// The new key is current: the one-time step of migration 018 rewrites v1 values under it straight away.
	const bound = (await bindOwners(connection.db, keyring, new Date())) ?? 0;
	const count = bound + (await reencryptAll(connection.db, keyring));
	console.log(`re-encrypted ${count} row(s) under key ${keyring.current.id}`);
} finally {
	await connection.close();
}
