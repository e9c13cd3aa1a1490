import { availabilityInput } from '#lib/core/sessions/availability.ts';
import { bookingInput, moveInput } from '../sessions/inputs.ts';
import {
	jsonAnswer,
	jsonBody,
	memberProblems,
	problemAnswer,
	schemaOf,
	secondFactorProblem,
	type Paths
} from './shared.ts';

// Sessions with a family recovery specialist: the specialist's hours, the open slots of the member's own
// specialist, bookings (book, cancel, move) and each booking's calendar file.

const hours = {
	...schemaOf(availabilityInput),
	description: 'Weekly hours and exceptions in the specialist’s time zone; updatedAt is null until first saved.'
};
const slot = {
	type: 'object',
	required: ['startsAt', 'endsAt'],
	properties: { startsAt: { type: 'string', format: 'date-time' }, endsAt: { type: 'string', format: 'date-time' } }
};
const booking = {
	type: 'object',
	required: ['id', 'specialistId', 'memberId', 'startsAt', 'endsAt', 'state', 'seriesId', 'sequence'],
	properties: {
		id: { type: 'string' },
		specialistId: { type: 'string' },
		memberId: { type: 'string' },
		startsAt: { type: 'string', format: 'date-time' },
		endsAt: { type: 'string', format: 'date-time' },
		state: { type: 'string', enum: ['booked', 'cancelled'] },
		createdAt: { type: 'string', format: 'date-time' },
		cancelledAt: { type: ['string', 'null'], format: 'date-time' },
		movedFrom: { type: ['string', 'null'] },
		seriesId: { type: 'string', description: 'The first booking of a chain of moves: the calendar UID.' },
		sequence: { type: 'integer', description: 'How many times the session was moved: the calendar SEQUENCE.' }
	}
};
const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const conflict = problemAnswer(
	'The slot was just taken by someone else (slotTaken), or the booking is cancelled or has started.'
);
const staffProblems = {
	'401': memberProblems['401'],
	'403': secondFactorProblem,
	'404': problemAnswer('Not a specialist.')
};

export const sessionPaths: Paths = {
	'/api/v1/specialist/availability': {
		get: {
			summary: 'The signed-in specialist’s own hours.',
			responses: { '200': jsonAnswer('The hours.', hours), ...staffProblems }
		},
		put: {
			summary: 'Replace the signed-in specialist’s hours (weekly hours, exceptions, time zone, session length).',
			requestBody: jsonBody(availabilityInput),
			responses: { '200': jsonAnswer('The saved hours.', hours), '400': memberProblems['400'], ...staffProblems }
		}
	},
	'/api/v1/specialists/{id}/slots': {
		get: {
			summary: 'The open slots of the member’s own specialist (any other id: 404). Default: the next 14 days.',
			parameters: [
				idParameter,
				{ name: 'from', in: 'query', required: false, schema: { type: 'string', format: 'date-time' } },
				{
					name: 'to',
					in: 'query',
					required: false,
					description: 'At most 62 days after from.',
					schema: { type: 'string', format: 'date-time' }
				}
			],
			responses: {
				'200': jsonAnswer('The open slots, as UTC instants, soonest first.', {
					type: 'object',
					properties: { slots: { type: 'array', items: slot } }
				}),
				...memberProblems
			}
		}
	},
	'/api/v1/bookings': {
		get: {
			summary: 'The signed-in person’s sessions, as member or as specialist, soonest first.',
			parameters: [
				{
					name: 'upcoming',
					in: 'query',
					required: false,
					description: 'true: only sessions booked and not yet over.',
					schema: { type: 'string', enum: ['true', 'false'] }
				}
			],
			responses: {
				'200': jsonAnswer('The sessions.', {
					type: 'object',
					properties: { bookings: { type: 'array', items: booking } }
				}),
				'401': memberProblems['401']
			}
		},
		post: {
			summary: 'Book an open slot of the member’s own specialist; the specialist is told by e-mail.',
			requestBody: jsonBody(bookingInput),
			responses: { '201': jsonAnswer('The booking.', booking), ...memberProblems, '409': conflict }
		}
	},
	'/api/v1/bookings/{id}': {
		delete: {
			summary: 'Cancel an upcoming session (the member or the specialist of it); the other side is told.',
			parameters: [idParameter],
			responses: { '200': jsonAnswer('The cancelled booking.', booking), ...memberProblems, '409': conflict }
		}
	},
	'/api/v1/bookings/{id}/move': {
		post: {
			summary: 'Move an upcoming session to another open slot (the member who booked it); all or nothing.',
			parameters: [idParameter],
			requestBody: jsonBody(moveInput),
			responses: {
				'201': jsonAnswer('The new booking (the old one is cancelled).', booking),
				...memberProblems,
				'409': conflict
			}
		}
	},
	'/api/v1/bookings/{id}/ics': {
		get: {
			summary: 'The booking as a calendar file (either side of it).',
			parameters: [
				idParameter,
				{ name: 'lang', in: 'query', required: false, schema: { type: 'string', enum: ['en', 'es'] } }
			],
			responses: {
				'200': {
					description: 'An iCalendar file with one event, offered as a download.',
					content: { 'text/calendar': { schema: { type: 'string' } } }
				},
				'401': memberProblems['401'],
				'404': memberProblems['404']
			}
		}
	}
};
