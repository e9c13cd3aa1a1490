import { isPhoneNumber } from '../shared/phone.ts';

/** Someone in the person's support system, kept on the device. */
export interface SupportContact {
	id: string;
	name: string;
	phone: string;
	createdAt: string;
}

export type ContactProblem = 'name' | 'phone';

/** Checks a new contact; returns the cleaned values, or every field that needs fixing. */
export function checkContact(
	name: string,
	phone: string
): { ok: true; name: string; phone: string } | { ok: false; problems: ContactProblem[] } {
	const problems: ContactProblem[] = [];
	const cleanName = name.trim();
	const cleanPhone = phone.trim();
	if (cleanName === '' || cleanName.length > 60) problems.push('name');
	if (!isPhoneNumber(cleanPhone, 3, 20)) problems.push('phone');
	return problems.length ? { ok: false, problems } : { ok: true, name: cleanName, phone: cleanPhone };
}
