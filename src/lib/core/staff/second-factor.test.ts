import { describe, expect, it } from 'vitest';
import { sessionProvenByEnrolment, staffProof, workspaceOf } from './second-factor.ts';

describe('what a staff member must do before a staff page answers', () => {
	it('asks nothing more of a session proven with a passkey, with or without passkeys listed', () => {
		expect(staffProof({ secondFactor: true }, 1)).toBe('proven');
		expect(staffProof({ secondFactor: true }, 0)).toBe('proven');
	});

	it('asks a password-only session with no passkey registered to add one', () =>
		expect(staffProof({ secondFactor: false }, 0)).toBe('enrol'));

	it('asks a password-only session with a passkey registered to use it', () =>
		expect(staffProof({ secondFactor: false }, 2)).toBe('step-up'));
});

describe('whether adding a passkey proves the session', () => {
	it('counts the first passkey, whose holder just proved possession', () =>
		expect(sessionProvenByEnrolment(0)).toBe(true));

	it('does not count another passkey added by a password-only session', () =>
		expect(sessionProvenByEnrolment(1)).toBe(false));
});

describe('where a proven staff member goes next', () => {
	it('is the admin pages for an admin and the workspace for a specialist, in their language', () => {
		expect(workspaceOf('admin', 'es')).toBe('/es/admin');
		expect(workspaceOf('specialist', 'en')).toBe('/en/specialist');
	});
});
