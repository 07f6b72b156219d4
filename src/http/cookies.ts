/**
 * The only cookie Kith's pages set without a credential in it: the language someone chose. Named
 * here, below the web pages that set it (src/web/language.ts), because compression.ts must tell it
 * apart from every cookie that could carry a secret.
 */
export const LANGUAGE_COOKIE = 'kith_lang';
