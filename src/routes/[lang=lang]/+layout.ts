import type { Locale } from '#lib/core/i18n/catalogue.ts';

// Nothing under a language folder is personal: every page is rendered once, at build time.
export const prerender = true;

export const load = ({ params }) => ({ locale: params.lang as Locale });
