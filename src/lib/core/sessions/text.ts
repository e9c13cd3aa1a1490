// What a calendar file says, in the member's language. Deliberately plain: a phone's calendar is often seen by
// others, so no names, no notes, nothing about the loved one or the reason for the session.

export const enSessions = {
	calendarName: 'Porchlight',
	eventSummary: 'Session with your family recovery specialist'
};

export const esSessions: typeof enSessions = {
	calendarName: 'Porchlight',
	eventSummary: 'Sesión con tu especialista en recuperación familiar'
};

export const sessionsText = { en: enSessions, es: esSessions } as const;
