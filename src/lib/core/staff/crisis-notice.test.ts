import { describe, expect, it } from 'vitest';
import type { CrisisResources } from '../crisis/resources.ts';
import { catalogue } from '../i18n/catalogue.ts';
import type { OutgoingMail } from '../shared/mailer.ts';
import { noticeCrisisChange } from './crisis-notice.ts';

const resources = (number: string) =>
	({
		region: 'Test',
		resources: [{ id: 'emergency', name: 'Emergency', contacts: [{ kind: 'call', number }] }]
	}) as unknown as CrisisResources;

function deps() {
	const sent: OutgoingMail[] = [];
	return {
		sent,
		mailer: { send: async (mail: OutgoingMail) => void sent.push(mail) },
		otherAdmins: async () => [
			{ email: 'ana@example.org', locale: 'es' as const },
			{ email: 'bo@example.org', locale: 'en' as const }
		]
	};
}

describe('the notice to the other admins when the crisis resources change', () => {
	it('goes to each other admin in their own language, with no number and no link', async () => {
		const d = deps();
		expect(await noticeCrisisChange(d, resources('911'), resources('555 0100'))).toBe(2);
		expect(d.sent.map((mail) => [mail.to, mail.subject])).toEqual([
			['ana@example.org', catalogue('es').staffProof.crisisNotice.subject],
			['bo@example.org', catalogue('en').staffProof.crisisNotice.subject]
		]);
		for (const mail of d.sent) {
			expect(mail.text).not.toMatch(/https?:|555|911/);
		}
	});

	it('also goes out when the organisation starts or stops using its own resources', async () => {
		expect(await noticeCrisisChange(deps(), null, resources('911'))).toBe(2);
		expect(await noticeCrisisChange(deps(), resources('911'), null)).toBe(2);
	});

	it('is not sent when the resources stay as they were (only the name changed)', async () => {
		const d = deps();
		expect(await noticeCrisisChange(d, resources('911'), resources('911'))).toBe(0);
		expect(await noticeCrisisChange(d, null, null)).toBe(0);
		expect(d.sent).toEqual([]);
	});
});
