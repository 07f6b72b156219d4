import { inviteIfNobodyCanSignIn, issueSetupTokenIfNeeded } from './setup/service';
import { ConfigError, parseConfig } from './config/config';
import { systemClock } from './platform/clock';
import { createLogger, listeningAddresses } from './platform/logger';
import { startKith, startProblem } from './server';

/** `npm start`: Kith on its embedded SQLite database (or PostgreSQL with DATABASE_URL). */
async function main(): Promise<void> {
  let config;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger({ level: config.logLevel, ownAddresses: listeningAddresses(config.host) });
  const kith = await startKith({ config, clock: systemClock, logger }).catch((error: unknown) => {
    const problem = startProblem(error, config);
    if (problem === undefined) throw error;
    process.stderr.write(`${problem}\n`);
    process.exit(1);
  });
  const setupToken = await issueSetupTokenIfNeeded({ db: kith.ctx.db.kysely, clock: systemClock, keys: kith.ctx.keys });
  const where = config.databaseUrl ? 'PostgreSQL' : `SQLite in ${config.dataDir}`;
  process.stdout.write(`\nKith is listening on ${kith.address} (data: ${where}).\n`);
  if (!config.provider)
    process.stdout.write(
      'No phone provider is configured yet: see README, "Connect a phone number". Try `npm run demo` to watch a simulated call.\n',
    );
  if (setupToken) {
    // The token rides in the link's fragment (after #), which browsers never send to a server,
    // so it stays out of request lines, logs and Referer headers.
    process.stdout.write(
      `\nFirst start: open this link in your browser to create the program and its first coordinator.\n` +
        `It works once, for 24 hours:\n\n` +
        `  ${config.publicUrl}/setup#token=${setupToken}\n\n` +
        `Or, from a terminal:\n\n` +
        `  npx kith setup --url ${config.publicUrl} --token ${setupToken} --program "Our Line" --name "Your Name"\n\n` +
        `(The API is described at ${config.publicUrl}/api/openapi.json.)\n\n`,
    );
  }
  const wayIn = setupToken
    ? undefined
    : await inviteIfNobodyCanSignIn({
        db: kith.ctx.db.kysely,
        clock: systemClock,
        keys: kith.ctx.keys,
        publicUrl: config.publicUrl,
      });
  if (wayIn) {
    process.stdout.write(
      `\nThe line is set up, but no coordinator has made a sign-in yet. Open this link to make yours\n` +
        `(it works once, for 72 hours; a restart prints a new one until someone signs in):\n\n  ${wayIn.inviteUrl}\n\n`,
    );
  }
  const shutdown = async () => {
    await kith.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}

void main();
