import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FieldKey, Keyring } from './field-cipher.ts';

// Keys come from PORCHLIGHT_KEY ("id:base64key" pairs, comma-separated, the first one current) or, without it,
// from a key file (KEY_FILE, by default DATA_DIR/keys.json), created on first start with mode 0600. Each key is
// 32 random bytes. A keyring read from the file notices when the file is replaced (`npm run rotate-key` renames
// a new one over it) and reads it again, so a running server encrypts under the new key without a restart.
// Keys from PORCHLIGHT_KEY are fixed for the life of the process: a rotation there needs a restart.

function parseKey(id: string, encoded: string, source: string): FieldKey {
	const key = Buffer.from(encoded, 'base64');
	if (!/^[a-z0-9-]{1,32}$/i.test(id))
		throw new Error(`${source}: key id "${id}" must be 1 to 32 letters, digits or dashes`);
	if (key.length !== 32)
		throw new Error(`${source}: key "${id}" must be 32 bytes, base64-encoded (it has ${key.length})`);
	return { id, key };
}

function ring(keys: FieldKey[], source: string): { current: FieldKey; byId: Map<string, Buffer> } {
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

/** Where the key file is: KEY_FILE when set (a secrets mount, say), otherwise DATA_DIR/keys.json. */
export const keyFilePath = (dataDir: string, keyFile?: string): string => keyFile || join(dataDir, 'keys.json');

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

/** What tells one version of the file from the next: a rename gives a new inode, an edit a new time or size. */
function versionOf(file: string): string {
	const stat = statSync(file, { throwIfNoEntry: false });
	return stat ? `${stat.ino}:${stat.mtimeMs}:${stat.size}` : '';
}

export interface KeyFileOptions {
	/** KEY_FILE: the key file's path, when it is not DATA_DIR/keys.json. */
	keyFile?: string | undefined;
}

/** The keys in the key file, written with a first key (mode 0600, its folder 0700) if there is none yet. */
export function keyringFromFile(dataDir: string, options: KeyFileOptions = {}): Keyring {
	const file = keyFilePath(dataDir, options.keyFile);
	if (!existsSync(file)) {
		mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
		writeKeyFile(file, [newKey()]);
	}
	let seen = versionOf(file);
	let keys = ring(readKeyFile(file), file);
	const reload = () => {
		seen = versionOf(file);
		keys = ring(readKeyFile(file), file);
	};
	return {
		// A stat before each encryption costs microseconds, and writes are a person's pace.
		get current() {
			if (versionOf(file) !== seen) reload();
			return keys.current;
		},
		get byId() {
			return keys.byId;
		},
		reload
	};
}

/** Puts a new key first in the key file, keeping the old ones so existing values still decrypt. */
export function addKeyToFile(dataDir: string, options: KeyFileOptions = {}): FieldKey {
	const file = keyFilePath(dataDir, options.keyFile);
	const key = newKey();
	writeKeyFile(file, [key, ...readKeyFile(file)]);
	return key;
}
