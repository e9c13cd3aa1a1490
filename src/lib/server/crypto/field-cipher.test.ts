import { createCipheriv, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	decryptField,
	DecryptionError,
	encryptField,
	isLegacy,
	isUpToDate,
	keyIdOf,
	type FieldPlace,
	type Keyring
} from './field-cipher.ts';
import { addKeyToFile, keyringFromEnv, keyringFromFile, newKey } from './keyring.ts';
import { placeIn } from './places.ts';

const one = newKey();
const two = { ...newKey(), id: 'second' };
const ringOf = (...keys: (typeof one)[]): Keyring => ({
	current: keys[0]!,
	byId: new Map(keys.map((k) => [k.id, k.key]))
});
const said = (id: string, owner = 'ana'): FieldPlace => ({ table: 'reach_outs', column: 'said', id, owner });

/** A value as the v1 format wrote it: bound to table, column and row only. */
function legacyValue(key: typeof one, text: string, place: FieldPlace): string {
	const iv = randomBytes(12);
	const cipher = createCipheriv('aes-256-gcm', key.key, iv);
	cipher.setAAD(Buffer.from(`${place.table}.${place.column}:${place.id}`, 'utf8'));
	const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final(), cipher.getAuthTag()]);
	return `v1.${key.id}.${iv.toString('base64url')}.${body.toString('base64url')}`;
}

describe('sensitive fields at rest', () => {
	it('round-trip any text, and the stored value shows none of it', () => {
		const text = 'He said he’s been sober 30 days 🙏 — “lo prometo”';
		const stored = encryptField(ringOf(one), text, said('r1'));
		expect(stored).not.toContain('sober');
		expect(stored.startsWith(`v2.${one.id}.`)).toBe(true);
		expect(decryptField(ringOf(one), stored, said('r1'))).toBe(text);
	});

	it('never encrypt the same text the same way twice', () => {
		expect(encryptField(ringOf(one), 'same', said('r1'))).not.toBe(encryptField(ringOf(one), 'same', said('r1')));
	});

	it('refuse a value moved to another place, altered, or under an unknown key', () => {
		const stored = encryptField(ringOf(one), 'secret', said('r1'));
		expect(() => decryptField(ringOf(one), stored, said('r2'))).toThrow(DecryptionError);
		expect(() => decryptField(ringOf(one), stored, { ...said('r1'), column: 'did' })).toThrow(DecryptionError);
		const altered = stored.slice(0, -2) + (stored.endsWith('A') ? 'BB' : 'AA');
		expect(() => decryptField(ringOf(one), altered, said('r1'))).toThrow(DecryptionError);
		expect(() => decryptField(ringOf(two), stored, said('r1'))).toThrow(/no key/);
	});

	it('refuse a row moved to another member: the owner is sealed in with the value', () => {
		const stored = encryptField(ringOf(one), 'secret', placeIn('reach_outs', 'said', { id: 'r1', member_id: 'ana' }));
		const moved = placeIn('reach_outs', 'said', { id: 'r1', member_id: 'eve' });
		expect(() => decryptField(ringOf(one), stored, moved)).toThrow(DecryptionError);
		// A note binds its specialist and its client: moving it to either another one fails.
		const note = placeIn('specialist_notes', 'body', { id: 'n1', specialist_id: 'sofia', member_id: 'ana' });
		const sealed = encryptField(ringOf(one), 'note', note);
		expect(decryptField(ringOf(one), sealed, note)).toBe('note');
		expect(() => decryptField(ringOf(one), sealed, { ...note, owner: 'victor/ana' })).toThrow(DecryptionError);
		expect(() => decryptField(ringOf(one), sealed, { ...note, owner: 'sofia/eve' })).toThrow(DecryptionError);
	});

	it('still read a v1 value at its place, and tell it apart for the rewrite', () => {
		const old = legacyValue(one, 'written before 018', said('r1'));
		expect(decryptField(ringOf(one), old, said('r1', 'whoever'))).toBe('written before 018');
		expect(isLegacy(old)).toBe(true);
		expect(isUpToDate(ringOf(one), old)).toBe(false);
		const fresh = encryptField(ringOf(one), 'new', said('r1'));
		expect([isLegacy(fresh), isUpToDate(ringOf(one), fresh), isUpToDate(ringOf(two, one), fresh)]).toEqual([
			false,
			true,
			false
		]);
	});

	it('still decrypt old values after a new key becomes current, while new values use the new key', () => {
		const old = encryptField(ringOf(one), 'before rotation', said('r1'));
		const rotated = ringOf(two, one);
		expect(decryptField(rotated, old, said('r1'))).toBe('before rotation');
		expect(keyIdOf(encryptField(rotated, 'after', said('r1')))).toBe('second');
	});

	it('read keys from PORCHLIGHT_KEY, the first one current, and explain a bad one', () => {
		const value = `new:${two.key.toString('base64')},old:${one.key.toString('base64')}`;
		expect(keyringFromEnv(value).current.id).toBe('new');
		expect(keyringFromEnv(value).byId.size).toBe(2);
		expect(() => keyringFromEnv('k:c2hvcnQ=')).toThrow(/must be 32 bytes/);
	});

	it('create a key file readable by its owner only, and read the same key back', () => {
		const dir = mkdtempSync(join(tmpdir(), 'keys-'));
		const first = keyringFromFile(dir);
		expect(statSync(join(dir, 'keys.json')).mode & 0o777).toBe(0o600);
		expect(keyringFromFile(dir).current.key.equals(first.current.key)).toBe(true);
		expect(readFileSync(join(dir, 'keys.json'), 'utf8')).toContain(first.current.id);
	});

	it('keep the key file where KEY_FILE says, in a private folder made for it', () => {
		const dir = mkdtempSync(join(tmpdir(), 'keys-'));
		const keyFile = join(dir, 'secrets', 'porchlight-keys.json');
		const keyring = keyringFromFile(join(dir, 'data'), { keyFile });
		expect(readFileSync(keyFile, 'utf8')).toContain(keyring.current.id);
		expect(statSync(join(dir, 'secrets')).mode & 0o777).toBe(0o700);
		expect(statSync(join(dir, 'data'), { throwIfNoEntry: false })).toBeUndefined();
	});

	it('encrypt under a key added to the file while the keyring was in use, without a reload', () => {
		const dir = mkdtempSync(join(tmpdir(), 'keys-'));
		const running = keyringFromFile(dir);
		const before = running.current.id;
		const added = addKeyToFile(dir);
		expect(added.id).not.toBe(before);
		const stored = encryptField(running, 'after the rotation', said('r1'));
		expect(keyIdOf(stored)).toBe(added.id);
		expect(running.byId.has(before)).toBe(true);
	});
});
