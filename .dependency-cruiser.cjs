/**
 * The import rules of ARCHITECTURE.md, checked by `npm run lint:layers` (part of `npm test`).
 * Direction: app → (actions, api, mcp) → (auth, db, jobs) → pipelines → (ingest, chunk, engine, export) → text.
 * Each rule names a layer and what it must never reach; nothing is disabled by a comment.
 */
const layer = (name) => `^lib/${name}/`;
const above = {
  text: ["ingest", "chunk", "engine", "export", "pipelines", "jobs", "db", "auth", "actions", "api", "mcp", "eval"],
  ingest: ["chunk", "engine", "export", "pipelines", "jobs", "db", "auth", "actions", "api", "mcp", "eval"],
  chunk: ["engine", "export", "pipelines", "jobs", "db", "auth", "actions", "api", "mcp", "eval"],
  engine: ["export", "pipelines", "jobs", "db", "auth", "actions", "api", "mcp", "eval"],
  export: ["pipelines", "jobs", "db", "auth", "actions", "api", "mcp", "eval"],
  db: ["engine/llm", "engine/local", "pipelines", "jobs", "auth", "actions", "api", "mcp", "eval"],
  pipelines: ["jobs", "auth", "actions", "api", "mcp", "eval"],
  jobs: ["auth", "actions", "api", "mcp", "eval"],
  auth: ["pipelines", "jobs", "actions", "api", "mcp", "eval"],
  actions: ["api", "mcp", "eval"],
  api: ["actions", "mcp", "eval"],
  mcp: ["actions", "eval"],
};

/**
 * Input schemas (lib/actions/*.schema.ts) are pure zod, the validation the web app and the public API
 * share so both refuse the same input with the same message; the API and MCP layers may import them
 * (as client components may), never the actions themselves.
 */
const sharedSchemas = { api: "^lib/actions/[^/]+\\.schema\\.ts$", mcp: "^lib/actions/[^/]+\\.schema\\.ts$" };

const upward = Object.entries(above).map(([from, targets]) => ({
  name: `no-upward-from-${from}`,
  comment: `lib/${from} must not import a layer above it (${targets.join(", ")})`,
  severity: "error",
  from: { path: layer(from) },
  to: { path: `^lib/(${targets.join("|")})(/|\\.ts$)`, ...(sharedSchemas[from] ? { pathNot: sharedSchemas[from] } : {}) },
}));

module.exports = {
  forbidden: [
    ...upward,
    {
      name: "db-no-presentation-code",
      comment: "lib/db returns data; the export writers' types may shape it, their code may not run in it",
      severity: "error",
      from: { path: "^lib/db/" },
      to: { path: "^lib/export/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "engine-through-registry",
      comment: "everything above the engine gets one from lib/engine/registry.ts (pipelines' isolated child runs the local engine itself)",
      severity: "error",
      from: { path: "^(app|lib/(actions|api|mcp|auth|db|jobs))/" },
      to: { path: "^lib/engine/(llm|local)/" },
    },
    {
      name: "client-only-in-db",
      comment: "queries live in lib/db aggregates (scoped by workspace), not beside routes and actions",
      severity: "error",
      from: { path: "^(app|components|lib/(actions|api|mcp|jobs|pipelines))/" },
      to: { path: "^lib/db/client\\.ts$" },
    },
    {
      name: "no-circular",
      comment: "import cycles hide layering mistakes",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "prisma-only-in-db",
      comment: "only lib/db imports the Prisma client or Prisma's generated types",
      severity: "error",
      from: { path: "^(app|components|lib|cli)/", pathNot: "^lib/(db|generated)/" },
      to: { path: "^(lib/generated/prisma|node_modules/@prisma/)" },
    },
    {
      name: "ai-sdk-only-in-engine",
      comment: "lib/engine is the only place that talks to models",
      severity: "error",
      from: { pathNot: "^lib/engine/" },
      to: { path: "^node_modules/(@ai-sdk/|ai/)" },
    },
    {
      name: "app-not-below-its-seams",
      comment: "routes and pages go through actions, api, auth and db read functions, never pipelines, jobs or models",
      severity: "error",
      from: { path: "^app/" },
      to: { path: "^lib/(pipelines|jobs|engine/llm|engine/local)/" },
    },
    {
      name: "components-stay-client-safe",
      comment: "shared components import nothing server-only",
      severity: "error",
      from: { path: "^components/" },
      to: {
        path: "^lib/(db|pipelines|jobs|engine/(llm|local)|auth/(auth|session|guards|page-guards)\\.ts|actions/(?!.*\\.schema\\.ts$)|api|mcp)",
        dependencyTypesNot: ["type-only"],
      },
    },
    {
      name: "lib-not-into-app",
      comment: "nothing in lib imports routes or components",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: "^(app|components)/" },
    },
    {
      name: "tests-support-not-from-unit",
      comment: "shared test helpers live in tests/support",
      severity: "error",
      from: { path: "^tests/(integration|e2e)/" },
      to: { path: "^tests/unit/" },
    },
  ],
  options: {
    doNotFollow: { path: "^(node_modules|lib/generated)/" },
    exclude: { path: "^(node_modules/|\\.next/)" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
