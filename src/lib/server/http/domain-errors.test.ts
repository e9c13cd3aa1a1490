import { describe, expect, it } from 'vitest';
import { DomainError, type ErrorCode } from '#lib/core/shared/errors.ts';
import { domainProblem } from './domain-errors.ts';

async function answer(error: DomainError, locale?: string) {
	const response = domainProblem(error, locale);
	return { status: response.status, ...((await response.json()) as { title: string; detail: string }) };
}

describe('a refusal from the core, as problem+json', () => {
	it.each([
		['unauthorized', 401, 'Not signed in', 'No has iniciado sesión'],
		['forbidden', 403, 'Forbidden', 'No tienes permiso para esto'],
		['not_found', 404, 'Not found', 'No existe']
	] as const)(
		'with no field to name, %s says what happened in the asked language; its title stays English',
		async (code: ErrorCode, status, english, spanish) => {
			expect(await answer(new DomainError(code, 'x'))).toEqual(
				expect.objectContaining({ status, title: english, detail: english })
			);
			expect(await answer(new DomainError(code, 'x'), 'es')).toEqual(
				expect.objectContaining({ status, title: english, detail: spanish })
			);
		}
	);

	it('names each field’s problem from the catalogue, in the asked language', async () => {
		const error = new DomainError('invalid', 'x', [{ field: 'email', problem: 'emailInvalid' }]);
		expect((await answer(error)).detail).toBe('Enter an e-mail address, like name@example.org.');
		expect((await answer(error, 'es')).detail).toBe('Escribe una dirección de correo, como nombre@ejemplo.org.');
	});
});
