import Link from "next/link";
import { SearchX } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";

export default function NotFound() {
  return (
    <div className="flex min-h-[60vh] items-center justify-center">
      <EmptyState
        icon={SearchX}
        title="Nothing here"
        titleAs="h1"
        description="That page, team or entity does not exist. It may have been renamed, or the link is mistyped."
        action={
          <Link
            href="/"
            className="inline-flex h-8 items-center rounded-md bg-foreground px-3 text-[13px] font-medium text-surface hover:bg-foreground/85"
          >
            Back to the overview
          </Link>
        }
      />
    </div>
  );
}
