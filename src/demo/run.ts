import type { Config } from '../config/config';

export async function runDemo(_config: Config): Promise<void> {
  throw new Error('demo not built yet');
}
