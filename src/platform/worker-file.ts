import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts the worker thread whose entry is `<base>.js` (beside the built server, where every worker
 * is bundled as an entry of its own) or `<base>.ts` (run from source, as tests and `npm run kith`
 * do). `base` is a URL made beside the caller's module: `new URL('./seal-worker', import.meta.url)`.
 * Undefined when neither file exists; the caller then does the work on its own thread.
 */
export function startWorker(base: URL, options: Omit<WorkerOptions, 'eval'> = {}): Worker | undefined {
  for (const extension of ['.js', '.ts']) {
    const file = fileURLToPath(`${base.href}${extension}`);
    if (!existsSync(file)) continue;
    return extension === '.ts' ? throughTsx(file, options) : new Worker(file, options);
  }
  return undefined;
}

/**
 * From source, the worker's TypeScript goes through tsx, registered inside the worker before its
 * module loads (Node 20 does not apply a parent's `--import` hooks to a worker's entry module).
 */
function throughTsx(file: string, options: WorkerOptions): Worker {
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
  const api = pathToFileURL(cjs.replace(/\.cjs$/, '.mjs')).href;
  const entry = pathToFileURL(file).href;
  const code = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(code, { ...options, eval: true });
}
