/**
 * Integration setup file: each test file starts with no jobs queued by an earlier file. Files share
 * one database and run one after another; an earlier file's uploads that it never processed would
 * otherwise sit ahead in the queue of the next file's worker (concurrency 1) and make it time out.
 * Jobs left active go too: their file's workers are gone, and their lease's expiry would otherwise
 * turn them into retries that this file's worker picks up. Their documents, still mid-pipeline, are
 * set aside as failed, or the worker's orphan sweep would queue them again.
 */
import pg from "pg";
import { beforeAll, inject } from "vitest";

beforeAll(async () => {
  const client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT to_regclass('pgboss.job') IS NOT NULL AS ready`);
    if (rows[0].ready) await client.query(`DELETE FROM pgboss.job WHERE state IN ('created', 'retry', 'active')`);
    await client.query(
      `UPDATE "Document" SET status = 'failed', "errorCode" = 'TEST_FILE_ENDED', "errorMessage" = 'left by an earlier test file'
       WHERE status IN ('uploaded', 'parsing', 'parsed', 'analyzing')`,
    );
  } finally {
    await client.end();
  }
});
