import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The parts of a V8 `.cpuprofile` (written by `node --cpu-prof`) that a self-time summary needs. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  name: string;
  ms: number;
  share: number;
}

/**
 * Self time per function from the profile(s) in `dir`, counting only samples taken between `fromUs`
 * and `toUs`. Those are CLOCK_MONOTONIC microseconds: V8 stamps samples with the same clock Node's
 * `process.hrtime` reads on Linux, so the parent can mark a window in the child's profile. Idle time
 * is left out; the shares are of the busy samples in the window.
 */
export function selfTimes(dir: string, fromUs: number, toUs: number): { busyMs: number; top: SelfTime[] } {
  const byName = new Map<string, number>();
  let busy = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    const nameOf = new Map(
      profile.nodes.map((n) => {
        const { functionName, url, lineNumber } = n.callFrame;
        const where = url ? `${shorten(url)}:${lineNumber + 1}` : '';
        return [n.id, `${functionName || '(anonymous)'}${where ? ` ${where}` : ''}`];
      }),
    );
    let at = profile.startTime;
    profile.samples.forEach((id, i) => {
      const delta = profile.timeDeltas[i] ?? 0;
      at += delta;
      if (at < fromUs || at > toUs) return;
      const name = nameOf.get(id) ?? '?';
      if (name.startsWith('(idle)')) return;
      // A sample stands for the interval until the next one.
      const us = profile.timeDeltas[i + 1] ?? delta;
      byName.set(name, (byName.get(name) ?? 0) + us);
      busy += us;
    });
  }
  const top = [...byName]
    .sort((a, b) => b[1] - a[1])
    .map(([name, us]) => ({ name, ms: us / 1000, share: busy > 0 ? us / busy : 0 }));
  return { busyMs: busy / 1000, top };
}

/** A path short enough to read: from node_modules/ or src/ on, or node's own `node:` modules. */
function shorten(url: string): string {
  const path = url.replace(/^file:\/\//, '');
  const at = Math.max(path.lastIndexOf('node_modules/'), path.indexOf('/src/') + 1);
  return at > 0 ? path.slice(at) : path;
}

/** Monotonic microseconds now, on the clock the child's profile uses. */
export const monotonicUs = (): number => Number(process.hrtime.bigint() / 1000n);
