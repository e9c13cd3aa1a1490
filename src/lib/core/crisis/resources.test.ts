import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCrisisResources } from '../../server/crisis.ts';
import { catalogue } from '../i18n/catalogue.ts';
import { crisisResourceProblems } from '../staff/admin.ts';
import {
	contactHref,
	crisisFirst,
	CrisisResourcesError,
	levelToShow,
	parseCrisisResources,
	resourceById
} from './resources.ts';

const resource = (id: string, number: string) => ({
	id,
	name: { en: `${id} en`, es: `${id} es` },
	when: { en: 'When it helps', es: 'Cuándo ayuda' },
	contacts: [{ type: 'call', number }]
});
const valid = () => ({
	region: { en: 'Somewhere', es: 'Algún lugar' },
	resources: [
		resource('emergency', '112'),
		resource('domestic-violence', '016'),
		resource('elder-abuse', '900 100 100')
	]
});

function problemsOf(data: unknown): string {
	try {
		parseCrisisResources(data, 'test.json');
	} catch (error) {
		expect(error).toBeInstanceOf(CrisisResourcesError);
		return (error as Error).message;
	}
	throw new Error('expected the file to be rejected');
}

describe('the crisis resources file', () => {
	it('shipped for the United States is valid and has 911, 988 by call and text, SAMHSA, Poison Control, the domestic violence hotline and the Eldercare Locator', () => {
		const crisis = loadCrisisResources('config/crisis-resources.json');
		const hrefs = crisis.resources.flatMap((resource) => resource.contacts.map(contactHref));
		expect(hrefs).toEqual(
			expect.arrayContaining(['tel:911', 'tel:988', 'sms:988', 'tel:18006624357', 'tel:18002221222', 'tel:18006771116'])
		);
		expect(resourceById(crisis, 'domestic-violence').contacts.map(contactHref)).toEqual([
			'tel:18007997233',
			'tel:18007873224',
			'sms:88788?body=START'
		]);
		expect(resourceById(crisis, 'elder-abuse').contacts.map(contactHref)).toEqual(['tel:18006771116']);
	});

	it('must name the resources the guide points to: emergency, the domestic violence hotline, adult protective services', () => {
		const data = valid();
		data.resources = data.resources.filter((r) => r.id === 'emergency');
		const message = problemsOf(data);
		expect(message).toMatch(
			/needs a resource with id "domestic-violence" \(the domestic violence hotline, shown on the safety card\)/
		);
		expect(message).toMatch(/needs a resource with id "elder-abuse"/);
	});

	it('accepts a region’s own replacement', () => {
		expect(parseCrisisResources(valid(), 'x').resources[0]?.id).toBe('emergency');
	});

	it('names the place of each problem when a text is missing in one language', () => {
		const data = valid();
		delete (data.resources[0]!.name as Partial<typeof data.region>).es;
		expect(problemsOf(data)).toMatch(/test\.json[\s\S]*resources\.0\.name\.es/);
	});

	it('rejects a number that is not a phone number, an unknown contact type, and extra fields', () => {
		const data = valid() as unknown as { resources: Array<Record<string, unknown>> };
		data.resources[0]!.contacts = [{ type: 'fax', number: 'call me' }];
		data.resources[0]!.colour = 'red';
		const message = problemsOf(data);
		expect(message).toMatch(/resources\.0\.contacts\.0\.type/);
		expect(message).toMatch(/resources\.0\.contacts\.0\.number: must be a phone number/);
		expect(message).toMatch(/colour/);
	});

	it('rejects an empty list and duplicate ids', () => {
		expect(problemsOf({ ...valid(), resources: [] })).toMatch(/resources/);
		const twice = valid();
		twice.resources.push(resource('emergency', '911'));
		expect(problemsOf(twice)).toMatch(/each resource needs its own id/);
	});

	it('gives an admin each problem of their own copy in their language: every message is a catalogue key', () => {
		const data = valid() as unknown as { resources: Array<Record<string, unknown>> };
		data.resources[0]!.id = 'Emergency!';
		data.resources[1]!.contacts = [{ type: 'fax', number: 'call me', body: '' }];
		data.resources[1]!.colour = 'red';
		const found = crisisResourceProblems(data);
		expect(found).toContainEqual({ field: 'crisisResources.resources.1.colour', problem: 'crisisFieldUnknown' });
		const list = valid();
		list.resources = [
			resource('domestic-violence', '016'),
			resource('elder-abuse', '112'),
			resource('elder-abuse', '113')
		];
		const problems = [
			...found,
			...crisisResourceProblems(list),
			...crisisResourceProblems({ region: 'US', resources: [] })
		].map((problem) => problem.problem);
		expect(problems).toEqual(
			expect.arrayContaining([
				'crisisIdInvalid',
				'crisisPhoneInvalid',
				'crisisContactTypeInvalid',
				'crisisSmsBodyInvalid',
				'crisisIdsRepeated',
				'crisisEmergencyMissing',
				'crisisObjectRequired',
				'crisisResourcesListInvalid'
			])
		);
		const spanish = catalogue('es').errors as Record<string, string>;
		for (const problem of problems) expect(spanish[problem]).toBeTruthy();
		expect(spanish.crisisPhoneInvalid).toMatch(/^debe ser un número de teléfono/);
	});

	it('says clearly when the file is not JSON or cannot be read', () => {
		const dir = mkdtempSync(join(tmpdir(), 'crisis-'));
		const broken = join(dir, 'broken.json');
		writeFileSync(broken, '{ "region": ');
		expect(() => loadCrisisResources(broken)).toThrow(/broken\.json is not valid JSON/);
		expect(() => loadCrisisResources(join(dir, 'missing.json'))).toThrow(/missing\.json cannot be read/);
	});

	it('builds sms links with the prefilled words', () => {
		expect(contactHref({ type: 'text', number: '88788', body: 'START' })).toBe('sms:88788?body=START');
		expect(contactHref({ type: 'tty', number: '1-800-787-3224' })).toBe('tel:18007873224');
	});

	it('puts emergency first for an urgent crisis, then 988, then poison control; and 988 first for a concern', () => {
		const crisis = loadCrisisResources('config/crisis-resources.json');
		expect(crisisFirst(crisis, 'urgent').map((r) => r.id)).toEqual(['emergency', '988', 'poison-control']);
		expect(crisisFirst(crisis, 'concern').map((r) => r.id)).toEqual(['988', 'emergency']);
	});

	it('keeps that order whatever the file’s order, and leaves out what a region’s list does not have', () => {
		const data = valid();
		data.resources.unshift(resource('poison-control', '915 620 420'), resource('988', '024'));
		const crisis = parseCrisisResources(data, 'x');
		expect(crisisFirst(crisis, 'urgent').map((r) => r.id)).toEqual(['emergency', '988', 'poison-control']);
		expect(crisisFirst(crisis, 'concern').map((r) => r.id)).toEqual(['988', 'emergency']);
		expect(crisisFirst(parseCrisisResources(valid(), 'x'), 'concern').map((r) => r.id)).toEqual(['emergency']);
	});

	it('shows a flag from before levels were kept as urgent, as it was shown then, and nothing without a flag', () => {
		expect(levelToShow(true, null)).toBe('urgent');
		expect(levelToShow(true, 'concern')).toBe('concern');
		expect(levelToShow(false, null)).toBeNull();
	});
});
