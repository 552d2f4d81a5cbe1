import 'reflect-metadata';
import type { TestProject } from 'vitest/node';
import { type PrivatePostgresLocation, startPrivatePostgres } from './postgres';
import { prepareTemplate } from './system';

let server: Awaited<ReturnType<typeof startPrivatePostgres>> | undefined;

/** One private PostgreSQL server and one seeded template for the whole suite. */
export async function setup(project: TestProject) {
  server = await startPrivatePostgres();
  await prepareTemplate(server);
  project.provide('reliabilityPostgres', server.location);
}

export async function teardown() {
  server?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    reliabilityPostgres: PrivatePostgresLocation;
  }
}
