import type { Role } from '../platform/principal';
import type { BriefingState, PlanVersion } from '../program/briefing';

// Roles are stored with each responder; what they are is shared by every layer (platform/principal.ts).
export { ROLES, type Principal, type Role } from '../platform/principal';

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

/**
 * Someone who can be reached now (`reachableAmong`): active, not on break, with what texting and
 * dispatch choose by. The phone stays sealed under the server's keys; only a sender opens it.
 */
export interface Reachable {
  id: string;
  name: string;
  languages: string[];
  roles: string[];
  skills: string[];
  phoneSealed: string | null;
  /** Absent until they have signed in on a device. */
  publicKey: string | null;
  /** Their briefing and the program's plan version, for program/briefing.ts `briefingDue`. */
  briefing: BriefingState;
  plan: PlanVersion;
}
