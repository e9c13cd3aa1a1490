import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
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
	return { id: `k${Date.now().toString(36)}${randomBytes(3).toString('hex')}`, key: randomBytes(32) };
}

const keyFile = (dataDir: string) => join(dataDir, 'keys.json');

function readKeyFile(file: string): FieldKey[] {
	// Keep it private even if it was copied in with looser permissions.
	if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
	const parsed = JSON.parse(readFileSync(file, 'utf8')) as { keys: Array<{ id: string; key: string }> };
	return parsed.keys.map((k) => parseKey(k.id, k.key, file));
}

function writeKeyFile(file: string, keys: FieldKey[]): void {
	const json = JSON.stringify({ keys: keys.map((k) => ({ id: k.id, key: k.key.toString('base64') })) }, null, '\t');
	// Written beside and renamed over, so a reader never sees half a file.
	writeFileSync(`${file}.new`, json, { mode: 0o600 });
	renameSync(`${file}.new`, file);
}

/** The keys in DATA_DIR/keys.json, written with a first key (mode 0600) if there is none yet. */
export function keyringFromFile(dataDir: string): Keyring {
	const file = keyFile(dataDir);
	if (!existsSync(file)) {
		mkdirSync(dataDir, { recursive: true });
		writeKeyFile(file, [newKey()]);
	}
	const keyring = { ...ring(readKeyFile(file), file) } as Keyring & { byId: Map<string, Buffer> };
	keyring.reload = () => {
		const fresh = ring(readKeyFile(file), file);
		keyring.current = fresh.current;
		keyring.byId = fresh.byId as Map<string, Buffer>;
	};
	return keyring;
}

/** Puts a new key first in DATA_DIR/keys.json, keeping the old ones so existing values still decrypt. */
export function addKeyToFile(dataDir: string): FieldKey {
	const file = keyFile(dataDir);
	const key = newKey();
	writeKeyFile(file, [key, ...readKeyFile(file)]);
	return key;
}
