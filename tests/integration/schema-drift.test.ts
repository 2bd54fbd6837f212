/**
 * Fails when prisma/schema.prisma and prisma/migrations disagree. Prisma's own `migrate diff` needs
 * the schema engine binary, which our machines cannot download, so we compare Prisma's DMMF (from its
 * wasm schema parser) with what the migrations actually built in the test database.
 */
import { readFileSync } from "node:fs";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { expectedSchema, type DbSchema } from "../support/dmmf-schema";

async function actualSchema(url: string): Promise<DbSchema> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const cols = await c.query(`
      SELECT c.table_name, c.column_name, c.is_nullable, c.data_type, c.udt_name, c.column_default,
             c.character_maximum_length, c.datetime_precision
      FROM information_schema.columns c
      WHERE c.table_schema = 'public' AND c.table_name <> '_prisma_migrations'`);
    const idx = await c.query(`
      SELECT t.relname AS table_name, i.relname AS index_name, ix.indisunique AS is_unique, ix.indisprimary AS is_primary,
             array_agg(a.attname::text ORDER BY k.ord) AS columns
      FROM pg_index ix
      JOIN pg_class i ON i.oid = ix.indexrelid
      JOIN pg_class t ON t.oid = ix.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace
      CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
      WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'
      GROUP BY t.relname, i.relname, ix.indisunique, ix.indisprimary`);
    const fks = await c.query(`
      SELECT tc.table_name, kcu.column_name, ccu.table_name AS ref_table, rc.delete_rule
      FROM information_schema.table_constraints tc
      JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
      JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
      JOIN information_schema.referential_constraints rc ON rc.constraint_name = tc.constraint_name AND rc.constraint_schema = tc.table_schema
      WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public'`);
    const enums = await c.query(`
      SELECT t.typname, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' GROUP BY t.typname`);

    const schema: DbSchema = { tables: {}, enums: {} };
    for (const r of cols.rows) {
      const t = (schema.tables[r.table_name] ??= { columns: {}, indexes: [], foreignKeys: [] });
      let type = r.data_type === "USER-DEFINED" ? r.udt_name : r.data_type === "ARRAY" ? `${r.udt_name.replace(/^_/, "")}[]` : r.data_type;
      if (r.data_type === "timestamp without time zone") type = `timestamp(${r.datetime_precision})`;
      t.columns[r.column_name] = { type, nullable: r.is_nullable === "YES", hasDefault: r.column_default != null };
    }
    for (const r of idx.rows) {
      schema.tables[r.table_name].indexes.push({ columns: r.columns, unique: r.is_unique, primary: r.is_primary });
    }
    for (const r of fks.rows) {
      schema.tables[r.table_name].foreignKeys.push({ column: r.column_name, references: r.ref_table, onDelete: r.delete_rule });
    }
    for (const r of enums.rows) schema.enums[r.typname] = r.labels;
    return schema;
  } finally {
    await c.end();
  }
}

function normalise(s: DbSchema): DbSchema {
  for (const t of Object.values(s.tables)) {
    const key = (x: object) => JSON.stringify(x);
    t.indexes.sort((a, b) => key(a).localeCompare(key(b)));
    t.foreignKeys.sort((a, b) => key(a).localeCompare(key(b)));
  }
  return s;
}

describe("schema.prisma vs migrations", () => {
  it("the migrated database has exactly the tables, columns, indexes, keys and enums the schema declares", async () => {
    const source = readFileSync("prisma/schema.prisma", "utf8");
    const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: source })));
    const expected = normalise(expectedSchema(dmmf, source));
    const actual = normalise(await actualSchema(inject("databaseUrl")));
    expect(actual).toEqual(expected);
  });
});
