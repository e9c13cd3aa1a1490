import { ORIGIN, PORT } from '$app/env/private';
import { publicOriginOf, sessionCookieOf } from './http/origin.ts';

// The public origin as the app sees it, read at start. server/main.ts also makes every request's URL carry it, so
// event.url.origin is this origin; what cannot wait for a request (the cookie's name) reads it here.
export const publicOrigin = publicOriginOf(ORIGIN, PORT);

export const sessionCookie = sessionCookieOf(publicOrigin);
