import { en } from './en.ts';
import { es } from './es.ts';

/** The shape every language's catalogue must have: English's, with its strings widened. */
export type Catalogue = typeof en;

export const locales = ['en', 'es'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

const catalogues: Record<Locale, Catalogue> = { en, es };

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function catalogue(locale: Locale): Catalogue {
	return catalogues[locale];
}

/** The language a path belongs to (`/es/guide` → es), or the default outside the language folders. */
export function localeOfPath(pathname: string): Locale {
	const first = pathname.split('/')[1];
	return isLocale(first) ? first : defaultLocale;
}

/** The same page in another language: `/en/guide/pause` → `/es/guide/pause`. */
export function pathInLocale(pathname: string, locale: Locale): string {
	const rest = pathname.split('/').slice(2).join('/');
	return rest ? `/${locale}/${rest}` : `/${locale}`;
}
