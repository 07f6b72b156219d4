/** What a person does on the line; `coordinator` also runs it. */
export const ROLES = ['phone', 'field', 'support', 'coordinator'] as const;
export type Role = (typeof ROLES)[number];

/** Who is making an API request: a responder of one program, resolved from their token by auth. */
export interface Principal {
  responderId: string;
  programId: string;
  roles: readonly Role[];
}

export const RESPONDER_STATUSES = ['active', 'paused'] as const;
export type ResponderStatus = (typeof RESPONDER_STATUSES)[number];

export interface Responder {
  id: string;
  programId: string;
  name: string;
  /** E.164. Decrypted only for coordinators and for placing calls; never shown to a caller. */
  phone: string | null;
  languages: string[];
  roles: Role[];
  /** What they can bring to a field response: ids from the program's dispatch needs. */
  skills: string[];
  status: ResponderStatus;
  /** When they went on break (epoch ms), or null; nobody on break is rung. Shown to coordinators only. */
  onBreakSince: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface ResponderInput {
  name: string;
  /** Any way a person writes a number; stored only in E.164. */
  phone: string | null;
  languages: string[];
  roles: Role[];
  /** Absent means none. */
  skills?: string[];
  status: ResponderStatus;
}
