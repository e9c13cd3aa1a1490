import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decryptField, DecryptionError, encryptField, keyIdOf, type Keyring } from './field-cipher.ts';
import { keyringFromEnv, keyringFromFile, newKey } from './keyring.ts';

const one = newKey();
const two = { ...newKey(), id: 'second' };
const ringOf = (...keys: (typeof one)[]): Keyring => ({
	current: keys[0]!,
	byId: new Map(keys.map((k) => [k.id, k.key]))
});

describe('sensitive fields at rest', () => {
	it('round-trip any text, and the stored value shows none of it', () => {
		const text = 'He said he’s been sober 30 days 🙏 — “lo prometo”';
		const stored = encryptField(ringOf(one), text, 'reach_outs.said:r1');
		expect(stored).not.toContain('sober');
		expect(stored.startsWith(`v1.${one.id}.`)).toBe(true);
		expect(decryptField(ringOf(one), stored, 'reach_outs.said:r1')).toBe(text);
	});

	it('never encrypt the same text the same way twice', () => {
		expect(encryptField(ringOf(one), 'same', 'p')).not.toBe(encryptField(ringOf(one), 'same', 'p'));
	});

	it('refuse a value moved to another place, altered, or under an unknown key', () => {
		const stored = encryptField(ringOf(one), 'secret', 'reach_outs.said:r1');
		expect(() => decryptField(ringOf(one), stored, 'reach_outs.said:r2')).toThrow(DecryptionError);
		const altered = stored.slice(0, -2) + (stored.endsWith('A') ? 'BB' : 'AA');
		expect(() => decryptField(ringOf(one), altered, 'reach_outs.said:r1')).toThrow(DecryptionError);
		expect(() => decryptField(ringOf(two), stored, 'reach_outs.said:r1')).toThrow(/no key/);
	});

	it('still decrypt old values after a new key becomes current, while new values use the new key', () => {
		const old = encryptField(ringOf(one), 'before rotation', 'p');
		const rotated = ringOf(two, one);
		expect(decryptField(rotated, old, 'p')).toBe('before rotation');
		expect(keyIdOf(encryptField(rotated, 'after', 'p'))).toBe('second');
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
});
