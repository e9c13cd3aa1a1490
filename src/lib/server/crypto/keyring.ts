import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FieldKey, Keyring } from './field-cipher.ts';

// Keys come from PORCHLIGHT_KEY ("id:base64key" pairs, comma-separated, the first one current) or, without it,
// from DATA_DIR/keys.json, created on first start with mode 0600. Each key is 32 random bytes.

function parseKey(id: string, encoded: string, source: string): FieldKey {
	const key = Buffer.from(encoded, 'base64');
	if (!/^[a-z0-9-]{1,32}$/i.test(id))
		throw new Error(`${source}: key id "${id}" must be 1 to 32 letters, digits or dashes`);
	if (key.length !== 32)
		throw new Error(`${source}: key "${id}" must be 32 bytes, base64-encoded (it has ${key.length})`);
	return { id, key };
}

function ring(keys: FieldKey[], source: string): Keyring {
	const [current] = keys;
	if (!current) throw new Error(`${source}: no key`);
	return { current, byId: new Map(keys.map((k) => [k.id, k.key])) };
}

export function keyringFromEnv(value: string): Keyring {
	const keys = value.split(',').map((pair) => {
		const [id = '', encoded = ''] = pair.trim().split(':');
		return parseKey(id, encoded, 'PORCHLIGHT_KEY');
	});
	return ring(keys, 'PORCHLIGHT_KEY');
}

export function newKey(): FieldKey {
	return { id: `k${Date.now().toString(36)}`, key: randomBytes(32) };
}

/** The keys in DATA_DIR/keys.json, written with a first key (mode 0600) if there is none yet. */
export function keyringFromFile(dataDir: string): Keyring {
	const file = join(dataDir, 'keys.json');
	if (!existsSync(file)) {
		mkdirSync(dataDir, { recursive: true });
		const key = newKey();
		writeFileSync(file, JSON.stringify({ keys: [{ id: key.id, key: key.key.toString('base64') }] }, null, '\t'), {
			mode: 0o600,
			flag: 'wx'
		});
	}
	// Keep it private even if it was copied in with looser permissions.
	if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
	const parsed = JSON.parse(readFileSync(file, 'utf8')) as { keys: Array<{ id: string; key: string }> };
	return ring(
		parsed.keys.map((k) => parseKey(k.id, k.key, file)),
		file
	);
}
