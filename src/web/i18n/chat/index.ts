import { chatEn } from './en';
import { chatEs } from './es';
import type { ChatText } from './types';

export type { ChatClientText, ChatPageData, ChatSealedRecord, ChatText, ChatThreadView } from './types';

/** By page language (the same codes as `webCatalogs`); English when a page language has no chat words yet. */
const chatCatalogs: Readonly<Record<string, ChatText>> = { en: chatEn, es: chatEs };

export function chatTextFor(lang: string): ChatText {
  return chatCatalogs[lang] ?? chatEn;
}
