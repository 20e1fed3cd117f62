// Looks up UI strings by language. Lessons are written per language; these are the words
// around them.

import { en, type MessageKey, type Messages } from './en.ts';
import { zh } from './zh.ts';

export const languages = ['en', 'zh'] as const;
export type Language = (typeof languages)[number];

const dictionaries: Record<Language, Messages> = { en, zh };

export const languageNames: Record<Language, string> = { en: 'English', zh: '中文' };

/** The BCP 47 tag for the html lang attribute. */
export const htmlLang: Record<Language, string> = { en: 'en', zh: 'zh-CN' };

export function isLanguage(value: string | undefined): value is Language {
  return value === 'en' || value === 'zh';
}

export function otherLanguage(lang: Language): Language {
  return lang === 'en' ? 'zh' : 'en';
}

/** The string for `key`, with `{name}` placeholders filled from `values`. */
export function translate(
  lang: Language,
  key: MessageKey,
  values: Record<string, string | number> = {},
): string {
  const template = dictionaries[lang][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

export function translator(lang: Language) {
  return (key: MessageKey, values?: Record<string, string | number>) =>
    translate(lang, key, values);
}

export type { MessageKey, Messages };
