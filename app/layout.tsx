import type { Metadata } from "next";
import { connection } from "next/server";
import { GeistSans } from "geist/font/sans";
import { GeistMono } from "geist/font/mono";
import clsx from "clsx";
import { Sidebar } from "@/components/shell/sidebar";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "debtboard", template: "%s · debtboard" },
  description: "Hidden technical debt in your ML systems, catalogued, scored and reviewed.",
};

export default async function RootLayout({ children }: LayoutProps<"/">) {
  // Every page is rendered per request, never prerendered at build time or served from a stored
  // shell: the Content-Security-Policy (proxy.ts) allows only scripts carrying this request's
  // nonce, and Next.js can put the nonce on its scripts only while rendering the request. Pages
  // are behind sign-in and per-person anyway; <Suspense> boundaries below still stream.
  await connection();
  return (
    <html lang="en" className={clsx("h-full antialiased", GeistSans.variable, GeistMono.variable)}>
      <body className="min-h-full">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-surface focus:px-3 focus:py-2 focus:shadow"
        >
          Skip to content
        </a>
        <Sidebar />
        <div className="lg:pl-[var(--sidebar-width)]">
          <main id="main" className="mx-auto w-full max-w-[1240px] px-4 pt-5 pb-16 sm:px-8 sm:pt-8">
            {children}
          </main>
        </div>
      </body>
    </html>
  );
}
