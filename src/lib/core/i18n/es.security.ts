import type { enSecurity, enSecurityErrors } from './en.security.ts';

// Seguridad de la cuenta: "Confirma que eres tú", cambiar la contraseña, el historial de inicios de sesión y los
// avisos por correo después de cada cambio en la forma de entrar.

export const esSecurityErrors: typeof enSecurityErrors = {
	reauthenticationRequired:
		'Por tu seguridad, primero confirma que eres tú: escribe tu contraseña o usa una llave de acceso.',
	currentPasswordRequired: 'Escribe tu contraseña actual.',
	newPasswordSame: 'Elige una contraseña distinta de la actual.'
};

export const esSecurity: typeof enSecurity = {
	confirm: {
		title: 'Confirma que eres tú',
		intro:
			'Antes de cambiar la forma de entrar en tu cuenta, o de llevarte todos tus datos, comprobamos que de verdad eres tú. Escribe tu contraseña o usa una llave de acceso. Después vuelves directamente a lo que estabas haciendo.',
		password: 'Tu contraseña',
		submit: 'Confirmar',
		or: 'O usa una llave de acceso guardada en este dispositivo:',
		passkey: 'Confirmar con una llave de acceso',
		working: 'Esperando tu llave de acceso…',
		cancelled: 'No se confirmó nada. Puedes intentarlo de nuevo.',
		failed: 'Esa llave de acceso no pudo confirmar que eres tú. Prueba con tu contraseña.',
		unsupported: 'Este navegador no puede usar llaves de acceso aquí. Usa tu contraseña.',
		back: 'Volver a tu cuenta'
	},
	stale: {
		note: 'Por tu seguridad, esto requiere de nuevo tu contraseña o una llave de acceso.',
		link: 'Confirma que eres tú'
	},
	password: {
		link: 'Cambiar tu contraseña',
		title: 'Cambiar tu contraseña',
		intro:
			'Escribe tu contraseña actual y luego la nueva. Se cerrará la sesión en todos los demás lugares donde hayas entrado; en este dispositivo seguirás dentro.',
		current: 'Contraseña actual',
		new: 'Contraseña nueva',
		newHint: 'Al menos 10 caracteres. Una frase corta es fácil de recordar. No se aceptan contraseñas comunes.',
		submit: 'Cambiar mi contraseña',
		done: 'Tu contraseña se cambió y se cerraron todas las demás sesiones.',
		back: 'Volver a tu cuenta'
	},
	history: {
		link: 'Historial de inicios de sesión y cambios en la cuenta',
		title: 'Historial de inicios de sesión',
		intro:
			'Cuándo alguien entró en tu cuenta o lo intentó, y cada cambio en la forma de entrar. El dispositivo es solo lo que el navegador dice de sí mismo; no se guarda ninguna ubicación. Si no reconoces algo, cambia tu contraseña y cierra tus otras sesiones.',
		signIns: 'Inicios de sesión',
		changes: 'Cambios en tu cuenta',
		when: 'Cuándo',
		what: 'Qué',
		device: 'Dispositivo',
		none: 'Todavía nada.',
		back: 'Volver a tu cuenta',
		kinds: {
			'sign-in': 'Inicio de sesión',
			'sign-in-failed': 'Inicio de sesión fallido',
			reauthenticated: 'Se confirmó que eras tú',
			'reset-requested': 'Se pidió restablecer la contraseña',
			'reset-completed': 'Contraseña restablecida',
			'passkey-added': 'Llave de acceso añadida',
			'passkey-removed': 'Llave de acceso quitada',
			'password-changed': 'Contraseña cambiada',
			'email-change-requested': 'Se pidió una dirección de correo nueva',
			'email-changed': 'Dirección de correo cambiada',
			'data-exported': 'Se descargaron todos los datos',
			'signed-out': 'Sesión cerrada',
			'session-ended': 'Se cerró una sesión',
			'session-expired': 'Una sesión se cerró sola (sin uso, o por antigüedad)',
			'other-sessions-ended': 'Se cerraron las demás sesiones',
			'sessions-ended-by-reset': 'Un restablecimiento de contraseña cerró todas las sesiones',
			'role-granted': 'Se asignó un rol del equipo',
			'role-removed': 'Se quitó un rol del equipo',
			'consent-granted': 'Se empezó a compartir',
			'consent-revoked': 'Se dejó de compartir'
		}
	},
	reset: {
		removePasskeys: 'Quitar también todas las llaves de acceso de la cuenta',
		removePasskeysHint:
			'Recomendado si otra persona pudo tener tu teléfono o tu computadora: una llave de acceso que haya añadido le seguiría dejando entrar. Después puedes volver a añadir las tuyas.'
	},
	notices: {
		passkeyAdded: {
			subject: 'Se añadió una llave de acceso a tu cuenta de Porchlight',
			body: 'Se añadió una llave de acceso a tu cuenta de Porchlight el {when}. Sirve para entrar sin la contraseña.\n\nSi no fuiste tú, restablece tu contraseña aquí cuanto antes y marca la casilla que quita todas las llaves de acceso:\n{link}'
		},
		passkeyRemoved: {
			subject: 'Se quitó una llave de acceso de tu cuenta de Porchlight',
			body: 'Se quitó una llave de acceso de tu cuenta de Porchlight el {when}.\n\nSi no fuiste tú, restablece tu contraseña aquí cuanto antes:\n{link}'
		},
		passwordChanged: {
			subject: 'Se cambió la contraseña de tu cuenta de Porchlight',
			body: 'La contraseña de tu cuenta de Porchlight se cambió el {when}, y se cerraron todas las demás sesiones.\n\nSi no fuiste tú, restablece tu contraseña aquí cuanto antes y marca la casilla que quita todas las llaves de acceso:\n{link}'
		},
		passwordReset: {
			subject: 'Se restableció la contraseña de tu cuenta de Porchlight',
			body: 'La contraseña de tu cuenta de Porchlight se restableció con un enlace enviado por correo el {when}, y se cerraron todas las sesiones.\n\nSi no fuiste tú, restablécela de nuevo aquí cuanto antes y marca la casilla que quita todas las llaves de acceso:\n{link}'
		},
		emailChangedOld: {
			subject: 'Se cambió la dirección de correo de tu cuenta de Porchlight',
			body: 'La dirección de correo de tu cuenta de Porchlight se cambió el {when}, y esta dirección ya no se usa para ella.\n\nSi no fuiste tú, restablece tu contraseña aquí cuanto antes:\n{link}'
		},
		emailChangedNew: {
			subject: 'Esta es ahora la dirección de correo de tu cuenta de Porchlight',
			body: 'Esta dirección pasó a ser la dirección de correo de tu cuenta de Porchlight el {when}.\n\nSi no fuiste tú, restablece tu contraseña aquí cuanto antes:\n{link}'
		},
		dataExported: {
			subject: 'Se descargaron todos los datos de tu cuenta de Porchlight',
			body: 'Todo lo que hay en tu cuenta de Porchlight se descargó en un archivo el {when}.\n\nSi no fuiste tú, alguien puede usar tu cuenta: restablece tu contraseña aquí cuanto antes y marca la casilla que quita todas las llaves de acceso:\n{link}'
		},
		accountDeleted: {
			subject: 'Se eliminó tu cuenta de Porchlight',
			body: 'Tu cuenta de Porchlight y todo lo que había en ella se eliminaron el {when}. No se puede deshacer.\n\nSi no fuiste tú, alguien conocía tu contraseña o tenía un dispositivo con tu sesión abierta: cambia las contraseñas que usas en otros sitios, empezando por la de este correo. Puedes crear una cuenta nueva cuando quieras:\n{link}'
		}
	}
};
