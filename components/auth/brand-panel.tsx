// The left half of the sign-in page: what debtboard is, in one glance. Static (prerendered).
import clsx from "clsx";
import type { CSSProperties } from "react";
import { Gauge, GitBranch, ListChecks } from "lucide-react";
import { Wordmark } from "@/components/shell/wordmark";

const POINTS = [
  {
    icon: GitBranch,
    title: "Catalogue and lineage",
    text: "Models, features, data sources and consumers, and how data flows between them.",
  },
  {
    icon: ListChecks,
    title: "Debt checklists",
    text: "Score each entity against the debt categories of Sculley et al. and the ML Test Score.",
  },
  {
    icon: Gauge,
    title: "Trends and hotspots",
    text: "See where debt piles up and whether your teams are paying it down.",
  },
];

const BARS = [
  { rating: "A", height: 34, color: "var(--rating-a)" },
  { rating: "B", height: 52, color: "var(--rating-b)" },
  { rating: "C", height: 76, color: "var(--rating-c)" },
  { rating: "D", height: 44, color: "var(--rating-d)" },
  { rating: "E", height: 22, color: "var(--rating-e)" },
];

export function BrandPanel() {
  return (
    <aside className="relative hidden overflow-hidden bg-[#111116] px-12 py-10 text-white lg:flex lg:flex-col">
      <div
        aria-hidden
        className={clsx(
          "pointer-events-none absolute inset-0 opacity-[0.07] [background-image:linear-gradient(white_1px,transparent_1px),linear-gradient(90deg,white_1px,transparent_1px)]",
          "[background-size:32px_32px]",
        )}
      />
      <div
        aria-hidden
        className="pointer-events-none absolute -top-40 -right-32 size-[420px] rounded-full bg-[#4f46e5] opacity-25 blur-3xl"
      />
      {/* The wordmark draws with --foreground; on this dark panel that is white. */}
      <div className="relative" style={{ ["--foreground" as string]: "#ffffff" } as CSSProperties}>
        <Wordmark />
      </div>
      <div className="relative mt-auto max-w-md pt-16">
        <p className="text-[13px] font-medium tracking-wide text-white/50 uppercase">
          Hidden technical debt, made visible
        </p>
        <h2 className="mt-3 text-[32px] leading-[1.15] font-semibold tracking-tight">
          Know where your ML systems owe, before the interest comes due.
        </h2>
        <div aria-hidden className="mt-10 flex h-24 items-end gap-3">
          {BARS.map((bar) => (
            <div key={bar.rating} className="flex w-10 flex-col items-center gap-1.5">
              <div className="w-full rounded-md" style={{ height: bar.height, background: bar.color }} />
              <span className="text-[11px] font-semibold text-white/60">{bar.rating}</span>
            </div>
          ))}
        </div>
        <ul className="mt-10 space-y-5">
          {POINTS.map(({ icon: Icon, title, text }) => (
            <li key={title} className="flex gap-3">
              <span className="mt-0.5 flex size-8 shrink-0 items-center justify-center rounded-lg bg-white/8 ring-1 ring-white/10">
                <Icon aria-hidden className="size-4 text-white/80" />
              </span>
              <span>
                <span className="block text-sm font-medium">{title}</span>
                <span className="mt-0.5 block text-[13px] leading-relaxed text-white/60">{text}</span>
              </span>
            </li>
          ))}
        </ul>
      </div>
      <p className="relative mt-12 text-xs text-white/40">
        Categories from Hidden Technical Debt in Machine Learning Systems, Sculley et al., NeurIPS 2015.
      </p>
    </aside>
  );
}
