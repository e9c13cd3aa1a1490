import type { enAdmin } from './en.admin.ts';

// Las páginas de administración de la organización (issue #5) y la página donde un especialista invitado se une.

export const esAdmin: typeof enAdmin = {
	nav: {
		label: 'Administración',
		requests: 'Solicitudes',
		specialists: 'Especialistas',
		organisation: 'Organización',
		audit: 'Registro de auditoría'
	},
	accountLink: 'Administración: solicitudes, especialistas, organización',
	specialistLink: 'Tus clientes y sesiones como especialista',
	requests: {
		title: 'Solicitudes de orientación',
		intro:
			'Las solicitudes abiertas, primero las urgentes y luego las más antiguas. Ves lo necesario para elegir a un especialista; lo que escribió el familiar es solo para su especialista.',
		none: 'No hay solicitudes abiertas.',
		heading: 'Solicitud del {date}',
		crisis: 'Urgente: palabras de crisis',
		crisisHint: 'Las palabras del familiar hablan de una crisis. Se le mostraron recursos de crisis de inmediato.',
		relationship: 'Su ser querido',
		urgency: 'Qué tan urgente lo siente',
		language: 'Idioma',
		times: 'Horarios que le convienen',
		noTimes: 'No indicó ninguno',
		state: 'Estado',
		assignedTo: 'Asignada a',
		specialist: 'Especialista',
		suggested: 'Sugerencia: {name}. {reason}, {load} de su capacidad en uso.',
		noSuggestion:
			'Ningún especialista con lugar habla este idioma. Puedes elegir a cualquiera, o primero dar lugar a alguien en su perfil.',
		noSpecialists: 'Todavía no hay especialistas. Invita a uno primero.',
		suggestionMark: '{name} (sugerencia)',
		assign: 'Asignar',
		reassign: 'Asignar a otra persona',
		assigned: 'La solicitud quedó asignada a {name}.',
		close: 'Cerrar la solicitud',
		closed: 'La solicitud está cerrada; su especialista ya no ve los datos compartidos ni los mensajes de la persona.',
		reasons: {
			'language-and-focus': 'Habla el idioma y trabaja con familias como esta',
			language: 'Habla el idioma'
		},
		relationships: {
			child: 'Su hijo o hija adulto',
			partner: 'Su pareja o expareja',
			sibling: 'Su hermano o hermana',
			parent: 'Su padre o su madre',
			other: 'Otra persona'
		},
		urgencies: { today: 'Hoy', thisWeek: 'Esta semana', noRush: 'Sin prisa' },
		states: { waiting: 'Esperando especialista', assigned: 'Asignada', closed: 'Cerrada' }
	},
	languages: { en: 'Inglés', es: 'Español' },
	specialists: {
		title: 'Especialistas',
		inviteTitle: 'Invitar a un especialista',
		inviteIntro:
			'Recibe un solo correo con un enlace para unirse, válido por 7 días. No dice nada más: ni nombres, ni nada sobre las personas atendidas.',
		email: 'Su correo electrónico',
		invite: 'Enviar la invitación',
		invited: 'La invitación se envió a {email}.',
		listTitle: 'Tus especialistas',
		none: 'Todavía no hay especialistas. Invita al primero arriba.',
		noProfile: 'Todavía sin perfil: completa uno para que se le puedan sugerir solicitudes.',
		load: { one: 'Carga actual: {open} de {capacity} cliente.', other: 'Carga actual: {open} de {capacity} clientes.' },
		loadNoProfile: { one: 'Carga actual: {open} cliente.', other: 'Carga actual: {open} clientes.' },
		displayName: 'Nombre que ven las familias',
		languagesLegend: 'Idiomas que habla',
		focusLegend: 'Familias en las que se enfoca: el ser querido es…',
		focusHint: 'Las solicitudes de estas familias se le sugieren primero.',
		capacity: 'Clientes abiertos que puede atender',
		capacityHint: 'Un número entero del 1 al 200.',
		timeZone: 'Zona horaria',
		timeZoneHint: 'Como America/Chicago. Su horario disponible está en esta zona horaria.',
		save: 'Guardar el perfil de {name}',
		saved: 'El perfil de {name} quedó guardado.'
	},
	organisation: {
		title: 'Organización',
		name: 'Nombre de la organización',
		crisisResources: 'Recursos de crisis de tu región (JSON)',
		crisisHint:
			'Con la forma de config/crisis-resources.json: la región, y cada recurso con un id, su nombre y cuándo llamar en inglés y español, y sus números. Debe incluir los id emergency, domestic-violence y elder-abuse. Déjalo vacío para usar la lista propia de esta instalación.',
		inUseOwn: 'Las familias ven ahora los recursos de crisis de tu organización, para {region}.',
		inUseDefault: 'Las familias ven ahora los recursos de crisis de esta instalación, para {region}.',
		defaultTitle: 'Los recursos de crisis de esta instalación, como punto de partida',
		problems: 'Qué corregir',
		save: 'Guardar',
		saved: 'Guardado.'
	},
	audit: {
		title: 'Registro de auditoría',
		intro:
			'Cada vez que alguien del equipo abrió el plan o el historial compartidos de un miembro, o sus notas sobre un cliente: quién, qué, de quién y cuándo. Lo más reciente primero.',
		caption: 'Quién abrió qué',
		when: 'Cuándo',
		who: 'Quién',
		role: 'Función',
		what: 'Qué',
		whose: 'De quién',
		gone: 'Cuenta eliminada',
		none: 'Todavía no se ha abierto nada.',
		older: 'Entradas anteriores',
		newest: 'Volver a las entradas más recientes',
		roles: { specialist: 'Especialista', admin: 'Administración' },
		things: { plan: 'Plan', timeline: 'Historial', notes: 'Notas' }
	},
	join: {
		title: 'Unirte como especialista',
		invalid: 'Esta invitación venció o ya se usó. Pide una nueva a la organización.',
		newAccount: 'Te damos la bienvenida. Elige una contraseña para tu cuenta con {email} y listo.',
		existingAccount:
			'{email} ya tiene una cuenta de Porchlight. Inicia sesión con su contraseña para aceptar: tu contraseña no cambia.',
		password: 'Contraseña',
		newPasswordHint: 'Al menos 10 caracteres. Una frase corta es fácil de recordar.',
		acceptNew: 'Aceptar y unirme',
		acceptExisting: 'Iniciar sesión y aceptar'
	}
};
