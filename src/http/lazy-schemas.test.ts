import { AjvCompiler } from '@fastify/ajv-compiler';
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';
import { Type } from '@sinclair/typebox';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { lazySchemaCompilers, type Compilers } from './lazy-schemas';

/** Fastify's own compilers, counting each route schema they compile. */
function counted(): { compilers: Compilers; compiled: string[] } {
  const compiled: string[] = [];
  const ajv = AjvCompiler();
  const fjs = SerializerSelector();
  return {
    compiled,
    compilers: {
      buildValidator: (external, options) => {
        const compile = ajv(external, options);
        return (route) => {
          compiled.push(`validate ${described(route, 'httpPart')}`);
          return compile(route);
        };
      },
      buildSerializer: (external, options) => {
        const compile = fjs(external, options);
        return (route) => {
          compiled.push(`serialize ${described(route, 'httpStatus')}`);
          return compile(route);
        };
      },
    },
  };
}

/** Fastify hands each compiler the route (method, url, part); Ajv's compiler types call it a schema. */
function described(route: unknown, part: string): string {
  const fields = route as Record<string, unknown>;
  return [fields.method, fields.url, fields[part]].map(String).join(' ');
}

async function app(compilers: Compilers) {
  const server = Fastify({
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: true } },
    schemaController: { compilersFactory: lazySchemaCompilers(compilers) },
  });
  const body = Type.Object(
    { name: Type.String({ minLength: 1 }), day: Type.Integer({ minimum: 1, maximum: 7 }) },
    { additionalProperties: false },
  );
  const answer = Type.Object({ name: Type.String(), day: Type.Integer() });
  server.post('/shifts', { schema: { body, response: { 200: answer } } }, async (request) => ({
    ...(request.body as object),
    secret: 'not in the schema',
  }));
  server.post('/other', { schema: { body } }, async () => ({ ok: true }));
  await server.ready();
  return server;
}

describe('route schemas compiled on first use', () => {
  it('compiles nothing at start, then only the route that is used, once', async () => {
    const { compilers, compiled } = counted();
    const server = await app(compilers);
    expect(compiled).toEqual([]);

    for (let i = 0; i < 3; i += 1) {
      const ok = await server.inject({ method: 'POST', url: '/shifts', payload: { name: 'Ana', day: 2 } });
      expect(ok.statusCode).toBe(200);
    }
    expect(compiled).toEqual(['validate POST /shifts body', 'serialize POST /shifts 200']);
    await server.close();
  });

  it('validates and serializes exactly as Fastify does: errors name the fields, answers keep to their schema', async () => {
    const server = await app(counted().compilers);
    const bad = await server.inject({ method: 'POST', url: '/shifts', payload: { name: '', day: 9, extra: true } });
    expect(bad.statusCode).toBe(400);
    const message = bad.json<{ message: string }>().message;
    // allErrors: every problem is named, as with Fastify's eager compilers.
    expect(message).toContain('/name');
    expect(message).toContain('/day');
    expect(message).toContain('additional properties');

    // The first call fails validation; the errors of a later good call must not linger.
    const good = await server.inject({ method: 'POST', url: '/shifts', payload: { name: 'Ana', day: 7 } });
    expect(good.json()).toEqual({ name: 'Ana', day: 7 }); // the field outside the answer's schema is dropped
    const badAgain = await server.inject({ method: 'POST', url: '/shifts', payload: { name: 'Ana' } });
    expect(badAgain.statusCode).toBe(400);
    expect(badAgain.json<{ message: string }>().message).toContain('day');
    await server.close();
  });
});
