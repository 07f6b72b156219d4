/** The line a server child prints on stdout once it accepts requests, followed by its base URL. */
export const READY_PREFIX = 'BENCH_READY ';
