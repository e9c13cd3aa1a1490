import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every word a person reads comes from the catalogues. This finds sentences written straight into server, core
// and route code: a string literal of three words or more. Not counted: what only operators and programmers read
// (log lines, the messages of thrown errors, SQL, the OpenAPI description) and the message check's own tables,
// whose patterns are not prose. What is left must be in `allowed`, with the reason it is not a person's reading.

const roots = ['src/lib/server', 'src/lib/core', 'src/routes', 'src/hooks.server.ts'];
const skipped = [
	/\.test\.ts$/,
	/^src\/lib\/core\/i18n\//,
	/^src\/lib\/core\/message-check\//,
	/^src\/lib\/server\/openapi\//
];

/** Sentences that stay in code (each entry matches the texts it starts), for a program or an operator only. */
const allowed: Record<string, string[]> = {
	// problem+json for API clients: HTTP's own reason phrases and problem titles (a person reads the detail,
	// from the catalogue), and details about a malformed request that the app's own pages never send.
	'src/lib/server/http/api-problems.ts': [
		'Method Not Allowed',
		'Content Too Large',
		'Unsupported Media Type',
		'There is no such resource.',
		'This resource does not take ${…}.',
		'that method (it takes ${…})'
	],
	'src/lib/server/http/staff.ts': ['Second factor required'],
	'src/lib/server/http/problem.ts': [
		'Content Too Large',
		'Send the body as JSON, with Content-Type: application/json.',
		'The body must be at most ${…} bytes.',
		'The body is not valid JSON.',
		'The body must be a JSON object.'
	],
	'src/lib/server/http/cross-site.ts': ['Cross-site requests that change something are refused.'],
	'src/routes/api/v1/message-check/+server.ts': ['Method Not Allowed', '${…} is not allowed here; use POST.'],
	// SvelteKit's error message for a server fault; the error page shows the catalogue's words and the id.
	'src/hooks.server.ts': ['Something went wrong.'],
	// What an input is, for the DomainError's own message (logs), never shown.
	'src/lib/core/accounts/change-email.ts': ['e-mail change link'],
	// Start-up warnings and failures for the operator.
	'src/lib/server/http/origin.ts': ['ORIGIN is https, so a proxy', 'HOST is loopback while ORIGIN'],
	'src/lib/server/db/migrate.ts': ['migration ${…} failed', 'the database could not be brought up to date'],
	// Database messages matched or raised, not written for anyone.
	'src/lib/server/db/errors.ts': ['UNIQUE constraint failed'],
	'src/lib/server/db/migrations/017-staff-second-factor.ts': ['admin_log is append-only']
};

/** Three words in a row (a `${…}` counts as one), and not a Kysely alias such as "members.email as email". */
const isProse = (text: string) =>
	/\p{L}+ \p{L}+ \p{L}+/u.test(text.replaceAll('${…}', 'x')) && !/^[\w.]+ as \w+$/.test(text);
const logCall = /^(log|logger|console|this\.log)\.(trace|debug|info|warn|error|fatal|log)$/;

const isAllowed = (file: string, text: string) => (allowed[file] ?? []).some((start) => text.startsWith(start));

function sourceFiles(): string[] {
	return roots.flatMap((root) =>
		root.endsWith('.ts')
			? [root]
			: readdirSync(root, { recursive: true, encoding: 'utf8' })
					.filter((file) => file.endsWith('.ts'))
					.map((file) => join(root, file).replaceAll('\\', '/'))
	);
}

/**
 * Whether a literal is only read by operators or programs: a log line, the message of a thrown error, SQL. The
 * nearest call decides, so a problem inside `new ProblemError(problem(…))` still counts (a client reads it).
 */
function forOperators(node: ts.Node): boolean {
	for (let at = node.parent; at && !ts.isSourceFile(at); at = at.parent) {
		if (ts.isTaggedTemplateExpression(at)) return at.tag.getText() === 'sql';
		if (ts.isNewExpression(at)) return /Error$/.test(at.expression.getText());
		if (ts.isCallExpression(at)) return logCall.test(at.expression.getText());
		if (ts.isImportDeclaration(at) || ts.isExportDeclaration(at)) return true;
	}
	return false;
}

/** A literal's text, with each `${…}` of a template shown as such. */
function textOf(node: ts.Node): string | null {
	if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
	if (ts.isTemplateExpression(node))
		return node.head.text + node.templateSpans.map((span) => '${…}' + span.literal.text).join('');
	return null;
}

function strayWords(file: string): string[] {
	const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
	const found: string[] = [];
	const visit = (node: ts.Node): void => {
		const text = textOf(node);
		if (text !== null) {
			if (isProse(text) && !forOperators(node)) found.push(text);
			if (!ts.isTemplateExpression(node)) return;
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return found;
}

describe('words outside the catalogues', () => {
	const files = sourceFiles().filter((file) => !skipped.some((pattern) => pattern.test(file)));

	it('finds the code it reads', () => {
		expect(files).toContain('src/lib/server/guidance/message-notices.ts');
		expect(files).toContain('src/hooks.server.ts');
		expect(files.length).toBeGreaterThan(100);
	});

	it('are none: every sentence a person reads comes from a catalogue, in both languages', () => {
		const stray = files
			.map((file) => [file, strayWords(file).filter((text) => !isAllowed(file, text))] as const)
			.filter(([, texts]) => texts.length > 0);
		expect(Object.fromEntries(stray)).toEqual({});
	});

	it('allows only sentences that are still there', () => {
		const gone = Object.entries(allowed).flatMap(([file, texts]) =>
			texts
				.filter((start) => !strayWords(file).some((text) => text.startsWith(start)))
				.map((start) => `${file}: ${start}`)
		);
		expect(gone).toEqual([]);
	});
});
