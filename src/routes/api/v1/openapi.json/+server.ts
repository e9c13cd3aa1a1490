import { json } from '@sveltejs/kit';
import { openApiDocument } from '#lib/server/openapi/document.ts';

// Nothing personal: written once at build time and served as a static file.
export const prerender = true;

export const GET = () => json(openApiDocument());
