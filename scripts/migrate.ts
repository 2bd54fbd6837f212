/** `npm run db:migrate`: apply prisma/migrations to DATABASE_URL (the embedded server when unset). */
import { withDatabase } from "./database";

withDatabase({}, async () => {}).catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
