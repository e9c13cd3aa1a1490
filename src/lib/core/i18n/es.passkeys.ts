import type { enPasskeys } from './en.passkeys.ts';

// Llaves de acceso: en la página de la cuenta (añadir, ver, quitar) y en la de iniciar sesión.

export const esPasskeys: typeof enPasskeys = {
	title: 'Llaves de acceso',
	intro:
		'Una llave de acceso te permite iniciar sesión con tu huella, tu cara o el bloqueo de pantalla, en lugar de tu contraseña. Se queda en tu dispositivo; Porchlight solo guarda una clave que la comprueba.',
	none: 'Todavía no tienes ninguna llave de acceso.',
	listLabel: 'Tus llaves de acceso',
	added: 'Añadida el {date}',
	lastUsed: 'último uso el {date}',
	neverUsed: 'sin usar todavía',
	remove: 'Quitar esta llave de acceso',
	removed: 'La llave de acceso se quitó. Ya no puede iniciar tu sesión.',
	notFound: 'Esta llave de acceso ya se había quitado.',
	add: 'Añadir una llave de acceso',
	adding: 'Sigue lo que te pida tu dispositivo.',
	addDone: 'Tu llave de acceso está lista. La próxima vez puedes iniciar sesión con ella.',
	addCancelled: 'No se añadió ninguna llave de acceso. Puedes intentarlo de nuevo cuando quieras.',
	addFailed: 'No se pudo añadir la llave de acceso. Inténtalo de nuevo, por favor.',
	addExists: 'Este dispositivo ya tiene una llave de acceso para tu cuenta.',
	unsupported:
		'Este navegador no puede usar llaves de acceso. Puedes seguir entrando con tu contraseña o probar con otro navegador.',
	signIn: {
		button: 'Usar una llave de acceso',
		or: 'O inicia sesión sin escribir tu contraseña:',
		working: 'Sigue lo que te pida tu dispositivo.',
		cancelled: 'Se detuvo el inicio de sesión con la llave de acceso. Puedes intentarlo de nuevo o usar tu contraseña.',
		failed: 'Esta llave de acceso no pudo iniciar tu sesión. Inténtalo de nuevo o usa tu contraseña.',
		unsupported: 'Este navegador no puede usar llaves de acceso. Inicia sesión con tu contraseña.'
	}
};
