import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.ts';
import { hasRecentProof, recentProofMs, requireRecentProof } from './recent-proof.ts';

const now = new Date('2026-12-07T14:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();

describe('recent proof', () => {
	it('holds for five minutes after the member proved who they are, and not a moment longer', () => {
		expect(hasRecentProof(ago(0), now)).toBe(true);
		expect(hasRecentProof(ago(recentProofMs - 1), now)).toBe(true);
		expect(hasRecentProof(ago(recentProofMs), now)).toBe(false);
		expect(hasRecentProof(ago(60 * 60_000), now)).toBe(false);
	});

	it('never holds for a session that never proved anything, or a proof dated in the future', () => {
		expect(hasRecentProof(null, now)).toBe(false);
		expect(hasRecentProof(ago(-60_000), now)).toBe(false);
		expect(hasRecentProof('not a date', now)).toBe(false);
	});

	it('refuses with its own code, so a client knows to ask for the password or a passkey again', () => {
		expect(() => requireRecentProof({ provedAt: ago(6 * 60_000) }, now)).toThrow(
			expect.objectContaining({ code: 'reauthentication_required' }) as DomainError
		);
		expect(() => requireRecentProof({ provedAt: ago(60_000) }, now)).not.toThrow();
	});
});
