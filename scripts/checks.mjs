// `npm run checks`: the type check, ESLint and Prettier at once, each output shown whole once it ends.
// They are independent and mostly single-threaded, so on a 2-core machine running them together
// takes about as long as the type check alone (~25 s instead of ~45 s one after another).
import { spawn } from 'node:child_process';

const checks = [
  ['type check', 'npm run --silent typecheck'],
  ['ESLint', 'npx eslint .'],
  ['Prettier', 'npx prettier --check --log-level warn .'],
];

const results = await Promise.all(
  checks.map(
    ([name, command]) =>
      new Promise((resolve) => {
        const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        child.on('close', (code) => resolve({ name, code, output }));
      }),
  ),
);
for (const { name, code, output } of results) {
  process.stdout.write(`${code === 0 ? 'passed' : 'FAILED'}: ${name}\n${output}`);
}
process.exit(results.every((r) => r.code === 0) ? 0 : 1);
