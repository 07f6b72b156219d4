/** What the load test and its Kith child agree on. */
export const LOAD_READY_PREFIX = 'KITH_LOAD_READY ';

export interface ChildSettings {
  port: number;
  dataDir: string;
  databaseUrl?: string;
  pgSchema?: string;
  publicUrl: string;
  providerApiUrl: string;
  accountSid: string;
  authToken: string;
  logFile: string;
}
