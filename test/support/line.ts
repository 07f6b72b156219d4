import { ManualClock } from '../../src/platform/clock';
import { ProviderSimulator, type PhoneBehaviour, type SimulatorOptions } from '../../src/simulator';
import type { DbKind } from './databases';
import { freePort, PUBLIC_URL, T0, startTestKith, type TestKith } from './kith';

/** Fictional numbers (555-01xx is reserved for fiction in North America). */
export const COMMUNITY_NUMBER = '+12025550100';
export const SIM_ACCOUNT = 'ACsimulated0000000000000000000000';
export const SIM_TOKEN = 'simulated-auth-token';

export interface ResponderSpec {
  name: string;
  phone: string;
  languages?: string[];
  roles?: string[];
  status?: 'active' | 'paused';
  /** Which tier they are on call for, all week; omit for someone off shift. */
  tier?: 'primary' | 'backup';
  /** The role of those weekly shifts (default phone): field and support for dispatch. */
  shiftRole?: 'phone' | 'field' | 'support' | 'coordinator';
  /** What they can bring to a field response (ids from the program's dispatch needs). */
  skills?: string[];
  behaviour?: PhoneBehaviour;
}

export interface Line {
  t: TestKith;
  sim: ProviderSimulator;
  clock: ManualClock;
  token: string;
  programId: string;
  /** Responder ids by name. */
  ids: Record<string, string>;
  addResponder(spec: ResponderSpec): Promise<string>;
  stop(): Promise<void>;
}

export interface LineOptions {
  start?: number;
  /** The simulated provider refuses to delete a text for this long after it was made (Twilio's 20009). */
  deleteRefusedForSeconds?: number;
  /** Whether the simulated account has Message Redaction (default true); without it, keep-less sends are refused. */
  messageRedaction?: boolean;
  program?: Record<string, unknown>;
  /**
   * Serve Kith at its own loopback URL (as startTestKith's `ownAddress` does), so a real browser's
   * `Origin` matches the public URL; the simulator then signs webhooks for that URL too.
   */
  ownAddress?: boolean;
  /** KITH_PUBLIC_URL (and what the simulator signs for; default PUBLIC_URL), e.g. with a default port written out; ignored with ownAddress. */
  publicUrl?: string;
  /** More server settings (e.g. a wrong KITH_PROVIDER_AUTH_TOKEN); they win over the line's own. */
  env?: Record<string, string>;
  /** Cheap Argon2id for this line's server (startTestKith's `cheapArgon`): for tests that sign in through a browser. */
  cheapArgon?: boolean;
  /** Let web push go to a push service on loopback (startTestKith's `pushOverLoopback`). */
  pushOverLoopback?: boolean;
  /** How the simulated provider behaves where it can differ (port forms in signatures, SignalWire, carriers…). */
  simulator?: Pick<SimulatorOptions, 'portInSignature' | 'provider' | 'deliveryReceipts' | 'queueMaxSize'>;
}

/**
 * A whole community line for scenario tests: a real Kith server on loopback, the provider
 * simulator ringing simulated phones, a configured program and a roster — sharing one manual clock.
 */
export async function startLine(kind: DbKind, options: LineOptions = {}): Promise<Line> {
  const clock = new ManualClock(options.start ?? T0);
  // The simulator signs for the public URL it is given, so with ownAddress the port is chosen first.
  const port = options.ownAddress ? await freePort() : undefined;
  const publicBaseUrl = port === undefined ? (options.publicUrl ?? PUBLIC_URL) : `http://127.0.0.1:${port}`;
  const sim = new ProviderSimulator({
    clock,
    accountSid: SIM_ACCOUNT,
    authToken: SIM_TOKEN,
    publicBaseUrl,
    appBaseUrl: 'http://127.0.0.1:9',
    ...(options.deleteRefusedForSeconds === undefined
      ? {}
      : { deleteRefusedForSeconds: options.deleteRefusedForSeconds }),
    ...(options.messageRedaction === undefined ? {} : { messageRedaction: options.messageRedaction }),
    ...options.simulator,
  });
  await sim.start();
  const t = await startTestKith(kind, {
    clock,
    ...(options.cheapArgon ? { cheapArgon: true } : {}),
    ...(options.pushOverLoopback ? { pushOverLoopback: true } : {}),
    env: {
      KITH_PROVIDER_API_URL: sim.apiBaseUrl,
      KITH_PROVIDER_ACCOUNT_SID: SIM_ACCOUNT,
      KITH_PROVIDER_AUTH_TOKEN: SIM_TOKEN,
      ...(port === undefined ? {} : { KITH_PORT: String(port) }),
      ...(publicBaseUrl === PUBLIC_URL ? {} : { KITH_PUBLIC_URL: publicBaseUrl }),
      ...options.env,
    },
  });
  sim.connectApp(t.url);
  // The app's background requests to the provider (hang-ups, redirects) land before the next event.
  // Through `line.t`, so a restarted server is the one waited on.
  sim.awaitBeforeEachEvent(() => line.t.kith.ctx.background.idle());
  const { token, programId } = await t.setup('Northside Care Line');
  const configured = await t.api(
    'PATCH',
    '/api/program',
    { phoneNumber: COMMUNITY_NUMBER, timeZone: 'America/New_York', ...options.program },
    token,
  );
  if (configured.status !== 200) throw new Error(`program setup failed: ${JSON.stringify(configured.body)}`);
  sim.ownNumber(COMMUNITY_NUMBER, {
    voiceUrl: '/webhooks/twilio/voice',
    statusCallbackUrl: '/webhooks/twilio/voice/status',
  });

  const ids: Record<string, string> = {};
  const line: Line = {
    t,
    sim,
    clock,
    token,
    programId,
    ids,
    async addResponder(spec) {
      clock.advance(1000); // distinct join times make the roster (and so the in-order ring order) deterministic
      const created = await t.api<{ id: string }>(
        'POST',
        '/api/responders',
        {
          name: spec.name,
          phone: spec.phone,
          languages: spec.languages ?? ['en'],
          roles: spec.roles ?? ['phone'],
          status: spec.status ?? 'active',
          ...(spec.skills ? { skills: spec.skills } : {}),
        },
        token,
      );
      if (created.status !== 201) throw new Error(`responder failed: ${JSON.stringify(created.body)}`);
      const id = created.body.id;
      ids[spec.name] = id;
      if (spec.tier) await onCallAllWeek(t, token, id, spec.tier, spec.shiftRole);
      sim.phone(spec.phone, spec.behaviour ?? { kind: 'answer', press: '1' });
      return id;
    },
    async stop() {
      await t.stop();
      await sim.stop();
    },
  };
  return line;
}

/** Seven weekly shifts covering every hour: the simplest "always on call". */
export async function onCallAllWeek(
  t: TestKith,
  token: string,
  responderId: string,
  tier: 'primary' | 'backup',
  role: 'phone' | 'field' | 'support' | 'coordinator' = 'phone',
): Promise<void> {
  for (const day of ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']) {
    const result = await t.api(
      'POST',
      '/api/shifts/rules',
      { responderId, role, tier, day, start: '00:00', end: '24:00' },
      token,
    );
    if (result.status !== 201) throw new Error(`shift failed: ${JSON.stringify(result.body)}`);
  }
}

/** All text a leg heard, joined, for plain-language assertions. */
export function transcript(heard: readonly { text: string }[]): string {
  return heard.map((h) => h.text).join(' | ');
}
