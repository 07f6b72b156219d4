import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context';

// Placeholder until the shifts capability lands.
export function shiftRoutes(_app: FastifyInstance, _ctx: AppContext): void {}
