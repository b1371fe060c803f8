// Debt checklist / ML Test Score tabs on a model's assessment page (links: each is its own URL).
import Link from "next/link";
import clsx from "clsx";
import type { Rubric } from "@/lib/domain/kinds";

export function RubricTabs({ base, current }: { base: string; current: Rubric }) {
  const tabs = [
    { rubric: "DEBT" as const, label: "Debt checklist", href: base },
    { rubric: "ML_TEST_SCORE" as const, label: "ML Test Score", href: `${base}/ml-test-score` },
  ];
  return (
    <nav aria-label="Rubric" className="mb-5 flex gap-1 border-b border-border">
      {tabs.map((t) => (
        <Link
          key={t.rubric}
          href={t.href}
          aria-current={t.rubric === current ? "page" : undefined}
          className={clsx(
            "-mb-px border-b-2 px-3 pb-2 text-[13px] font-medium",
            t.rubric === current ? "border-accent text-foreground" : "border-transparent text-muted hover:text-foreground",
          )}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
