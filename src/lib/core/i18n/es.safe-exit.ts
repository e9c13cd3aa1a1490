import type { enSafeExit } from './en.safe-exit.ts';

// Salir con seguridad (issue #11): la comprobación de seguridad sin scripts.

export const esSafeExit: typeof enSafeExit = {
	check: {
		noScript:
			'Esta comprobación necesita JavaScript, que está desactivado en este navegador, así que aquí no se pueden responder las preguntas. Nada de lo que marques en esta página se envía ni se guarda. Más abajo, la tarjeta de seguridad tiene los números a los que llamar, y puedes saltarte la comprobación.'
	}
};
