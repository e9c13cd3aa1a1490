import type { enMessages } from './en.messages.ts';

// Mensajes seguros entre un familiar y su especialista en recuperación familiar (issue #5).

export const esMessages: typeof enMessages = {
	member: {
		title: 'Mensajes con tu especialista',
		titleWith: 'Mensajes con {name}',
		intro:
			'Solo tú y tu especialista pueden leer estos mensajes. Se guardan cifrados. Tu especialista suele responder en un día laborable.',
		noSpecialist:
			'Todavía no tienes especialista. Cuando la organización elija a alguien para ti, podrás escribirle aquí.',
		guidance: 'Recibir orientación personalizada',
		others: 'Tus especialistas',
		back: 'Volver a tu cuenta'
	},
	specialist: {
		title: 'Mensajes con {client}',
		intro:
			'Solo tú y esta persona pueden leer esta conversación. Los administradores de la organización no pueden leerla.',
		back: 'Volver a esta persona'
	},
	unread: '({count} sin leer)',
	heading: 'Mensajes',
	empty: 'Todavía no hay mensajes. Escribe el primero abajo.',
	you: 'Tú',
	newMark: 'Nuevo',
	crisisMarker: 'Palabras de crisis',
	crisisMarkerHint:
		'Este mensaje puede hablar de una crisis. Considera responder pronto y compartir recursos de crisis.',
	live: 'Los mensajes nuevos aparecen aquí en cuanto llegan.',
	check: 'Ver si hay mensajes nuevos',
	form: {
		label: 'Tu mensaje',
		hint: 'Hasta 5000 caracteres. Nada de lo que escribas aquí se envía por correo.',
		send: 'Enviar mensaje',
		sent: 'Tu mensaje se ha enviado.',
		failed: 'No se pudo enviar tu mensaje. Revisa tu conexión e inténtalo de nuevo.'
	},
	crisis: {
		title: 'No tienes que cargar con esto a solas'
	},
	mail: {
		subject: 'Tienes un mensaje nuevo en Porchlight',
		body: 'Tienes un mensaje nuevo en Porchlight. Inicia sesión para leerlo:\n\n{link}\n\nNunca ponemos en un correo lo que dice un mensaje.'
	}
};
