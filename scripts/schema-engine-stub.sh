#!/bin/sh
# Stand-in for Prisma's schema engine, which cannot be downloaded here. `prisma generate` only
# checks that the binary exists; migrations are applied by lib/db/migrate.ts instead.
echo "schema-engine stub: use npm run db:migrate" >&2
exit 1
