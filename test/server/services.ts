/**
 * Real Redis and PostgreSQL for the server tests (tools/lib/services.ts starts throwaway ones on free ports).
 * Where the packages are missing the tests that need them skip with one clear line, except in CI (CI=true),
 * where .ci/run installs them and a missing one is a failure.
 */
import pg from 'pg';
import { type Service, servicesMissing } from '../../tools/lib/services.ts';

/** Null when the services can run, else the line a skipped suite prints. */
export function skipServices(): string | null {
  const missing = servicesMissing();
  if (missing === null) return null;
  if (process.env.CI) throw new Error(`CI must run the Redis and PostgreSQL tests: ${missing}`);
  process.stdout.write(`${missing}\n`);
  return missing;
}

let databases = 0;

/** A new empty database on a running PostgreSQL: its postgres:// address. */
export async function freshDatabase(server: Service): Promise<string> {
  const name = `tt_${process.pid}_${++databases}`;
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  return server.url.replace(/\/[^/]*$/, `/${name}`);
}
