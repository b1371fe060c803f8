// A gate's verdict as a pill: passes, fails (with the target), or no gate.
import { ShieldAlert, ShieldCheck, ShieldOff } from "lucide-react";
import type { GateStatus } from "@/lib/domain/scoring/gate";
import type { Rating } from "@/lib/domain/scoring/score";
import { Badge } from "@/components/ui/badge";

export function GateBadge({ status, target }: { status: GateStatus; target: Rating | null }) {
  if (status === "NONE")
    return (
      <Badge>
        <ShieldOff aria-hidden className="size-3" /> No gate
      </Badge>
    );
  return status === "PASS" ? (
    <Badge tone="success">
      <ShieldCheck aria-hidden className="size-3" /> Passes gate ≥ {target}
    </Badge>
  ) : (
    <Badge tone="danger">
      <ShieldAlert aria-hidden className="size-3" /> Fails gate ≥ {target}
    </Badge>
  );
}
