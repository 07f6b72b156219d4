/**
 * The plan page's worker (`plan.ts`): Argon2id at 256 MiB takes seconds in a browser, and on the page's
 * own thread it would freeze the page — no progress shown, no keyboard. Here it runs beside the page,
 * one plan per message; it keeps nothing between messages.
 */
import { sealPlanHere, type PlanToSeal } from '@server/crypto/plan-seal';

export type PlanWorkerAnswer = { sealed: string; ms: number } | { error: string };

self.addEventListener('message', (event: MessageEvent<PlanToSeal>) => {
  const started = performance.now();
  sealPlanHere(event.data).then(
    (sealed) => self.postMessage({ sealed, ms: Math.round(performance.now() - started) } satisfies PlanWorkerAnswer),
    (error: unknown) =>
      self.postMessage({ error: error instanceof Error ? error.name : 'Error' } satisfies PlanWorkerAnswer),
  );
});
