import type { enCrisisLevels } from './en.crisisLevels.ts';

// Niveles de crisis (issue #12): lo que se dice con cada nivel, dondequiera que se lean las palabras de un ser
// querido o la historia de un familiar. Los dos niveles ponen primero los recursos de crisis. Escrito en español,
// no traducido: tú, y sin género donde se puede ("la persona", "tu ser querido").

export const esCrisisLevels: typeof enCrisisLevels = {
	words: 'Las palabras que lo señalaron:',
	check: {
		urgent: 'Su mensaje podría hablar de un peligro ahora mismo',
		concern: 'Su mensaje podría hablar de no querer vivir'
	},
	story: {
		urgent: 'Lo que escribiste puede significar que alguien está en peligro ahora mismo',
		concern: 'Lo que escribiste puede significar que alguien está pensando en morir'
	},
	urgent: {
		act: 'Actúa ya. Si una vida puede estar en peligro, llama primero a emergencias. La línea de crisis también puede acompañarte por teléfono durante la próxima hora.',
		stay: 'Si puedes, quédate con tu ser querido, o asegúrate de que alguien esté a su lado, hasta que llegue la ayuda.'
	},
	concern: {
		lead: 'Palabras así pueden significar que la persona está pensando en el suicidio. No hace falta esperar a que las cosas empeoren para buscar ayuda.',
		ask: 'Está bien preguntarlo directamente: «¿Estás pensando en quitarte la vida?»',
		notIdea:
			'Preguntarlo no le mete la idea en la cabeza. Le muestra que te importa, y mucha gente siente alivio cuando alguien se lo pregunta.',
		line: 'La línea de crisis está para tu ser querido y para ti, a cualquier hora, para hablarlo con calma. Si alguien está en peligro ahora mismo, llama a emergencias.'
	},
	safety: {
		title: 'Puede que alguien le esté haciendo daño',
		intro:
			'Su mensaje dice que alguien podría estar haciéndole daño o amenazándole. No es su culpa. Una línea contra la violencia doméstica puede ayudarle, y ayudarte a ti, a pensar en lo que le mantiene a salvo.'
	},
	specialistLater: 'Tu especialista leerá tu mensaje, pero quizá no responda enseguida.'
};
