import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { Locale, TranslationMessages } from 'react-admin';
import { en } from './en';
import { es } from './es';

export const DEFAULT_LOCALE = 'en';

export const locales: Locale[] = [
  { locale: 'en', name: 'English' },
  { locale: 'es', name: 'Español' },
];

const messages: Record<string, TranslationMessages> = { en, es };

// react-admin keeps the chosen locale in its store (localStorage) and restores it on the next visit.
export const i18nProvider = polyglotI18nProvider((locale) => messages[locale] ?? en, DEFAULT_LOCALE, locales);
