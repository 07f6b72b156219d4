/**
 * A test's handle on one outside phone, for texting: what the person sends to the line and what
 * their phone has received. Calls to the phone are still configured by its behaviour and read
 * through `phoneLog`; this handle only adds the text side, so the voice API stays as it was.
 */
import type { Messaging } from './messaging';
import type { InboxText, TextOptions } from './types';

export class SimPhone {
  constructor(
    readonly number: string,
    private readonly messaging: Messaging,
  ) {}

  /**
   * Text an owned number (the only one, unless `to` says which). The signed webhook goes out when
   * the simulator next runs events; the MessageSid is returned at once so tests can follow retries.
   */
  text(body: string, options: TextOptions = {}): string {
    return this.messaging.receive(this.number, body, options);
  }

  /** Texts this phone received, oldest first. */
  get inbox(): readonly InboxText[] {
    return this.messaging.inbox(this.number);
  }
}
