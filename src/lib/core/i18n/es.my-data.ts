import type { enMyData } from './en.my-data.ts';

export const esMyData: typeof enMyData = {
	data: {
		title: 'Tus datos',
		intro: 'Todo lo que guardas en Porchlight es tuyo: llévate una copia o bórralo todo.',
		exportTitle: 'Llévate una copia',
		exportIntro:
			'Un archivo con todo lo guardado en tu cuenta: tu plan y cada una de sus versiones, tus contactos con tu ser querido, tus revisiones semanales, tus contactos de apoyo y dónde tienes la sesión abierta. Guárdalo en un lugar privado.',
		exportJson: 'Descargar todo (JSON)',
		exportPdf: 'Descargar mi plan (PDF)',
		deleteTitle: 'Borrar mi cuenta',
		deleteIntro:
			'Esto borra tu cuenta y todo lo que contiene, para siempre: tu plan, tus contactos con tu ser querido, tus revisiones, tus contactos de apoyo y tus llaves de acceso. No se puede deshacer. Lo guardado en este dispositivo se queda hasta que lo borres.',
		password: 'Tu contraseña',
		passwordHint: 'Escríbela otra vez, para que nadie más pueda hacerlo desde un teléfono con la sesión abierta.',
		understand: 'Entiendo que esto no se puede deshacer.',
		understandRequired: 'Marca la casilla para confirmar que lo entiendes.',
		delete: 'Borrar mi cuenta para siempre'
	},
	deleted: {
		title: 'Tu cuenta está borrada',
		body: 'Todo lo que contenía ya no está en Porchlight. La guía sigue funcionando aquí, sin cuenta, cuando la necesites.',
		home: 'Volver al inicio'
	},
	email: {
		title: 'Cambiar tu dirección de correo',
		current: 'Tu cuenta usa {email}.',
		newEmail: 'Nueva dirección de correo',
		password: 'Tu contraseña',
		passwordHint: 'Escríbela otra vez, para que nadie más pueda hacerlo desde un teléfono con la sesión abierta.',
		submit: 'Enviar un enlace a la nueva dirección',
		sent: 'Gracias. Si esta dirección se puede usar, le enviamos un enlace. Tu dirección cambia cuando lo abras, en las próximas 24 horas.',
		change: 'Cambiar la dirección de correo',
		confirmTitle: 'Confirma tu nueva dirección de correo',
		confirmIntro: 'Un paso más: confirma que esta nueva dirección es tuya.',
		confirmButton: 'Usar esta dirección para mi cuenta',
		confirmed: 'Listo. Tu cuenta ahora usa la nueva dirección, y tus otras sesiones se cerraron.',
		failed: 'Este enlace caducó o ya se usó. Vuelve a pedir el cambio desde tu cuenta.'
	},
	contacts: {
		title: 'Tus contactos de apoyo',
		intro: 'Personas a las que puedes llamar o escribir cuando se pone difícil.',
		none: 'Todavía no hay contactos en tu cuenta. Puedes añadirlos en la guía y guardarlos aquí.',
		call: 'Llamar a {name}',
		text: 'Escribir a {name}',
		remove: 'Quitar a {name}'
	},
	bringIn: {
		title: 'Guardar en mi cuenta',
		intro:
			'Tienes la sesión abierta. Puedes copiar a tu cuenta lo que guarda este dispositivo (contactos guardados, contactos de apoyo y tus listas). Lo que ya esté allí no se añade dos veces.',
		button: 'Guardar en mi cuenta',
		working: 'Guardando en tu cuenta…',
		done: 'Guardado en tu cuenta: {reachOuts}, {contacts}, {items}. Lo que ya estaba se quedó igual.',
		added: {
			reachOuts: {
				one: '{count} contacto nuevo con tu ser querido',
				other: '{count} contactos nuevos con tu ser querido'
			},
			contacts: { one: '{count} contacto de apoyo nuevo', other: '{count} contactos de apoyo nuevos' },
			items: { one: '{count} punto nuevo en tu plan', other: '{count} puntos nuevos en tu plan' }
		},
		failed: 'No funcionó. No se perdió nada en este dispositivo. Inténtalo de nuevo en un momento.',
		replyDrafted: 'Respuesta preparada en la guía:'
	}
};
