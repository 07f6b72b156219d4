import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context';
import { readRootSecret } from '../crypto/server-keys';
import { typed } from '../http/typed';
import { DomainError } from '../platform/errors';
import { makeBackup } from './make';
import { BackupError } from './file';

export function backupRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  app.post('/api/backup', {
    config: { access: 'coordinator' },
    schema: {
      tags: ['program'],
      summary:
        'A backup of the line (settings, team, shifts, evaluation records; never words or numbers), sealed to the coordinators’ keys',
    },
    handler: async (_request, reply) => {
      const rootSecret = readRootSecret({ secretKey: ctx.config.secretKey, dataDir: ctx.config.dataDir });
      try {
        const { file, counts } = await makeBackup({ db: ctx.db.kysely, rootSecret, now: ctx.clock.now() });
        ctx.logger.info({ backup: counts }, 'backup made');
        return reply
          .type('application/json')
          .header('content-disposition', 'attachment; filename="kith-backup.json"')
          .send(JSON.stringify(file));
      } catch (error) {
        if (error instanceof BackupError) throw new DomainError('conflict', error.message);
        throw error;
      } finally {
        rootSecret.fill(0);
      }
    },
  });
}
