import type { enSafeExit } from './en.safe-exit.ts';

// Salir con seguridad (issue #11): la comprobación de seguridad sin scripts, y un borrado que no pudo cerrar sesión.

export const esSafeExit: typeof enSafeExit = {
	check: {
		noScript:
			'Esta comprobación necesita JavaScript, que está desactivado en este navegador, así que aquí no se pueden responder las preguntas. Nada de lo que marques en esta página se envía ni se guarda. Más abajo, la tarjeta de seguridad tiene los números a los que llamar, y puedes saltarte la comprobación.'
	},
	wipe: {
		signOutFailed:
			'Se quitó todo lo que Porchlight guardaba en este navegador, pero no se pudo contactar con Porchlight para cerrar tu sesión. Conéctate a internet y vuelve a borrar, o cierra la sesión en la página de tu cuenta.'
	}
};
