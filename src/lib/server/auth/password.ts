import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

// Passwords: argon2id with OWASP's parameters (19 MiB, 2 passes, 1 lane), at least 10 characters, at most 128,
// and never one of the ~49,000 most common passwords (the list shipped with zxcvbn-ts).

// Algorithm is a const enum, which isolated modules cannot read; 2 is its Argon2id.
const argon2id = 2 as Algorithm;
const options = { algorithm: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const passwordLimits = { min: 10, max: 128 } as const;

const common = new Set(dictionary['passwords-common'].map((word: string) => word.toLowerCase()));

export type PasswordProblem = 'tooShort' | 'tooLong' | 'common';

/** What is wrong with a new password, if anything. Length counts characters, not bytes. */
export function checkNewPassword(password: string, email?: string): PasswordProblem | null {
	const length = [...password].length;
	if (length < passwordLimits.min) return 'tooShort';
	if (length > passwordLimits.max) return 'tooLong';
	const lower = password.toLowerCase();
	if (common.has(lower) || (email && lower === email.toLowerCase()) || /^(.)\1+$/.test(password)) return 'common';
	return null;
}

export function hashPassword(password: string): Promise<string> {
	return hash(password.normalize('NFKC'), options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password.normalize('NFKC'));
	} catch {
		return false;
	}
}
