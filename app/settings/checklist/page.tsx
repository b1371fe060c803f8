// /settings/checklist: the checklist content, versioned (organisation admins only). Editing a
// question saves a new version and retires the old; retiring stops it counting for new
// assessments while past ones keep their answers and scores.
import type { Metadata } from "next";
import { Suspense } from "react";
import { AdminOnly } from "@/components/settings/admin-only";
import { Card, CardHeader } from "@/components/ui/card";
import { TableSkeleton } from "@/components/ui/skeleton";
import { Badge } from "@/components/ui/badge";
import { ItemForm } from "@/components/assessment/checklist-admin/item-form";
import { ItemRow } from "@/components/assessment/checklist-admin/item-row";
import { formatDate } from "@/lib/domain/format/date";
import { getViewer } from "@/lib/server/auth/viewer";
import { listChecklist } from "@/lib/server/assessments/checklist/list-checklist";

export const metadata: Metadata = { title: "Checklist" };

export default function ChecklistPage() {
  return (
    <Suspense
      fallback={
        <Card>
          <TableSkeleton rows={10} />
        </Card>
      }
    >
      <Checklist />
    </Suspense>
  );
}

async function Checklist() {
  const viewer = await getViewer();
  if (!viewer?.isAdmin) return <AdminOnly what="The checklist content is managed by organisation admins." />;
  const categories = await listChecklist();
  return (
    <div className="space-y-5">
      {categories.map((c) => (
        <Card key={c.id}>
          <CardHeader
            title={
              <span className="inline-flex items-center gap-2">
                {c.name}
                {c.rubric === "ML_TEST_SCORE" ? <Badge tone="accent">ML Test Score</Badge> : null}
              </span>
            }
            description={c.paperSection}
            action={
              <span className="text-xs text-muted">
                {c.live.length} live{c.retired.length ? ` · ${c.retired.length} retired` : ""}
              </span>
            }
          />
          <ul>
            {c.live.map((item) => (
              <ItemRow key={item.id} item={item} />
            ))}
          </ul>
          <div className="space-y-3 border-t border-border px-5 py-3">
            <ItemForm mode="add" categoryId={c.id} />
            {c.retired.length > 0 ? (
              <details className="text-[13px]">
                <summary className="cursor-pointer text-muted">Retired versions ({c.retired.length})</summary>
                <ul className="mt-2 space-y-1.5">
                  {c.retired.map((i) => (
                    <li key={i.id} className="text-xs text-muted">
                      <span className="text-foreground line-through decoration-subtle">{i.question}</span> ·{" "}
                      <span className="font-mono">{i.key}</span> v{i.version} · retired {formatDate(i.retiredAt)}
                      {i.editedBy ? ` by ${i.editedBy}` : ""} · {i.answers} answers kept
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </div>
        </Card>
      ))}
    </div>
  );
}
