// Loading placeholders shaped like the content they stand in for.
import clsx from "clsx";
import { Card, CardHeader } from "./card";

export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden className={clsx("sk", className)} />;
}

/** A stat card's outline with its three bars (sk-stat, app/globals.css). */
export function StatCardSkeleton() {
  return <div aria-hidden className="sk-stat" />;
}

export function TableSkeleton({ rows = 6 }: { rows?: number }) {
  // The header strip and each row draw their own bars (sk-head, sk-row, app/globals.css): a table
  // of skeleton cells weighed kilobytes of HTML per card, twice over with the RSC payload.
  return (
    <div role="status" aria-label="Loading" className="border-t border-border">
      <div className="sk-head" />
      {Array.from({ length: rows }, (_, r) => (
        <div key={r} className="sk-row" />
      ))}
    </div>
  );
}

export function CardSkeleton({ title, description, rows = 6 }: { title: string; description?: string; rows?: number }) {
  return (
    <Card>
      <CardHeader title={title} description={description} />
      <TableSkeleton rows={rows} />
    </Card>
  );
}

export function PageHeaderSkeleton() {
  return (
    <div className="mb-8">
      <Skeleton className="h-3 w-32" />
      <Skeleton className="mt-4 h-7 w-64" />
      <Skeleton className="mt-3 h-4 w-96 max-w-full" />
    </div>
  );
}
