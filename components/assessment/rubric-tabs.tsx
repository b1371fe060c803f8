// Debt checklist / ML Test Score tabs on a model's assessment page (links: each is its own URL).
import type { Rubric } from "@/lib/domain/kinds";
import { LinkTabs } from "@/components/ui/link-tabs";

export function RubricTabs({ base, current }: { base: string; current: Rubric }) {
  const tabs = [
    { key: "DEBT", label: "Debt checklist", href: base },
    { key: "ML_TEST_SCORE", label: "ML Test Score", href: `${base}/ml-test-score` },
  ];
  return <LinkTabs label="Rubric" tabs={tabs} current={current} />;
}
