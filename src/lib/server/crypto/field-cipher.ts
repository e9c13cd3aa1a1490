import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

// Sensitive free text is stored as AES-256-GCM ciphertext: "v1.<key id>.<iv>.<ciphertext+tag>", base64url.
// The key id travels with each value, so a key can be rotated while old values still decrypt; the additional
// data binds a value to its place (table, column, row), so a ciphertext copied elsewhere does not decrypt.

export interface FieldKey {
	id: string;
	key: Buffer;
}

export interface Keyring {
	/** New values are encrypted under this key. */
	current: FieldKey;
	/** Every key that may still be found on stored values, by id. */
	byId: ReadonlyMap<string, Buffer>;
	/**
	 * Reads the keys again (from the key file): a value under a key id this process has not seen means a rotation
	 * happened while it ran, and it takes the new key up without a restart.
	 */
	reload?(): void;
}

export class DecryptionError extends Error {
	override name = 'DecryptionError';
}

export function encryptField(keyring: Keyring, plaintext: string, place: string): string {
	const iv = randomBytes(12);
	const cipher = createCipheriv('aes-256-gcm', keyring.current.key, iv);
	cipher.setAAD(Buffer.from(place, 'utf8'));
	const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
	return `v1.${keyring.current.id}.${iv.toString('base64url')}.${body.toString('base64url')}`;
}

export function keyIdOf(stored: string): string | undefined {
	return stored.split('.')[1];
}

export function decryptField(keyring: Keyring, stored: string, place: string): string {
	const [version, keyId, iv, body] = stored.split('.');
	if (version !== 'v1' || !keyId || !iv || !body) throw new DecryptionError('not an encrypted value');
	if (!keyring.byId.has(keyId)) keyring.reload?.();
	const key = keyring.byId.get(keyId);
	if (!key) throw new DecryptionError(`no key with id ${keyId}`);
	const data = Buffer.from(body, 'base64url');
	if (data.length < 16) throw new DecryptionError('value too short');
	const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
	decipher.setAAD(Buffer.from(place, 'utf8'));
	decipher.setAuthTag(data.subarray(data.length - 16));
	try {
		return Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]).toString('utf8');
	} catch {
		throw new DecryptionError('value does not decrypt: wrong key, wrong place, or altered');
	}
}
