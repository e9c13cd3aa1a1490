// npm run rotate-key: re-encrypts every sensitive value under a new key, while the service keeps running.
//   With the key file (DATA_DIR/keys.json): a new key is added first; running servers pick it up on their own.
//   With PORCHLIGHT_KEY: put a new "id:key" first in it on every instance (`npm run rotate-key -- --new-key`
//   prints one), roll them out, then run this with the same PORCHLIGHT_KEY.
import { randomBytes } from 'node:crypto';
import { reencryptAll } from '../src/lib/server/crypto/rotate.ts';
import { addKeyToFile, keyringFromEnv, keyringFromFile } from '../src/lib/server/crypto/keyring.ts';
import { connect } from '../src/lib/server/db/connect.ts';
import { migrateToLatest } from '../src/lib/server/db/migrate.ts';

if (process.argv.includes('--new-key')) {
	console.log(`k${Date.now().toString(36)}${randomBytes(3).toString('hex')}:${randomBytes(32).toString('base64')}`);
	process.exit(0);
}

const dataDir = process.env.DATA_DIR || './data';
const envKeys = process.env.PORCHLIGHT_KEY;
let keyring;
if (envKeys) keyring = keyringFromEnv(envKeys);
else {
	const key = addKeyToFile(dataDir);
	console.log(`added key ${key.id} to ${dataDir}/keys.json`);
	keyring = keyringFromFile(dataDir);
}
const connection = connect({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir });
try {
	await migrateToLatest(connection.db);
	const count = await reencryptAll(connection.db, keyring);
	console.log(`re-encrypted ${count} row(s) under key ${keyring.current.id}`);
} finally {
	await connection.close();
}
