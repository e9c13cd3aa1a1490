import type { enSessions } from './en.sessions.ts';

export const esSessions: typeof enSessions = {
	member: {
		title: 'Tus sesiones',
		back: 'Volver a tu orientación',
		intro: 'Reserva un momento para hablar con tu especialista. Las horas se muestran en la zona horaria que elijas.',
		zoneLabel: 'Tu zona horaria',
		zoneHint: 'Las horas de abajo se muestran en esta zona horaria.',
		zoneShow: 'Mostrar horas',
		noSpecialist:
			'Cuando tengas un especialista asignado, podrás reservar una sesión aquí. Puedes pedir orientación personalizada desde tu página de orientación.',
		openWith: 'Horas libres con {name}',
		noSlots: 'No hay horas libres en los próximos 14 días. Vuelve a mirar en unos días, o envía un mensaje.',
		bookTime: 'Reservar {time}',
		moveTitle: 'Elige una hora nueva',
		moveIntro: 'Tu sesión del {when} pasa a la hora que elijas. Hasta entonces, sigue como está.',
		moveTo: 'Cambiar a {time}',
		moveStop: 'Mantener la hora actual',
		upcoming: 'Tus próximas sesiones',
		none: 'No tienes sesiones reservadas.',
		with: 'Con {name}',
		cancel: 'Cancelar esta sesión',
		move: 'Cambiar la hora',
		ics: 'Añadir al calendario (.ics)',
		done: {
			booked: 'Tu sesión está reservada. Se lo hemos dicho a tu especialista.',
			cancelled: 'Tu sesión está cancelada. Se lo hemos dicho a tu especialista.',
			moved: 'Tu sesión ha cambiado de hora. Se lo hemos dicho a tu especialista.'
		}
	},
	availability: {
		title: 'Tu horario',
		back: 'Tus sesiones',
		intro:
			'Las personas pueden reservar sesiones en este horario, que ven en su propia zona horaria. Deja vacío un día en que no trabajes.',
		zone: 'Tu zona horaria',
		length: 'Duración de la sesión (minutos)',
		pause: 'Descanso después de cada sesión (minutos)',
		pauseHint: 'Tiempo para respirar y tomar notas antes de que pueda empezar la siguiente sesión.',
		weekly: 'Horario semanal',
		startOf: '{day}: desde',
		endOf: '{day}: hasta',
		exceptions: 'Excepciones',
		exceptionsIntro:
			'Para fechas sueltas: cierra el día o dale su propio horario. Borra una fecha para quitar la excepción.',
		exceptionDate: 'Fecha',
		exceptionClosed: 'Cerrado todo el día',
		exceptionStart: 'Horario propio: desde',
		exceptionEnd: 'Horario propio: hasta',
		exceptionLegend: 'Excepción {number}',
		save: 'Guardar horario',
		saved: 'Tu horario está guardado.',
		weekdays: ['Lunes', 'Martes', 'Miércoles', 'Jueves', 'Viernes', 'Sábado', 'Domingo']
	},
	specialist: {
		title: 'Sesiones',
		intro: 'Sesiones reservadas contigo, en tu zona horaria ({zone}).',
		hours: 'Fijar tu horario',
		none: 'No hay sesiones reservadas.',
		client: 'Persona: {email}',
		cancel: 'Cancelar esta sesión',
		ics: 'Añadir al calendario (.ics)',
		cancelled: 'La sesión está cancelada. Se lo hemos dicho a la persona.'
	},
	mail: {
		booked: {
			subject: 'Se ha reservado una sesión',
			body: 'Se ha reservado una sesión. Mira la hora en Porchlight:\n{link}'
		},
		cancelled: {
			subject: 'Se ha cancelado una sesión',
			body: 'Se ha cancelado una sesión. Mira los detalles en Porchlight:\n{link}'
		},
		moved: {
			subject: 'Una sesión ha cambiado de hora',
			body: 'Una sesión ha cambiado de hora. Mira la nueva hora en Porchlight:\n{link}'
		},
		reminder: {
			subject: 'Tu sesión es mañana',
			body: 'Un recordatorio: mañana tienes una sesión en Porchlight. Mira la hora aquí:\n{link}'
		}
	},
	calendar: {
		name: 'Porchlight',
		eventSummary: 'Sesión con tu especialista en recuperación familiar'
	}
};
