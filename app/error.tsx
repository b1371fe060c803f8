"use client";
// Errors inside a page (the database is down, a query failed): say so plainly and offer a retry.
// retry() re-fetches the segment; reset() would only re-render with the same failed data.
import { useEffect } from "react";
import { TriangleAlert } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <div className="flex min-h-[60vh] items-center justify-center">
      <EmptyState
        icon={TriangleAlert}
        title="Something went wrong"
        description={
          <>
            This page could not be loaded. If the database was restarting, trying again usually helps.
            {digest ? <span className="mt-2 block font-mono text-xs text-subtle">Reference {digest}</span> : null}
          </>
        }
        action={
          <button
            type="button"
            onClick={() => retry()}
            className="inline-flex h-8 items-center rounded-md bg-foreground px-3 text-[13px] font-medium text-surface hover:bg-foreground/85"
          >
            Try again
          </button>
        }
      />
    </div>
  );
}
