import { AjvCompiler, type BuildCompilerFromPool } from '@fastify/ajv-compiler';
import { SerializerSelector, type Serializer, type SerializerFactory } from '@fastify/fast-json-stringify-compiler';
import type { FastifyServerOptions } from 'fastify';

/**
 * Fastify's own schema compilers (Ajv for requests, fast-json-stringify for answers), each route's
 * compiled the first time that route is used instead of all of them at start.
 *
 * Why: compiling every route's schemas was about 60% of the CPU a start spent (1.5 of 2.3 CPU-seconds
 * on this project's 2-core machine, most of it Ajv), and their code stayed resident even for routes
 * a small line never calls. Compiling one route's schemas on first use costs a few milliseconds once.
 * The compilers, their options and so every answer are exactly Fastify's defaults; only the moment
 * of compiling moves.
 */
type CompilersFactory = NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>;
type BuildValidator = BuildCompilerFromPool;
type ValidateFunction = ReturnType<ReturnType<BuildValidator>>;
type BuildSerializer = SerializerFactory;

/** The compilers wrapped: Fastify's own unless a test passes others to watch them. */
export interface Compilers {
  buildValidator: BuildValidator;
  buildSerializer: BuildSerializer;
}

export function lazySchemaCompilers(
  { buildValidator, buildSerializer }: Compilers = {
    buildValidator: AjvCompiler(),
    buildSerializer: SerializerSelector(),
  },
): CompilersFactory {
  const buildLazyValidator: BuildValidator = (externalSchemas, options) => {
    const compile = buildValidator(externalSchemas, options);
    return (route) => lazyValidator(() => compile(route));
  };
  return {
    buildValidator: buildLazyValidator,
    buildSerializer: (externalSchemas, options) => {
      const compile = buildSerializer(externalSchemas, options);
      return (route) => {
        let serialize: Serializer | undefined;
        return (doc: unknown) => (serialize ??= compile(route))(doc);
      };
    },
  };
}

/**
 * A stand-in for the route's Ajv function that compiles it on the first call. Fastify only calls it
 * and then reads `errors` off it, so the stand-in passes the call through and carries `errors` over;
 * Ajv's other properties (its schema environment) exist only once compiled, hence the one cast.
 */
function lazyValidator(compile: () => ValidateFunction): ValidateFunction {
  let validate: ValidateFunction | undefined;
  const standIn = (data: unknown): boolean | Promise<unknown> => {
    validate ??= compile();
    const result = validate(data);
    standIn.errors = validate.errors;
    return result;
  };
  standIn.errors = undefined as ValidateFunction['errors'];
  return standIn as unknown as ValidateFunction;
}
