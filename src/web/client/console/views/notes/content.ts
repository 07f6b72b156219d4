/**
 * What a note says, before sealing and after opening. The server only ever sees the sealed form, so
 * this shape is the console's own business: it is versioned (`v`) so a later console can read older
 * notes, and checked field by field after opening, because a teammate's console wrote it.
 */
export const NOTE_KINDS = ['emergency', 'crisis', 'prevention', 'aftercare'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** Minimal by design (DESIGN.md: collect least): a short text and three answers. */
export const MAX_TEXT_CHARS = 4000;

export interface NoteContent {
  v: 1;
  text: string;
  kind: NoteKind;
  followUp: boolean;
  emergencyServicesWithConsent: boolean;
}

/** Characters as people count them (code points), the way the server counts the plan. */
export function characters(text: string): number {
  return Array.from(text).length;
}

/** The plaintext that is sealed: JSON, with the fields in a fixed order. */
export function toPlaintext(content: Omit<NoteContent, 'v'>): string {
  const document: NoteContent = {
    v: 1,
    text: content.text,
    kind: content.kind,
    followUp: content.followUp,
    emergencyServicesWithConsent: content.emergencyServicesWithConsent,
  };
  return JSON.stringify(document);
}

function isKind(value: unknown): value is NoteKind {
  return typeof value === 'string' && (NOTE_KINDS as readonly string[]).includes(value);
}

/** The opened plaintext, or undefined when it is not a note this console understands. */
export function fromPlaintext(plaintext: string): NoteContent | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(plaintext);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const note = parsed as Record<string, unknown>;
  if (note.v !== 1 || typeof note.text !== 'string' || !isKind(note.kind)) return undefined;
  if (typeof note.followUp !== 'boolean' || typeof note.emergencyServicesWithConsent !== 'boolean') return undefined;
  return {
    v: 1,
    text: note.text,
    kind: note.kind,
    followUp: note.followUp,
    emergencyServicesWithConsent: note.emergencyServicesWithConsent,
  };
}

/**
 * A new note's id, made here because it is the ciphertext's associated data and must exist before
 * sealing. Kith's own format (`note_` + 16 base64url characters, 96 random bits) rather than
 * crypto.randomUUID, which browsers offer only on HTTPS and loopback: a program on a plain-HTTP
 * address inside its own network still works.
 */
export function newNoteId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `note_${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_')}`;
}

/** The first line of the text, cut to a length that fits a list on a phone. */
export function summaryOf(text: string, max = 100): string {
  const firstLine = text.trim().split(/\r?\n/, 1)[0] ?? '';
  const chars = Array.from(firstLine);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : firstLine;
}
