/** The Postgres schema Prisma would create for a DMMF, in the shape the drift test reads back. */
export interface DbSchema {
  tables: Record<
    string,
    {
      columns: Record<string, { type: string; nullable: boolean; hasDefault: boolean }>;
      indexes: { columns: string[]; unique: boolean; primary: boolean }[];
      foreignKeys: { column: string; references: string; onDelete: string }[];
    }
  >;
  enums: Record<string, string[]>;
}

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "object" | "enum" | "unsupported";
  isList: boolean;
  isRequired: boolean;
  hasDefaultValue: boolean;
  default?: unknown;
  type: string;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationOnDelete?: string;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface Dmmf {
  datamodel: {
    models: DmmfModel[];
    enums: { name: string; dbName?: string | null; values: { name: string; dbName?: string | null }[] }[];
    indexes: { model: string; type: "id" | "unique" | "normal" | "fulltext"; fields: { name: string }[] }[];
  };
}

const SCALAR: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Float: "double precision",
  Decimal: "numeric",
  Boolean: "boolean",
  DateTime: "timestamp(3)",
  Json: "jsonb",
  Bytes: "bytea",
};
const LIST_ELEMENT: Record<string, string> = { String: "text", Int: "int4", BigInt: "int8", Boolean: "bool", Float: "float8" };
const NATIVE: Record<string, string> = { Date: "date", Timestamptz: "timestamp with time zone", VarChar: "character varying", Uuid: "uuid" };
const ON_DELETE: Record<string, string> = { Cascade: "CASCADE", SetNull: "SET NULL", Restrict: "RESTRICT", NoAction: "NO ACTION", SetDefault: "SET DEFAULT" };
// Defaults Prisma Client fills in itself: the column gets no DEFAULT.
const CLIENT_SIDE_DEFAULTS = new Set(["uuid", "cuid", "nanoid", "ulid"]);

/**
 * `name Unsupported("type")?` fields per model, read from the schema text: the DMMF leaves them out,
 * yet the migrations create their columns (Segment.searchWords is a tsvector).
 */
export function unsupportedFields(schema: string): { model: string; name: string; type: string; nullable: boolean }[] {
  const out: { model: string; name: string; type: string; nullable: boolean }[] = [];
  let model: string | null = null;
  for (const raw of schema.split("\n")) {
    const line = raw.trim();
    if (line.startsWith("model ")) model = line.split(/\s+/)[1];
    else if (line === "}") model = null;
    const m = model ? /^(\w+)\s+Unsupported\("([^"]+)"\)(\??)/.exec(line) : null;
    if (m && model) out.push({ model, name: m[1], type: m[2], nullable: m[3] === "?" });
  }
  return out;
}

export function expectedSchema(dmmf: Dmmf, schema = ""): DbSchema {
  const { models, enums, indexes } = dmmf.datamodel;
  const enumDb = new Map(enums.map((e) => [e.name, e.dbName ?? e.name]));
  const table = (modelName: string) => {
    const m = models.find((x) => x.name === modelName)!;
    return m.dbName ?? m.name;
  };
  const column = (modelName: string, fieldName: string) => {
    const f = models.find((x) => x.name === modelName)!.fields.find((x) => x.name === fieldName);
    return f ? (f.dbName ?? f.name) : fieldName; // not in the DMMF: an Unsupported field, named as written
  };

  const out: DbSchema = { tables: {}, enums: {} };
  for (const e of enums) out.enums[e.dbName ?? e.name] = e.values.map((v) => v.dbName ?? v.name);

  for (const m of models) {
    const t: DbSchema["tables"][string] = { columns: {}, indexes: [], foreignKeys: [] };
    out.tables[m.dbName ?? m.name] = t;
    for (const f of m.fields) {
      if (f.kind === "object") {
        for (const from of f.relationFromFields ?? []) {
          const fromField = m.fields.find((x) => x.name === from)!;
          const fallback = fromField.isRequired ? "Restrict" : "SetNull";
          t.foreignKeys.push({ column: column(m.name, from), references: table(f.type), onDelete: ON_DELETE[f.relationOnDelete ?? fallback] });
        }
        continue;
      }
      let type: string;
      if (f.kind === "enum") type = f.isList ? `${enumDb.get(f.type)}[]` : enumDb.get(f.type)!;
      else if (f.isList) type = `${LIST_ELEMENT[f.type] ?? f.type}[]`;
      else type = f.nativeType ? (NATIVE[f.nativeType[0]] ?? f.nativeType[0].toLowerCase()) : SCALAR[f.type];
      const def = f.default as { name?: string } | undefined;
      const hasDefault = f.hasDefaultValue && !(def && typeof def === "object" && def.name && CLIENT_SIDE_DEFAULTS.has(def.name));
      t.columns[f.dbName ?? f.name] = { type, nullable: f.isList || !f.isRequired, hasDefault: Boolean(hasDefault) };
    }
  }

  for (const u of unsupportedFields(schema)) out.tables[table(u.model)].columns[u.name] = { type: u.type, nullable: u.nullable, hasDefault: false };

  for (const ix of indexes) {
    if (ix.type === "fulltext") continue;
    out.tables[table(ix.model)].indexes.push({
      columns: ix.fields.map((f) => column(ix.model, f.name)),
      unique: ix.type !== "normal",
      primary: ix.type === "id",
    });
  }
  return out;
}
