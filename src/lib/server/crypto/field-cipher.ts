import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

// Sensitive free text is stored as AES-256-GCM ciphertext: "v2.<key id>.<iv>.<ciphertext+tag>", base64url.
// The key id travels with each value, so a key can be rotated while old values still decrypt. The additional
// data binds a value to its place and its owner (table, column, row, and the member, thread or specialist whose
// it is), so a ciphertext copied to another row, or a row moved to another member, does not decrypt.
// v1 values (before the owner was bound) still decrypt; start-up and `npm run rotate-key` rewrite them as v2.

export interface FieldKey {
	id: string;
	key: Buffer;
}

export interface Keyring {
	/** New values are encrypted under this key. A keyring read from a file answers the file's current key. */
	readonly current: FieldKey;
	/** Every key that may still be found on stored values, by id. */
	readonly byId: ReadonlyMap<string, Buffer>;
	/**
	 * Reads the keys again (from the key file): a value under a key id this process has not seen means a rotation
	 * happened while it ran, and it takes the new key up without a restart.
	 */
	reload?(): void;
}

/** Where a value is stored and whose it is: what it is sealed to. */
export interface FieldPlace {
	table: string;
	column: string;
	/** The row's id. */
	id: string;
	/** Whose the row is: a member id, a thread id, or specialist and client ids, as fits the table. */
	owner: string;
}

export class DecryptionError extends Error {
	override name = 'DecryptionError';
}

const CURRENT_VERSION = 'v2';

function additionalData(version: string, place: FieldPlace): Buffer {
	// JSON keeps the parts apart whatever they contain; v1 had no owner and a plain string.
	const text =
		version === 'v1'
			? `${place.table}.${place.column}:${place.id}`
			: JSON.stringify([place.table, place.column, place.id, place.owner]);
	return Buffer.from(text, 'utf8');
}

export function encryptField(keyring: Keyring, plaintext: string, place: FieldPlace): string {
	const { id, key } = keyring.current;
	const iv = randomBytes(12);
	const cipher = createCipheriv('aes-256-gcm', key, iv);
	cipher.setAAD(additionalData(CURRENT_VERSION, place));
	const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
	return `${CURRENT_VERSION}.${id}.${iv.toString('base64url')}.${body.toString('base64url')}`;
}

export function keyIdOf(stored: string): string | undefined {
	return stored.split('.')[1];
}

/** Whether a stored value is in the current format under the current key: nothing for a rotation to redo. */
export function isUpToDate(keyring: Keyring, stored: string): boolean {
	return stored.startsWith(`${CURRENT_VERSION}.${keyring.current.id}.`);
}

/** Whether a stored value predates the owner binding (v1). */
export const isLegacy = (stored: string): boolean => stored.startsWith('v1.');

export function decryptField(keyring: Keyring, stored: string, place: FieldPlace): string {
	const [version, keyId, iv, body] = stored.split('.');
	if ((version !== 'v1' && version !== CURRENT_VERSION) || !keyId || !iv || !body)
		throw new DecryptionError('not an encrypted value');
	if (!keyring.byId.has(keyId)) keyring.reload?.();
	const key = keyring.byId.get(keyId);
	if (!key) throw new DecryptionError(`no key with id ${keyId}`);
	const data = Buffer.from(body, 'base64url');
	if (data.length < 16) throw new DecryptionError('value too short');
	const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
	decipher.setAAD(additionalData(version, place));
	decipher.setAuthTag(data.subarray(data.length - 16));
	try {
		return Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]).toString('utf8');
	} catch {
		throw new DecryptionError('value does not decrypt: wrong key, wrong place or owner, or altered');
	}
}
