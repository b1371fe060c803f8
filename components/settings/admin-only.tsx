// What a settings page shows someone who may not see it.
import { Lock } from "lucide-react";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

export function AdminOnly({ what }: { what: string }) {
  return (
    <Card>
      <EmptyState
        icon={Lock}
        title="Only organisation admins can do this"
        description={`${what} Ask an organisation admin if you need a change.`}
      />
    </Card>
  );
}
