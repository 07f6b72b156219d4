import type { AppContext } from '../context';

export interface Maintenance {
  stop(): void;
}

export function startMaintenance(_ctx: AppContext, _intervalMs: number): Maintenance {
  return { stop() {} };
}
