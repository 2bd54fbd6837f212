import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Jiyao 纪要", template: "%s · Jiyao 纪要" },
  description: "Meeting minutes, to-dos, cited answers and slides from your transcripts and documents.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
