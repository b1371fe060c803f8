// /settings/gates: target ratings per lifecycle and team overrides (admins change them).
import type { Metadata } from "next";
import { Suspense } from "react";
import { TargetsView } from "@/components/gates/targets-view";
import { Card } from "@/components/ui/card";
import { TableSkeleton } from "@/components/ui/skeleton";

export const metadata: Metadata = { title: "Targets and gates" };

export default function GatesPage() {
  return (
    <Suspense
      fallback={
        <Card>
          <TableSkeleton rows={4} />
        </Card>
      }
    >
      <TargetsView />
    </Suspense>
  );
}
