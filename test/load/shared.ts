import { join } from 'node:path';
import type { TestStorage } from '../support/databases';

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

/** A child's settings on a test storage: its own data folder, database and schema, and log file. */
export function childSettingsOn(
  storage: TestStorage,
  line: Omit<ChildSettings, 'dataDir' | 'databaseUrl' | 'pgSchema' | 'logFile'>,
  logName: string,
): ChildSettings {
  return {
    ...line,
    dataDir: storage.dataDir,
    ...(storage.databaseUrl ? { databaseUrl: storage.databaseUrl } : {}),
    ...(storage.pgSchema ? { pgSchema: storage.pgSchema } : {}),
    logFile: join(storage.dataDir, logName),
  };
}
