import type { enGuidance } from './en.guidance.ts';

// «Orientación personalizada»: la solicitud, su estado, la especialista, lo que puede ver y quién vio qué.

export const esGuidance: typeof enGuidance = {
	title: 'Orientación personalizada',
	intro:
		'Un especialista en recuperación familiar puede ayudarte a pensar en tu propia situación. Cuéntanos un poco, y la organización buscará a alguien adecuado para ti.',
	privacy:
		'Lo que escribes aquí se guarda cifrado y solo lo leen el personal de la organización que asigna tu especialista y tu especialista.',
	relationshipLegend: '¿Quién es tu ser querido para ti?',
	relationships: {
		child: 'Mi hijo o hija',
		partner: 'Mi pareja o expareja',
		sibling: 'Mi hermano o hermana',
		parent: 'Mi madre o padre',
		other: 'Otra persona'
	},
	storyLabel: 'Qué está pasando, con tus propias palabras',
	storyHint: 'Tanto o tan poco como quieras. Hasta 5.000 caracteres.',
	urgencyLegend: '¿Qué tan urgente lo sientes?',
	urgencies: {
		today: 'Me gustaría hablar hoy',
		thisWeek: 'En algún momento de esta semana',
		noRush: 'No hay prisa'
	},
	languageLegend: '¿En qué idioma te gustaría hablar?',
	languages: { en: 'English', es: 'Español' },
	timesLabel: 'Horarios que te vienen bien (opcional)',
	timesHint: 'Por ejemplo: entre semana por la tarde, o los sábados por la mañana.',
	submit: 'Pedir orientación',
	sent: 'Gracias. Tu solicitud está enviada.',
	close: 'Cerrar esta solicitud',
	closeHint:
		'Si ya no necesitas esta ayuda, puedes cerrarla. Tu especialista deja de ver lo que compartiste y tus mensajes; puedes volver a pedir ayuda cuando quieras.',
	closedNow: 'Tu solicitud está cerrada. Puedes volver a pedir ayuda cuando lo necesites.',
	crisisCalm:
		'Lo que escribiste suena muy difícil. Tu solicitud está marcada como urgente para el equipo. Por favor, no nos esperes si alguien puede estar en peligro: estos servicios pueden ayudar ahora mismo, gratis y de forma confidencial.',
	requestTitle: 'Tu solicitud',
	sentOn: 'Enviada el {date}.',
	states: {
		waiting: 'En espera: la organización está buscando a la persona adecuada para acompañarte.',
		assigned: 'Tu especialista ya está trabajando contigo.',
		closed: 'Esta solicitud está cerrada.'
	},
	whatYouWrote: 'Lo que escribiste',
	specialistTitle: 'Tu especialista',
	specialistIs: '{name} es tu especialista en recuperación familiar.',
	unnamed: 'Tu especialista',
	messages: 'Mensajes con {name}',
	sessions: 'Sesiones con {name}',
	sharingTitle: 'Lo que tu especialista puede ver',
	sharingIntro:
		'Tu plan y tu línea de tiempo son privados a menos que los compartas. Compartir permite que {name} los lea, sin cambiar nada. Puedes dejar de compartir en cualquier momento, y funciona al instante: la próxima vez que lo intente, no podrá abrirlo.',
	items: { plan: 'Tu plan', timeline: 'Tu línea de tiempo de contactos' },
	shared: 'Compartido con {name}',
	notShared: 'No compartido',
	share: 'Compartir',
	stop: 'Dejar de compartir',
	shareItem: 'Compartir {item} con {name}',
	stopItem: 'Dejar de compartir {item} con {name}',
	sharedNow: '{item}: ahora compartido con {name}.',
	stoppedNow: '{item}: ya no se comparte con {name}. Esto tuvo efecto al instante.',
	auditTitle: 'Quién vio qué',
	auditIntro: 'Cada vez que el personal abre algo tuyo, queda anotado aquí.',
	auditNone: 'Nadie ha abierto nada tuyo todavía.',
	auditLine: '{who} abrió {what}',
	things: { plan: 'tu plan', timeline: 'tu línea de tiempo', notes: 'sus notas sobre ti' },
	roles: { specialist: 'Tu especialista', admin: 'Una persona administradora de la organización' }
};
