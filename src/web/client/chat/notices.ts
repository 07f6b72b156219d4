/**
 * What the chat page says without being asked: through one polite live region (`#chat-news`) — a
 * reply arriving, the first press of Escape, a browser that keeps no cookie — and, where something
 * does not work as usual, the line's number to call or text instead.
 */
import type { ChatPageData } from '../../i18n/chat';
import { byId } from '../shared/dom';

export interface ChatNotices {
  announce(message: string): void;
  /** The message, then "you can also call or text us at …" where the program has a number. */
  withOtherWays(message: string): string;
  /** From each answer of `/chat/thread`: said once, when the browser first sends no cookie back. */
  cookieSeen(kept: boolean): void;
  /** The browser sent the cookie back on the last call (assumed until known). */
  cookieKept(): boolean;
}

export function chatNotices(data: ChatPageData): ChatNotices {
  const news = byId('chat-news', HTMLElement);
  const cookieNote = byId('cookie-note', HTMLElement);
  let kept = true;
  const announce = (message: string) => {
    news.textContent = message;
  };
  const withOtherWays = (message: string) => (data.otherWays ? `${message} ${data.otherWays}` : message);
  return {
    announce,
    withOtherWays,
    cookieSeen(now) {
      if (now === kept) return;
      kept = now;
      cookieNote.textContent = withOtherWays(data.text.noCookies);
      cookieNote.hidden = now;
      if (!now) announce(data.text.noCookies);
    },
    cookieKept: () => kept,
  };
}
