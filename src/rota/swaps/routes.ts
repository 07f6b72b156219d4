import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { principalOf } from '../../auth/route-access';
import type { AppContext } from '../../context';
import { ErrorResponse } from '../../http/schema-helpers';
import { typed } from '../../http/typed';
import { getProgram } from '../../program/service';
import { teamDirectory } from '../../shifts/service';
import { rotaDepsOf } from '../deps';
import { askAway, decideAway, withdrawAway } from './away';
import { awayView, mySwaps, offerView, pending } from './board';
import { decideOffer, offerShift, takeOffer, withdrawOffer } from './offers';
import {
  AwayInput,
  AwaySchema,
  DecisionInput,
  IdParams,
  MySwapsSchema,
  OfferInput,
  OfferMadeSchema,
  PendingSchema,
  TakenSchema,
} from './schema';

export function swapRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  const deps = rotaDepsOf(ctx);
  const tags = ['swaps'];
  const refusals = { 404: ErrorResponse, 409: ErrorResponse };

  app.get('/api/me/swaps', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'Offers I could take, my own offers and my time-away requests',
      response: { 200: MySwapsSchema },
    },
    handler: async (request) => mySwaps(deps, principalOf(request)),
  });

  app.post('/api/me/offers', {
    config: { access: 'responder', live: 'shifts' },
    schema: {
      tags,
      summary: 'Offer one of my shifts (or part of it); teammates who could take it are told by text and push',
      body: OfferInput,
      response: { 201: OfferMadeSchema, 400: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse },
    },
    handler: async (request, reply) => {
      const who = principalOf(request);
      const { offer, told } = await offerShift(deps, who, request.body);
      const zone = (await getProgram(deps, who.programId)).timeZone;
      return reply.status(201).send({ offer: offerView(offer, await teamDirectory(deps, who.programId), zone), told });
    },
  });

  app.delete('/api/me/offers/:id', {
    config: { access: 'responder', live: 'shifts' },
    schema: {
      tags,
      summary: 'Take my offer back, while nobody has taken it',
      params: IdParams,
      response: { 204: Type.Null(), ...refusals },
    },
    handler: async (request, reply) => {
      await withdrawOffer(deps, principalOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  });

  app.post('/api/offers/:id/take', {
    config: { access: 'responder', live: 'shifts' },
    schema: {
      tags,
      summary: 'Take an offered shift: the first to take it gets it (409 with why: gone for the others)',
      params: IdParams,
      response: { 200: TakenSchema, ...refusals },
    },
    handler: async (request) => ({
      state: (await takeOffer(deps, principalOf(request), { id: request.params.id })).state,
    }),
  });

  app.post('/api/me/away-requests', {
    config: { access: 'responder', live: 'shifts' },
    schema: {
      tags,
      summary: 'Ask for time away; a coordinator approves it unless the program does not ask for that',
      body: AwayInput,
      response: { 201: AwaySchema, 400: ErrorResponse, 422: ErrorResponse },
    },
    handler: async (request, reply) => {
      const who = principalOf(request);
      const row = await askAway(deps, who, request.body);
      const zone = (await getProgram(deps, who.programId)).timeZone;
      return reply.status(201).send(awayView(row, await teamDirectory(deps, who.programId), zone));
    },
  });

  app.delete('/api/me/away-requests/:id', {
    config: { access: 'responder', live: 'shifts' },
    schema: {
      tags,
      summary: 'Take back a request for time away while it waits',
      params: IdParams,
      response: { 204: Type.Null(), ...refusals },
    },
    handler: async (request, reply) => {
      await withdrawAway(deps, principalOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  });

  app.get('/api/swaps/pending', {
    config: { access: 'coordinator' },
    schema: {
      tags,
      summary: 'Swaps and time away waiting for a coordinator, with the gaps time away would open',
      response: { 200: PendingSchema },
    },
    handler: async (request) => pending(deps, principalOf(request).programId),
  });

  app.post('/api/swaps/offers/:id/decision', {
    config: { access: 'coordinator', live: 'shifts' },
    schema: {
      tags,
      summary: 'Approve or decline a take',
      params: IdParams,
      body: DecisionInput,
      response: { 204: Type.Null(), ...refusals },
    },
    handler: async (request, reply) => {
      await decideOffer(deps, principalOf(request), request.params.id, request.body.approve);
      return reply.status(204).send(null);
    },
  });

  app.post('/api/swaps/away/:id/decision', {
    config: { access: 'coordinator', live: 'shifts' },
    schema: {
      tags,
      summary: 'Approve or decline time away',
      params: IdParams,
      body: DecisionInput,
      response: { 204: Type.Null(), ...refusals },
    },
    handler: async (request, reply) => {
      await decideAway(deps, principalOf(request), request.params.id, request.body.approve);
      return reply.status(204).send(null);
    },
  });
}
