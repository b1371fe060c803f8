import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "debtboard", template: "%s · debtboard" },
  description: "Hidden technical debt in your ML systems, catalogued, scored and reviewed.",
};

export default function RootLayout({ children }: LayoutProps<"/">) {
  return (
    <html lang="en" className="h-full antialiased">
      <body className="min-h-full">{children}</body>
    </html>
  );
}
