// `prisma dev` is the only caller (a lazy import in @prisma/dev). Jiyao starts its own embedded
// PostgreSQL (npm run dev), so the real package, which needs Node >= 22, is not installed.
export async function startLocalDurableStreamsServer() {
  throw new Error("`prisma dev` is not available in Jiyao: run `npm run dev`, which starts an embedded PostgreSQL.");
}
