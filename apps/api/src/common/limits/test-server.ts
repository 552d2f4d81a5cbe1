import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { createLogger } from '../../logger';
import { createSchema } from '../../schema';
import { createFormatError } from '../format-error';
import { type TrustedDocuments, trustedDocuments } from '../trusted-documents';
import { graphqlHardening } from './hardening';
import { limits as defaultLimits, type Limits } from './limits';

/** A raw exchange: status, headers, parsed body (text when not JSON). */
export interface Exchange {
  status: number;
  headers: Headers;
  text: string;
  body: any;
}

export interface HardenedServer {
  url: string;
  post(body: unknown, headers?: Record<string, string>): Promise<Exchange>;
  get(params: Record<string, string>, headers?: Record<string, string>): Promise<Exchange>;
  close(): Promise<void>;
}

let schema: Promise<GraphQLSchema> | undefined;

/**
 * For tests: the real schema behind an Apollo Server with exactly the hardening app.ts is to use
 * (`graphqlHardening`), over HTTP. The context is empty, so anything that reaches a resolver fails:
 * the operations these tests run are `__typename` only, and a refused request must not get that far.
 */
export async function startHardenedServer(options: {
  env: string;
  documents?: TrustedDocuments;
  limits?: Limits;
}): Promise<HardenedServer> {
  schema ??= createSchema();
  const hardening = graphqlHardening<BaseContext>({
    env: options.env,
    limits: options.limits ?? defaultLimits,
    documents: options.documents ?? trustedDocuments({}),
    formatError: createFormatError(createLogger('silent')),
  });
  const apollo = new ApolloServer<BaseContext>({ schema: await schema, ...hardening, stopOnTerminationSignals: false });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: async () => ({}) }));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

  const exchange = async (target: string, init: RequestInit): Promise<Exchange> => {
    const res = await fetch(target, init);
    const text = await res.text();
    let body: any = text;
    try {
      body = JSON.parse(text);
    } catch {}
    return { status: res.status, headers: res.headers, text, body };
  };
  return {
    url,
    post: (body, headers = {}) =>
      exchange(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    get: (params, headers = {}) =>
      exchange(`${url}?${new URLSearchParams(params)}`, {
        headers: { 'apollo-require-preflight': 'true', ...headers },
      }),
    async close() {
      await apollo.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
