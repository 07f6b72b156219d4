/**
 * The session the page carries (src/chat/session.ts): its secret and the server's token for it, in
 * the form's hidden fields. Sent with every call as a header, so a browser that keeps no cookie
 * still has one chat, not a new one per message. The cookie, when the browser keeps it, wins.
 */
export const SESSION_HEADER = 'kith-chat-session';

function field(name: string): string {
  const element = document.querySelector<HTMLInputElement>(`#chat-form input[name="${name}"]`);
  return element?.value ?? '';
}

export function sessionHeaders(): Record<string, string> {
  const secret = field('session');
  const token = field('token');
  return secret && token ? { [SESSION_HEADER]: `${secret}.${token}` } : {};
}
