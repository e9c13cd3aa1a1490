// What the bad-input test sends (bad-input.test.ts): hostile text, values of the wrong type, of the right type with
// unusual content, at and over the limits, and whole bodies built from a route's fields, random and hand-picked.

import fc from 'fast-check';
import type { RequestOptions } from './members.ts';
import type { FieldSpec, RouteCase } from './route-case.ts';

export const hostileText = [
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	"'; DROP TABLE reach_outs; --",
	"1' OR '1'='1",
	'Robert"); DELETE FROM members; --',
	'$1 \\x00 \\\\ %s %n {{7*7}} ${7*7}',
	'\u0000nul and \u0007bell',
	'\u202Eright-to-left override\u202C',
	'مرحبا بالعالم',
	'שלום',
	'e\u0301\u0301\u0301 combining',
	'👩‍👩‍👧‍👦 family, 🏳️‍🌈 flag',
	'\uFEFFbyte order mark',
	'line\r\nbreaks\ttab',
	' leading and trailing spaces ',
	'null',
	'undefined',
	'{"json": "in a string"}'
];

export const anyString = fc.oneof(
	fc.string({ maxLength: 80 }),
	fc.string({ unit: 'binary', maxLength: 80 }),
	fc.string({ unit: 'grapheme', maxLength: 40 }),
	fc.constantFrom(...hostileText),
	fc.array(fc.constantFrom(...hostileText), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '))
);

/** A value of the wrong type for the field. */
export function wrongValue(spec: FieldSpec): fc.Arbitrary<unknown> {
	const notString = fc.oneof(
		fc.integer(),
		fc.double(),
		fc.boolean(),
		fc.constant(null),
		fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
		fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 })
	);
	switch (spec.kind) {
		case 'text':
			return notString;
		case 'enum':
			return fc.oneof(notString, anyString).filter((v) => !(spec.values as readonly unknown[]).includes(v));
		case 'datetime':
			return fc.oneof(notString, anyString, fc.constantFrom('2026-13-01T00:00:00Z', '2026-11-30', 'yesterday'));
		case 'textList':
			return fc.oneof(
				fc.integer(),
				anyString,
				fc.constant(null),
				fc.array(fc.oneof(fc.integer(), fc.constant(null), fc.constant('   '), fc.constant('')), {
					minLength: 1,
					maxLength: 3
				})
			);
		case 'int':
			return fc.oneof(anyString, fc.double({ noInteger: true }), fc.constant(null), fc.boolean());
		case 'records':
			return fc.oneof(
				notString,
				anyString,
				fc.array(fc.oneof(fc.integer(), anyString, fc.constant(null)), { minLength: 1, maxLength: 3 }),
				fc.array(fc.record(Object.fromEntries(Object.entries(spec.of).map(([n, s]) => [n, wrongValue(s)]))), {
					minLength: 1,
					maxLength: 2
				})
			);
	}
}

/** A value of the right type, with hostile and unusual content where the field takes text. */
export function rightValue(spec: FieldSpec): fc.Arbitrary<unknown> {
	switch (spec.kind) {
		case 'text':
			return anyString;
		case 'enum':
			return spec.nullable
				? fc.oneof(fc.constantFrom(...spec.values), fc.constant(null))
				: fc.constantFrom(...spec.values);
		case 'datetime':
			return fc
				.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
				.map((d) => d.toISOString());
		case 'textList':
			return fc.array(
				anyString.filter((s) => s.trim() !== ''),
				{ maxLength: 4 }
			);
		case 'int':
			return fc.integer({ min: spec.min, max: spec.max });
		case 'records':
			return fc.array(
				fc.record(
					Object.fromEntries(
						Object.entries(spec.of).map(([n, s]) => [
							n,
							s.kind === 'text' ? anyString.filter((t) => t.trim() !== '') : rightValue(s)
						])
					)
				),
				{ maxLength: 3 }
			);
	}
}

/** A string of about `length` UTF-16 units, of one kind of character. */
export const sized = (length: number, unit: string) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

export function oversized(spec: FieldSpec): fc.Arbitrary<unknown> {
	if (spec.kind === 'text')
		return fc
			.tuple(fc.integer({ min: -3, max: 3 }), fc.constantFrom('a', 'é', '<', '😀'))
			.map(([delta, unit]) => sized(spec.max + delta * unit.length, unit));
	if (spec.kind === 'records')
		return fc
			.integer({ min: 0, max: 1 })
			.map((delta) =>
				Array.from({ length: spec.maxItems + delta }, (_, i) => ({ sign: `sign ${i}`, status: 'seen', note: '' }))
			);
	if (spec.kind === 'textList')
		return fc.oneof(
			fc.integer({ min: -1, max: 1 }).map((delta) => [sized(spec.itemMax + delta, 'x')]),
			fc
				.integer({ min: 0, max: 1 })
				.map((delta) => Array.from({ length: spec.maxItems + delta }, (_, i) => `item ${i}`))
		);
	return rightValue(spec);
}

export interface Attempt {
	/** The body as sent, when it was JSON. */
	sent?: unknown;
	options: RequestOptions;
}

export function bodies(row: RouteCase): fc.Arbitrary<Attempt> {
	const fields = row.fields!;
	const names = Object.keys(fields);
	const valid = row.body!() as Record<string, unknown>;
	const json = (value: unknown): Attempt => ({ sent: value, options: { body: value } });
	const record = (value: (spec: FieldSpec) => fc.Arbitrary<unknown>) =>
		fc
			.record(Object.fromEntries(names.map((name) => [name, value(fields[name]!)])), {
				requiredKeys: row.partial ? [] : names
			})
			.map((changes) => ({ ...(row.partial ? {} : valid), ...changes }));
	return fc.oneof(
		// Anything at all that is JSON.
		fc.jsonValue().map(json),
		// The right keys with the right types: hostile text, unicode, every allowed value.
		record(rightValue).map(json),
		// The right keys, some with the wrong types.
		record((spec) => fc.oneof(rightValue(spec), wrongValue(spec))).map(json),
		// Strings just under, at and just over the limits.
		record((spec) => fc.oneof(rightValue(spec), oversized(spec))).map(json),
		// Keys the route does not know, prototype pollution among them.
		fc
			.tuple(
				fc.constantFrom('__proto__', 'constructor', 'id', 'memberId', 'member_id', 'createdAt', 'extra'),
				fc.jsonValue()
			)
			.map(([key, value]) => {
				const raw = JSON.stringify(valid).replace(/^\{/, `{${JSON.stringify(key)}:${JSON.stringify(value) ?? 'null'},`);
				return { options: { raw, contentType: 'application/json' } };
			}),
		// Not JSON, or not said to be.
		fc
			.tuple(
				fc.oneof(
					fc.constant(JSON.stringify(valid)),
					fc.string({ maxLength: 60 }),
					fc.constantFrom('{', '{"said": }', 'null', '[]', '"text"', '', '\u0000', 'said=hi&channel=call')
				),
				fc.constantFrom(
					undefined,
					'application/json',
					'text/plain',
					'application/x-www-form-urlencoded',
					'multipart/form-data; boundary=x',
					'application/xml',
					'application/json; charset=latin1'
				)
			)
			.map(([raw, contentType]) => ({ options: { raw, ...(contentType ? { contentType } : {}) } }))
	);
}

/** Hand-picked bodies every run sends: lone surrogates (only JSON escapes can carry them) and huge bodies. */
export function fixedAttempts(row: RouteCase): Attempt[] {
	const valid = row.body!() as Record<string, unknown>;
	const textField = Object.entries(row.fields!).find(([, spec]) => spec.kind === 'text' || spec.kind === 'textList');
	const attempts: Attempt[] = [
		{ options: { raw: '{}'.padEnd(70_000, ' '), contentType: 'application/json' } },
		{ options: { raw: `{"x":"${'a'.repeat(600_000)}"}`, contentType: 'application/json' } },
		{ options: { raw: '{"a":'.repeat(5000) + '1' + '}'.repeat(5000), contentType: 'application/json' } },
		{ options: { raw: JSON.stringify(valid), contentType: 'application/json; charset=utf-8' } }
	];
	if (textField) {
		const [name, spec] = textField;
		const wrap = (value: string) => (spec.kind === 'textList' ? [value] : value);
		for (const escaped of ['\\ud800', '\\udfff', 'a\\ud83d', '\\ude00b', '\\ud83d\\ude00'])
			attempts.push({
				sent: { ...valid, [name]: wrap(JSON.parse(`"${escaped}"`) as string) },
				options: {
					raw: JSON.stringify({ ...valid, [name]: wrap('@@') }).replace('@@', escaped),
					contentType: 'application/json'
				}
			});
		attempts.push({
			sent: { ...valid, [name]: wrap(sized(60_000, 'a')) },
			options: { body: { ...valid, [name]: wrap(sized(60_000, 'a')) } }
		});
	}
	return attempts;
}
