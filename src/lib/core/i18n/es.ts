// El catálogo en español: las mismas claves que en.ts (catalogue.test.ts lo comprueba).
import type { Catalogue } from './catalogue.ts';
import { esMessages } from './es.messages.ts';
import { esPasskeys } from './es.passkeys.ts';
import { esSessions } from './es.sessions.ts';
import { esSecurity, esSecurityErrors } from './es.security.ts';

import { esMyData } from './es.my-data.ts';
import { esSpecialist } from './es.specialist.ts';
import { esGuidance } from './es.guidance.ts';
import { esTimeline } from './es.timeline.ts';
import { esPlan } from './es.plan.ts';
import { esAdmin } from './es.admin.ts';
import { esArchivedThreads } from './es.archived-threads.ts';
import { esStaffProof } from './es.staff-proof.ts';
import { esSafeExit } from './es.safe-exit.ts';
import { esCrisisLevels } from './es.crisisLevels.ts';

export const es: Catalogue = {
	meta: {
		languageName: 'Español',
		siteName: 'Porchlight',
		description:
			'Ayuda serena y privada para el momento en que un ser querido con un trastorno por consumo de sustancias vuelve a buscarte.'
	},
	nav: {
		skip: 'Saltar al contenido principal',
		home: 'Inicio de Porchlight',
		crisis: 'Ayuda en crisis',
		quickExit: 'Salida rápida',
		quickExitHint: 'Sale de Porchlight al instante. También puedes pulsar Esc dos veces.',
		language: 'Idioma',
		otherLanguage: 'English',
		otherLanguageLabel: 'Read in English',
		savedReachOuts: 'Contactos guardados',
		account: 'Tu cuenta',
		device: 'Privacidad y este dispositivo',
		primary: 'Principal'
	},
	home: {
		title: 'Cuando vuelven a buscarte',
		lead: 'Tu ser querido se ha puesto en contacto contigo. No tienes que responder enseguida. Porchlight te acompaña, paso a paso y con calma.',
		start: 'Se puso en contacto',
		startHint: 'Empieza la guía. No necesitas cuenta.',
		privacyTitle: 'Privado desde el principio',
		privacy: [
			'Todo lo que escribes se queda en este dispositivo, salvo que decidas otra cosa.',
			'Sin cuenta, sin rastreo, nada se envía a nadie.',
			'La salida rápida, arriba en cada página, te saca al instante.'
		],
		saved: 'Ver tus contactos guardados',
		crisisLine: 'Si alguien está en peligro ahora mismo, ve a ayuda en crisis.'
	},
	guide: {
		title: 'Cuando vuelven a buscarte',
		subtitle: 'Qué hacer si tu ser querido regresa después de que te alejaste: reconectar con sabiduría.',
		intro: {
			heading: 'Qué hacer si tu ser querido regresa después de que te alejaste',
			past: [
				'Lo soltaste.',
				'Mantuviste tu límite.',
				'Hiciste el duelo de lo que no funcionaba.',
				'Elegiste tu recuperación, incluso cuando esa persona no eligió la suya.'
			],
			now: 'Y ahora… te está buscando.',
			ways: [
				'Quizá es una llamada.',
				'Quizá es un mensaje a las 2 de la madrugada.',
				'Quizá es en voz baja: «Estoy listo».',
				'O en voz alta: «He cambiado».'
			],
			breathe: 'Antes de responder, respira.',
			sacred: 'Este es un momento sagrado.',
			begin: 'Empieza: haz una pausa antes de actuar',
			resume: 'Tienes un contacto a medias en este dispositivo. Puedes seguir con él o empezar uno nuevo.',
			continue: 'Seguir donde estaba',
			startOver: 'Empezar un contacto nuevo'
		},
		progress: 'Paso {step} de {total}',
		progressFinal: 'Después de los cinco pasos: tu decisión',
		progressLabel: 'Avance de la guía',
		stepNav: 'Moverte por la guía',
		back: 'Atrás',
		next: 'Siguiente',
		stepNames: {
			pause: 'Pausa',
			askYourself: 'Pregúntate',
			askThem: 'Pregúntale',
			conditions: 'Tus condiciones',
			safe: 'Sentirte a salvo',
			decide: 'Decidir'
		},
		savedHere: 'Lo que escribes aquí se guarda solo en este dispositivo.',
		noScript: 'Activa JavaScript para escribir tus respuestas aquí. Aun así puedes leer cada paso.',
		pause: {
			title: 'Paso 1: Haz una pausa antes de actuar',
			points: [
				'Deja que tu sistema nervioso se calme.',
				'No debes una respuesta inmediata.',
				'No dejes que el pánico, la culpa o el alivio guíen tu respuesta.',
				'Respira. Reflexiona. Busca primero a tu red de apoyo.'
			],
			breathing: {
				heading: 'Respira conmigo',
				intro: 'Más o menos un minuto: inhala contando hasta cuatro y exhala contando hasta seis. Para cuando quieras.',
				start: 'Empezar a respirar',
				skip: 'Saltar la respiración',
				restart: 'Respirar otra vez',
				in: 'Inhala…',
				out: 'Exhala…',
				done: 'Muy bien. Tómate el tiempo que necesites.',
				still:
					'Inhala despacio por la nariz mientras cuentas hasta cuatro. Exhala suavemente mientras cuentas hasta seis. Hazlo seis veces, más o menos un minuto.',
				round: 'Respiración {n} de {total}'
			},
			support: {
				heading: 'Busca primero a tu red de apoyo',
				intro: 'Alguien que te conoce puede ayudarte a ir más despacio antes de responder.',
				empty: 'Todavía no hay contactos de apoyo en este dispositivo. Añade abajo a alguien de confianza.',
				call: 'Llamar a {name}',
				text: 'Escribir a {name}',
				remove: 'Quitar a {name}',
				callShort: 'Llamar',
				textShort: 'Escribir',
				removeShort: 'Quitar',
				message: 'Acaba de ponerse en contacto conmigo. ¿Podemos hablar?',
				addHeading: 'Añadir un contacto de apoyo',
				name: 'Nombre',
				phone: 'Número de teléfono',
				phoneHint: 'Puedes usar números, espacios, +, - y paréntesis.',
				add: 'Añadir contacto',
				added: 'Se añadió a {name}.',
				removed: 'Se quitó a {name}.',
				errors: {
					name: 'Escribe un nombre de hasta 60 caracteres.',
					phone: 'Escribe un número de teléfono de 3 a 20 dígitos.'
				}
			}
		},
		askYourself: {
			title: 'Paso 2: Pregúntate',
			intro: 'No hay respuestas incorrectas. «Todavía no lo sé» también es una respuesta.',
			noteLabel: 'Una nota para ti (opcional)',
			questions: {
				recovery: {
					question: '¿Te busca para recuperarse, o para buscar alivio?',
					options: { recovery: 'Para recuperarse', relief: 'Para buscar alivio', unsure: 'Todavía no lo sé' }
				},
				action: {
					question: '¿Se presenta con acciones, o solo con disculpas?',
					options: { action: 'Con acciones', apology: 'Solo con disculpas', unsure: 'Todavía no lo sé' }
				},
				healing: {
					question: '¿Has sanado lo suficiente para volver a acercarte sin perderte a ti?',
					options: { yes: 'Sí, creo que sí', notYet: 'Todavía no', unsure: 'No lo sé' }
				}
			}
		},
		askThem: {
			title: 'Paso 3: Hazle estas preguntas',
			questions: [
				'¿Qué tipo de ayuda me estás pidiendo?',
				'¿Estás dispuesto a ir a tratamiento, a una reunión o a terapia?',
				'¿Qué has hecho diferente desde la última vez?',
				'¿Cómo vas a asumir tu responsabilidad sin cargármela a mí?'
			],
			messageIntro: 'Antes de responderte, quiero entender algunas cosas:',
			messageHeading: 'Un mensaje listo para enviar',
			copy: 'Copiar estas preguntas',
			copied: 'Copiado. Pégalas en tu mensaje.',
			copyFailed: 'Aquí no se pudo copiar. Selecciona el texto y cópialo tú.',
			answersLabel: 'Sus respuestas, con sus palabras o las tuyas',
			answersHint: 'Pega lo que te envió, o anota lo que te dijo.',
			warningTitle: 'Si esquiva, culpa o manipula, haz una pausa.',
			warning: 'Quizá todavía no es el momento.'
		},
		conditions: {
			title: 'Paso 4: Aclara tus condiciones para reconectar',
			intro: 'Elige alguno de estos ejemplos, cambia sus palabras o escribe los tuyos.',
			examplesHeading: 'Ejemplos',
			examples: [
				'Estoy dispuesto a hablar, si estás sobrio y quieres hablar con sinceridad.',
				'Me encantaría saber de ti después de que hayas ido a una reunión o contactado a un terapeuta.',
				'Solo volveré a conectar si los dos estamos en recuperación. No voy a volver al caos.'
			],
			useExample: 'Usar esta condición',
			mineHeading: 'Mis condiciones',
			none: 'Todavía no hay condiciones.'
		},
		safe: {
			title: 'Paso 5: Escribe lo que necesitas para sentirte a salvo',
			intro: 'Que sea claro. Que sea sencillo. Que esté de acuerdo con tus valores.',
			carried: 'Si ya guardaste un contacto en este dispositivo, estas listas parten de él.',
			lists: {
				boundaries: { heading: 'Límites', hint: 'Por ejemplo: nada de visitas si ha estado consumiendo.' },
				expectations: {
					heading: 'Expectativas',
					hint: 'Por ejemplo: que llame antes en lugar de presentarse sin avisar.'
				},
				supports: {
					heading: 'Apoyo de otras personas',
					hint: 'Por ejemplo: mi hermana me acompaña al primer encuentro.'
				},
				signs: { heading: 'Señales de cambio que estás observando', hint: 'Por ejemplo: va a reuniones cada semana.' }
			}
		},
		list: {
			add: 'Añadir',
			newItem: 'Nuevo elemento para «{list}»',
			edit: 'Editar el elemento {n} de «{list}»',
			remove: 'Quitar',
			removeItem: 'Quitar el elemento {n} de «{list}»',
			added: 'Añadido a «{list}».',
			removed: 'Quitado de «{list}».',
			tooLong: 'Cada elemento debe tener menos de {max} caracteres.',
			empty: 'Escribe algo antes de añadirlo.'
		},
		decide: {
			title: 'Decidir',
			reminderTitle: 'Recuerda',
			reminder: [
				'Que te busque no es una señal para lanzarte.',
				'Es una señal para ir más despacio.',
				'La confianza se reconstruye con constancia, no con emociones.',
				'Puedes abrirte a la posibilidad de sanar, sin abandonarte a la esperanza.'
			],
			allowedTitle: 'Tienes derecho a:',
			choiceLegend: 'Elige lo que encaja contigo hoy',
			choices: {
				cautious: 'Seguir con cautela',
				time: 'Tomarte tu tiempo',
				notYet: 'Decir «Todavía no»',
				notAvailable: 'Decir «Te quiero, y sigo sin estar disponible»',
				yes: 'Decir «Sí», con límites y apoyo',
				noContact: 'Decir «Por ahora, sin contacto»'
			},
			draftHeading: 'Tu borrador de respuesta',
			draftLabel: 'Borrador de respuesta (puedes cambiar cada palabra)',
			draftHint: 'Elige una respuesta arriba para empezar un borrador.',
			draftNote: 'No se envía nada. Cópialo en tu propio mensaje cuando quieras, o espera.',
			copy: 'Copiar la respuesta',
			copied: 'Copiado.',
			copyFailed: 'Aquí no se pudo copiar. Selecciona el texto y cópialo tú.',
			share: 'Compartir la respuesta',
			closingTitle: 'Si la puerta se vuelve a abrir, que sea en tus términos.',
			closing: [
				'Que sea desde tu recuperación, no desde tu miedo.',
				'Que sea el siguiente paso en tu sanación, no solo en la suya.'
			],
			saveHeading: 'Guardar este contacto',
			saveIntro: 'Se guarda solo en este dispositivo, en este navegador. No se envía a ningún sitio.',
			save: 'Guardar en este dispositivo',
			saved: 'Guardado en este dispositivo.',
			saveFailed: 'Este navegador no permitió guardarlo. La navegación privada puede impedirlo.',
			seeSaved: 'Ver contactos guardados',
			guidanceLink: 'Pedir orientación personalizada',
			guidanceTitle: '¿Necesitas orientación personalizada?',
			guidance:
				'Nuestros especialistas en recuperación familiar están aquí para ayudarte a afrontar tu situación con apoyo experto y compasión.'
		}
	},
	replies: {
		cautious: {
			body: 'Gracias por escribirme. Me alegra saber de ti. Voy a ir con calma.',
			withConditions: 'Para abrirme a algo más, esto es importante para mí:'
		},
		time: {
			body: 'Recibí tu mensaje. Necesito tiempo antes de responder, y te contestaré cuando esté listo.',
			withConditions: 'Mientras lo pienso, esto es lo que me importa:'
		},
		notYet: {
			body: 'Me alegra que me hayas buscado, y te quiero. Mi respuesta por ahora es: todavía no.',
			withConditions: 'Estaré dispuesto a volver a hablar cuando:'
		},
		notAvailable: {
			body: 'Te quiero, y sigo sin estar disponible. Ahora mismo estoy cuidando de mi propia recuperación.',
			withConditions: 'Si eso cambia, será porque:'
		},
		yes: {
			body: 'Sí, estoy dispuesto a volver a conectar, con límites y apoyo.',
			withConditions: 'Mis condiciones:',
			withBoundaries: 'Mis límites:'
		},
		bullet: '- {item}'
	},
	safety: {
		who: {
			legend: '¿Quién te buscó?',
			hint: 'Se recuerda en este dispositivo; puedes cambiarlo cuando quieras.',
			options: {
				child: 'Mi hijo o mi hija',
				partner: 'Mi pareja o expareja',
				sibling: 'Mi hermano o mi hermana',
				parent: 'Mi padre o mi madre',
				other: 'Otra persona'
			}
		},
		check: {
			title: 'Una comprobación privada de seguridad',
			intro:
				'Antes de cualquier consejo sobre reconectar, unas preguntas sobre tu seguridad. Tus respuestas se quedan en esta pantalla: no se guardan, no se envían y desaparecen al salir de ella.',
			optional: 'Puedes saltar cualquier pregunta, o la comprobación entera. «No lo sé» es una buena respuesta.',
			notAssessment: 'Esto no es una evaluación profesional. Confía en tu propia percepción del peligro.',
			answers: { yes: 'Sí', no: 'No', unsure: 'No lo sé' },
			questions: {
				safeNow: '¿Estás en un lugar seguro para usar Porchlight ahora mismo?',
				weapon: '¿Tu ser querido ha usado alguna vez un arma contra ti, o te ha amenazado con una?',
				threatToKill: '¿Ha amenazado con matarte a ti o a tus hijos?',
				mightKill: '¿Crees que podría intentar matarte?',
				lovedOneInCrisis: 'Ahora mismo, ¿habla de suicidarse o de una sobredosis, o está en una abstinencia peligrosa?',
				gun: '¿Tiene acceso a un arma de fuego?',
				strangle: '¿Ha intentado alguna vez ahogarte o estrangularte?',
				jealousControl: '¿Tiene celos violentos o constantes, o controla la mayor parte de tu vida diaria?',
				separated: '¿Lo dejaste o te separaste después de vivir juntos o estar casados?',
				unemployed: '¿Está sin trabajo?',
				suicideAttempt: '¿Ha intentado alguna vez quitarse la vida?',
				childNotTheirs: '¿Tienes un hijo que esa persona sabe que no es suyo?',
				stalking: '¿Te sigue o te vigila, o te deja mensajes amenazantes?',
				over60: '¿Tienes 60 años o más?',
				harmed: '¿Tu hijo o hija adulto te ha hecho daño, o te ha quitado o presionado por dinero o cosas tuyas?'
			},
			partnerHeading: 'Sobre tu pareja o expareja',
			elderHeading: 'Sobre ti',
			continue: 'Continuar',
			skip: 'Saltar la comprobación de seguridad',
			showCard: 'Ver la tarjeta de seguridad',
			unsafeHere: {
				title: 'Sal ahora si lo necesitas',
				body: 'La salida rápida abre un sitio neutral al instante. Si estás en peligro, pide ayuda.',
				exit: 'Salir ahora (salida rápida)'
			}
		},
		card: {
			title: 'Tu seguridad es lo primero',
			lead: 'Por lo que compartiste, el contacto con tu ser querido podría ponerte en peligro. No es culpa tuya.',
			points: [
				'Decidir no reconectar, o esperar, está permitido.',
				'Si llegas a verle, evita encontrarte a solas.',
				'Puedes volver a Porchlight cuando quieras.'
			],
			guideChanges:
				'Para este contacto, Porchlight no te sugerirá reconectar. Te ofrece «Todavía no», palabras para no tener contacto y un plan de seguridad.',
			continue: 'Continuar con la guía'
		},
		elder: {
			title: 'Ayuda cuando se hace daño a una madre o un padre mayor',
			body: 'Cuando un hijo adulto hace daño a su madre o padre mayor, o le quita o presiona por dinero o cosas, los Servicios de Protección de Adultos pueden ayudar. No es culpa tuya, y pedir ayuda está permitido.'
		},
		mode: {
			askThem:
				'No tienes que preguntarle nada. Si el contacto no es seguro, tu seguridad es lo primero y no debes ninguna respuesta.',
			conditions:
				'Para este contacto, Porchlight no sugiere condiciones para reconectar: tu seguridad es lo primero. La línea de ayuda puede ayudarte a planificar.',
			decide: 'Para este contacto, las opciones ponen tu seguridad primero.',
			planTitle: 'Haz un plan de seguridad',
			plan: 'Un plan de seguridad es lo que harás para estar a salvo antes, durante y después de cualquier contacto, para ti y tus hijos. La línea de ayuda puede hacerlo contigo, gratis y de forma confidencial.',
			savedNote: 'Se mostró la tarjeta de seguridad en este contacto.',
			stepNames: { conditions: 'Tu seguridad' },
			titles: { conditions: 'Paso 4: Pon tu seguridad primero' },
			closingTitle: 'Decidas lo que decidas, tu seguridad es lo primero.',
			closing: [
				'No debes ninguna respuesta y puedes tomarte todo el tiempo que necesites.',
				'La línea de ayuda te acompaña cuando quieras hacer un plan, gratis y de forma confidencial.'
			]
		}
	},
	safetyReplies: {
		notYet: 'Mi respuesta por ahora es: todavía no. Por favor, dame espacio.',
		noContact: 'Ahora mismo no puedo tener contacto. Por favor, no me contactes. Si eso cambia, yo te buscaré.'
	},
	messageCheck: {
		title: 'Leer juntos lo que te envió',
		intro:
			'Pega su mensaje arriba y Porchlight señala los patrones por los que pregunta la guía. Se lee solo en este dispositivo y nunca se envía a ningún sitio.',
		button: 'Revisar lo que te envió',
		empty: 'Primero pega o escribe su mensaje en el cuadro de arriba.',
		resultTitle: 'Lo que muestra su mensaje',
		notVerdict: 'Son patrones para observar, no un juicio sobre esa persona ni sobre ti.',
		highlighted: 'Su mensaje, con los patrones marcados',
		patterns: 'Los patrones, uno a uno',
		kinds: {
			request: 'Pide algo',
			apology: 'Disculpa o promesa',
			action: 'Paso concreto',
			responsibility: 'Asume su responsabilidad',
			blame: 'Culpa a otros',
			minimizing: 'Le quita importancia',
			pressure: 'Presión',
			guilt: 'Culpa emocional'
		},
		summaryTitle: 'Con las palabras de la guía',
		summary: {
			changeWithoutAction:
				'Palabras sobre cambiar, y todavía ningún paso concreto. La guía pregunta: ¿acciones, o solo disculpas?',
			concreteSteps: 'Menciona un paso concreto. La confianza se reconstruye con constancia: observa si continúa.',
			ownsIt: 'Asume su responsabilidad sin cargártela a ti.',
			deflects:
				'Parte del mensaje esquiva o culpa. La guía dice: si esquiva, culpa o manipula, haz una pausa. Quizá todavía no es el momento.',
			pressure: 'Hay presión o culpa en el mensaje. No debes una respuesta inmediata.',
			asksForSomething: 'Te pide algo. La guía pregunta: ¿te busca para recuperarse, o para buscar alivio?',
			nothingFound: 'No destacó ninguno de los patrones que nombra la guía. Aun así, tómate tu tiempo.'
		},
		adviceLink: 'Leer el consejo de la guía para este paso',
		crisisAll: 'Toda la ayuda en crisis',
		failed: 'La revisión no pudo hacerse aquí. Aun así puedes leer su mensaje con las preguntas de la guía en mente.'
	},
	reachOuts: {
		title: 'Contactos guardados',
		intro: 'Se guardan solo en este navegador, en este dispositivo.',
		empty: 'Todavía no hay nada guardado en este dispositivo.',
		noScript: 'Activa JavaScript para ver lo que está guardado en este dispositivo.',
		savedOn: 'Guardado el {date}',
		decision: 'Decisión: {choice}',
		noDecision: 'Sin decisión todavía',
		open: 'Abrir en la guía',
		delete: 'Borrar este contacto',
		deleted: 'Borrado.',
		confirmDelete: '¿Borrar este contacto de este dispositivo?',
		sections: {
			askYourself: 'Lo que me pregunté',
			theirAnswers: 'Lo que dijo',
			conditions: 'Mis condiciones',
			safe: 'Lo que necesito para sentirme a salvo',
			reply: 'Borrador de respuesta'
		},
		start: 'Empezar un contacto nuevo',
		who: 'Quién te buscó: {who}'
	},
	device: {
		title: 'Privacidad y este dispositivo',
		intro:
			'Porchlight guarda lo que escribes solo en este navegador: tus contactos de apoyo, el contacto en curso, tus contactos guardados y tus listas. No envía nada a ningún sitio.',
		history:
			'El historial de tu navegador puede seguir mostrando las páginas de Porchlight que abriste. Para no dejar rastro, usa una ventana privada, o borra este sitio del historial del navegador.',
		offline: 'Después de tu primera visita, la guía funciona sin conexión, en inglés y en español.',
		wipeHeading: 'Borrar todo de este dispositivo',
		wipeIntro:
			'Quita todo lo que Porchlight guardó en este navegador: contactos, contactos guardados, listas, la copia sin conexión y el idioma elegido, y cierra la sesión de tu cuenta aquí si la tienes abierta. No se puede deshacer.',
		wipe: 'Borrar todo',
		confirm: 'Sí, borrar todo ahora',
		cancel: 'Cancelar',
		confirmText: '¿Seguro? Todo lo que Porchlight guardó en este navegador desaparecerá.',
		wiped: 'Listo. Porchlight quitó todo lo que había guardado en este navegador, y tu sesión está cerrada.',
		noScript:
			'Activa JavaScript para borrar este dispositivo, o borra los datos de este sitio en la configuración del navegador.'
	},
	crisis: {
		title: 'Ayuda en crisis',
		intro:
			'Si alguien puede estar en peligro ahora mismo, pide ayuda ya. Estos servicios son gratuitos y confidenciales.',
		whenLabel: 'Cuándo usarlo',
		region: 'Números para: {region}',
		call: 'Llamar al {number}',
		text: 'Enviar un mensaje al {number}',
		textWithBody: 'Enviar {body} al {number}',
		tty: 'TTY {number}'
	},
	notFound: {
		title: 'Esta página no está aquí',
		body: 'Puede que el enlace sea antiguo. Puedes volver al inicio.'
	},
	serverError: {
		title: 'Algo salió mal',
		body: 'Es un fallo nuestro, no tuyo. Vuelve a intentarlo en un momento.'
	},
	account: {
		nav: {
			label: 'Tu cuenta',
			plan: 'Mi plan',
			timeline: 'Historial de contactos',
			checkIn: 'Revisión semanal',
			consistency: 'Palabras y hechos, semana a semana',
			guidance: 'Orientación personalizada',
			unread: '{count} sin leer',
			data: 'Tus datos: exportar o borrar'
		},
		confirm: {
			title: 'Confirma tu dirección de correo',
			intro: 'Un paso más: confirma que esta dirección es tuya.',
			button: 'Confirmar mi correo',
			done: 'Gracias. Tu correo está confirmado y ya puedes iniciar sesión.',
			failed: 'Este enlace caducó o ya se usó. Regístrate de nuevo para recibir otro.',
			signIn: 'Iniciar sesión'
		},
		signUp: {
			title: 'Crear una cuenta',
			intro:
				'Una cuenta guarda tu plan y tus contactos, y te muestra con las semanas si las palabras van acompañadas de acciones. La guía funciona sin cuenta.',
			email: 'Correo electrónico',
			password: 'Contraseña',
			passwordHint: 'Al menos 10 caracteres. Una frase corta que recuerdes funciona bien.',
			submit: 'Crear mi cuenta',
			sent: 'Gracias. Si se puede usar esta dirección, te enviamos un enlace para confirmarla. Ábrelo antes de 24 horas.',
			haveAccount: '¿Ya tienes cuenta? Inicia sesión'
		},
		signIn: {
			title: 'Iniciar sesión',
			email: 'Correo electrónico',
			password: 'Contraseña',
			submit: 'Iniciar sesión',
			noAccount: '¿Todavía no tienes cuenta? Crea una'
		},
		forgot: {
			title: '¿Olvidaste tu contraseña?',
			intro: 'Escribe la dirección de tu cuenta y te enviaremos un enlace para elegir una contraseña nueva.',
			email: 'Correo electrónico',
			submit: 'Envíame un enlace',
			sent: 'Si hay una cuenta con esta dirección, el enlace va en camino. Ábrelo antes de una hora.',
			link: '¿Olvidaste tu contraseña?'
		},
		reset: {
			title: 'Elige una contraseña nueva',
			password: 'Contraseña nueva',
			submit: 'Guardar mi contraseña nueva',
			done: 'Tu contraseña cambió. Todas las sesiones de tu cuenta se cerraron, en todos los dispositivos: vuelve a iniciar sesión.',
			again: 'Pedir un enlace nuevo'
		},
		home: {
			title: 'Tu cuenta',
			signedIn: 'Has iniciado sesión.',
			sessionsTitle: 'Dónde has iniciado sesión',
			sessionsIntro: 'Si no reconoces alguna, ciérrala y cambia tu contraseña.',
			thisDevice: 'este dispositivo',
			started: 'Inició sesión el {date}',
			lastSeen: 'última actividad el {date}',
			end: 'Cerrar esta sesión',
			endOthers: 'Cerrar todas las demás sesiones',
			signOut: 'Cerrar sesión'
		},
		...esMyData,
		guidance: esGuidance,
		passkeys: esPasskeys,
		timeline: esTimeline,
		fixBelow: 'Corrige lo que se señala abajo.',
		plan: esPlan
	},
	admin: esAdmin,
	staffProof: esStaffProof,
	safeExit: esSafeExit,
	crisisLevels: esCrisisLevels,
	email: {
		changeEmail: {
			subject: 'Confirma la nueva dirección de correo de tu cuenta de Porchlight',
			body: 'Alguien, probablemente tú, pidió usar esta dirección para una cuenta de Porchlight.\n\nPara confirmarla, abre este enlace en las próximas 24 horas:\n{link}\n\nSi no fuiste tú, puedes ignorar este mensaje; no cambia nada.'
		},
		verify: {
			subject: 'Confirma tu correo para Porchlight',
			body: 'Alguien, probablemente tú, creó una cuenta de Porchlight con esta dirección.\n\nPara confirmarla, abre este enlace antes de 24 horas:\n{link}\n\nSi no fuiste tú, puedes ignorar este mensaje.'
		},
		reset: {
			subject: 'Elige una nueva contraseña de Porchlight',
			body: 'Alguien, probablemente tú, pidió restablecer la contraseña de la cuenta de Porchlight de esta dirección.\n\nPara elegir una nueva, abre este enlace antes de una hora:\n{link}\n\nSi no fuiste tú, puedes ignorar este mensaje; tu contraseña no cambia.'
		},
		alreadyRegistered: {
			subject: 'Alguien intentó crear una cuenta de Porchlight con tu dirección',
			body: 'Ya existe una cuenta de Porchlight con esta dirección. Si fuiste tú, inicia sesión, o restablece tu contraseña si la olvidaste:\n{link}\n\nSi no fuiste tú, puedes ignorar este mensaje.'
		},
		staffInvite: {
			subject: 'Una invitación para unirte a Porchlight como especialista',
			body: 'Te invitamos a unirte a Porchlight como especialista en recuperación familiar.\n\nPara aceptar y elegir tu contraseña, abre este enlace en los próximos 7 días:\n{link}\n\nSi no esperabas este mensaje, puedes ignorarlo.'
		}
	},
	messages: esMessages,
	archivedThreads: esArchivedThreads,
	sessions: esSessions,
	security: esSecurity,
	refusals: {
		invalid: 'La solicitud no es válida',
		unauthorized: 'No has iniciado sesión',
		email_unverified: 'Tu dirección de correo aún no está confirmada',
		forbidden: 'No tienes permiso para esto',
		not_found: 'No existe',
		conflict: 'Hay un conflicto con otro cambio',
		rate_limited: 'Demasiados intentos',
		reauthentication_required: 'Confirma que eres tú'
	},
	errors: {
		...esSecurityErrors,
		emailInvalid: 'Escribe una dirección de correo, como nombre@ejemplo.org.',
		passwordRequired: 'Escribe una contraseña.',
		passwordTooShort: 'Usa al menos 10 caracteres. Una frase corta es fácil de recordar.',
		passwordTooLong: 'Usa como máximo 128 caracteres.',
		passwordCommon: 'Esta contraseña es demasiado común o ha aparecido en filtraciones. Elige otra.',
		signInFailed: 'Esa dirección de correo y esa contraseña no corresponden a ninguna cuenta.',
		emailUnverified: 'Primero confirma tu correo: abre el enlace que te enviamos.',
		resetLinkInvalid: 'Este enlace caducó o ya se usó. Pide uno nuevo.',
		textInvalid: 'Escribe esto como texto.',
		textTooLong: 'Que tenga menos de 5.000 caracteres.',
		dateInvalid: 'Indica fecha y hora, como 2026-11-30T20:15:00Z.',
		channelInvalid: 'Elige cómo te buscó: llamada, mensaje, en persona, carta, redes sociales u otro.',
		decisionInvalid: 'Elige una de las decisiones que ofrece la guía, o ninguna.',
		fieldUnknown: 'Este campo no corresponde aquí.',
		itemEmpty: 'Escribe algo aquí o quita esta línea.',
		itemTooLong: 'Cada punto debe tener menos de 500 caracteres.',
		listInvalid: 'Envía esta lista como una lista de textos cortos.',
		listTooLong: 'Cada lista puede tener como máximo 30 puntos.',
		versionInvalid: 'Indica el número de versión del plan que cambiaste.',
		planChanged:
			'Tu plan se guardó desde otro lugar después de que lo abriste. Vuelve a cargarlo y haz tu cambio otra vez.',
		contactName: 'Escribe un nombre de hasta 60 caracteres.',
		contactPhone: 'Escribe un número de teléfono, como +1 555 010 0199.',
		sourceInvalid: 'Este elemento del dispositivo no tiene un identificador válido.',
		importTooLarge: 'Demasiados elementos a la vez. Envíalos en grupos más pequeños.',
		passwordWrong: 'Esa no es la contraseña de esta cuenta.',
		emailSame: 'Esta ya es la dirección de tu cuenta.',
		emailChangeLinkInvalid: 'Este enlace caducó o ya se usó. Vuelve a pedir el cambio desde tu cuenta.',
		passkeyResponseInvalid: 'No se pudo leer la respuesta de tu dispositivo. Inténtalo de nuevo, por favor.',
		passkeyExpired: 'Esto tardó demasiado o ya se usó. Empieza de nuevo, por favor.',
		passkeyNotAdded: 'No se pudo comprobar la llave de acceso, así que no se añadió. Inténtalo de nuevo, por favor.',
		passkeyAlreadyAdded: 'Esta llave de acceso ya está añadida.',
		passkeySignInFailed: 'Esta llave de acceso no pudo iniciar tu sesión. Inténtalo de nuevo o usa tu contraseña.',
		whenInvalid: 'Elige la fecha y la hora en que pasó.',
		weekInvalid: 'Indica la semana con la fecha de su lunes, como 2026-11-30.',
		weekInFuture: 'Elige esta semana o una anterior: una semana que aún no llega no se puede repasar.',
		statusInvalid: 'Elige «lo vi», «no lo vi» o «no lo tengo claro».',
		noteTooLong: 'Que la nota tenga menos de 2.000 caracteres.',
		answersInvalid: 'Envía las respuestas como una lista, una por cada señal de cambio.',
		answersTooMany: 'Una revisión semanal puede tener como máximo 30 señales de cambio.',
		languageInvalid: 'Elige inglés (en) o español (es).',
		// Sesiones con un especialista: disponibilidad y reservas.
		timeZoneInvalid: 'Elige una zona horaria de la lista, como America/New_York.',
		sessionLengthInvalid: 'Indica la duración de la sesión en minutos enteros, de 15 a 180.',
		slotStepInvalid: 'Indica el tiempo entre el inicio de una sesión y la siguiente en minutos enteros, de 15 a 240.',
		slotStepTooShort: 'Deja al menos la duración de una sesión entre el inicio de dos sesiones.',
		rulesInvalid: 'Indica el horario semanal como una lista de días con una hora de inicio y una de fin.',
		rulesTooMany: 'El horario semanal puede tener como máximo 50 entradas.',
		weekdayInvalid: 'Elige un día de la semana, del 1 (lunes) al 7 (domingo).',
		timeInvalid: 'Escribe una hora como 09:00 o 17:30.',
		hoursOrder: 'La hora de fin tiene que ser posterior a la de inicio.',
		exceptionsInvalid: 'Indica las excepciones como una lista de fechas, cada una cerrada o con su propio horario.',
		exceptionsTooMany: 'Puedes tener como máximo 200 fechas de excepción.',
		exceptionInvalid: 'Marca esta fecha como cerrada, o indica una hora de inicio y una de fin.',
		dateOnlyInvalid: 'Escribe una fecha como 2026-12-24.',
		rangeInvalid: 'Elige un final posterior al inicio, como máximo 62 días después.',
		specialistInvalid: 'Elige con qué especialista quieres reservar.',
		slotNotOpen: 'Esta hora no está entre las horas disponibles. Elige una de la lista, por favor.',
		slotTaken: 'Alguien reservó esta hora justo antes que tú. Elige otra, por favor.',
		slotSame: 'Elige otra hora a la que mover tu sesión.',
		bookingCancelled: 'Esta sesión ya estaba cancelada.',
		bookingPast: 'Esta sesión ya ha empezado, así que ya no se puede cambiar.',
		// Compartir con tu especialista, y las notas privadas del especialista.
		shareWithInvalid: 'Elige a tu especialista.',
		shareItemInvalid: 'Elige qué quieres compartir: tu plan o tu historial.',
		clientNoteEmpty: 'Escribe algo en la nota antes de guardarla.',
		clientNoteTooLong: 'La nota puede tener como máximo 10.000 caracteres.',
		// Mensajes con un especialista.
		messageEmpty: 'Escribe un mensaje antes de enviarlo.',
		messageTooLong: 'Un mensaje puede tener como máximo 5000 caracteres. Puedes enviar el resto en otro.',
		// Solicitudes de orientación personalizada.
		relationshipInvalid: 'Elige qué es tu ser querido para ti.',
		storyEmpty: 'Cuéntanos un poco de lo que está pasando, con tus propias palabras.',
		storyTooLong: 'Escribe menos de 5000 caracteres.',
		urgencyInvalid: 'Elige qué tan urgente lo sientes.',
		timesTooLong: 'Escribe los horarios que te convienen en menos de 500 caracteres.',
		requestInvalid: 'Elige una solicitud.',
		// Especialistas: perfiles e invitaciones.
		displayNameInvalid: 'Escribe un nombre para mostrar, de hasta 80 caracteres.',
		languagesRequired: 'Elige al menos un idioma: inglés (en) o español (es).',
		focusInvalid: 'Elige las relaciones de la lista: madre o padre, pareja, hermano o hermana, hijo o hija, u otra.',
		capacityInvalid: 'Indica el número de clientes abiertos como un número entero del 1 al 200.',
		inviteLinkInvalid: 'Esta invitación venció o ya se usó. Pide una nueva a la organización.',
		rateLimited: 'Demasiados intentos. Espera un poco y vuelve a intentarlo.',
		// Organisation admin (area: staff).
		organisationNameInvalid: 'Escribe el nombre de la organización, de hasta 100 caracteres.',
		crisisResourcesInvalid:
			'Estos recursos de crisis no son válidos. Corrige cada problema de la lista y guarda otra vez.',
		crisisResourcesNotJson:
			'Esto no es JSON válido. Revisa las comillas, las comas y los corchetes, y guarda otra vez.',
		// Recursos de crisis, campo por campo (van tras la ruta del campo, por eso empiezan en minúscula).
		crisisPhoneInvalid: 'debe ser un número de teléfono de 3 a 15 dígitos (solo dígitos, espacios, +, - y paréntesis)',
		crisisTextInvalid: 'necesita un texto de 1 a 400 caracteres',
		crisisSmsBodyInvalid: 'debe ser un texto de 1 a 160 caracteres, o no estar',
		crisisContactTypeInvalid: 'debe ser "call", "text" o "tty"',
		crisisContactsInvalid: 'necesita una lista de hasta 6 contactos',
		crisisResourcesListInvalid: 'necesita una lista con al menos un recurso',
		crisisObjectRequired: 'aquí hace falta un objeto, entre llaves { }',
		crisisFieldUnknown: 'no es un campo de los recursos de crisis: quítalo o revisa cómo está escrito',
		crisisIdInvalid: 'usa de 1 a 40 letras minúsculas, dígitos o guiones',
		crisisIdsRepeated: 'cada recurso necesita un id propio',
		crisisEmergencyMissing:
			'falta un recurso con id "emergency" (los servicios de emergencia, que aparecen con la comprobación de seguridad y la tarjeta de seguridad)',
		crisisDomesticViolenceMissing:
			'falta un recurso con id "domestic-violence" (la línea contra la violencia doméstica, que aparece en la tarjeta de seguridad)',
		crisisElderAbuseMissing:
			'falta un recurso con id "elder-abuse" (los Servicios de Protección de Adultos, que aparecen cuando una madre o un padre mayor sufre daño)',
		auditCursorInvalid:
			'Esta página del registro de auditoría no existe. Vuelve a empezar por las entradas más recientes.',
		assignSpecialistInvalid: 'Elige a uno de los especialistas de la lista.',
		// Messages (threads).
		threadWithInvalid: 'Elige a quién escribir.',
		sinceInvalid: 'Indica la hora como fecha y hora ISO en UTC, por ejemplo 2026-05-01T09:30:00.000Z.',
		// La API de revisión de mensajes: `text` y `locale` son los nombres de los campos del cuerpo.
		messageCheckTextNotString: 'text debe ser una cadena de texto.',
		messageCheckTextEmpty: 'text no puede estar vacío.',
		messageCheckTextTooLong: 'text debe tener como máximo {max} caracteres.',
		messageCheckLocaleInvalid: 'locale debe ser uno de estos valores: {locales}.'
	},
	specialist: esSpecialist,
	common: {
		yes: 'Sí',
		no: 'No'
	}
};
