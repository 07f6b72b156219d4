import { chatAr } from './ar';
import { chatHt } from './ht';
import { chatTl } from './tl';
import { chatRu } from './ru';
import { chatZh } from './zh';
import { chatVi } from './vi';
import { chatPt } from './pt';
import { chatFr } from './fr';
import { chatEn } from './en';
import { chatEs } from './es';
import type { ChatText } from './types';

export type { ChatClientText, ChatPageData, ChatSealedRecord, ChatText, ChatThreadView } from './types';

/** By page language: one for each of `publicCatalogs` (src/web/html.test.ts checks they agree). */
const chatCatalogs: Readonly<Record<string, ChatText>> = {
  en: chatEn,
  es: chatEs,
  ar: chatAr,
  fr: chatFr,
  pt: chatPt,
  vi: chatVi,
  zh: chatZh,
  ru: chatRu,
  tl: chatTl,
  ht: chatHt,
};

export function chatTextFor(lang: string): ChatText {
  return chatCatalogs[lang] ?? chatEn;
}
