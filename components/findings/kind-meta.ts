// How each finding kind is named and explained in the UI (Sculley et al. 2015 wording).
import type { SignalKind } from "@/lib/domain/graph";

export const FINDING_KIND_META: Record<SignalKind, { label: string; explain: string }> = {
  CORRECTION_CASCADE: {
    label: "Correction cascade",
    explain: "A model's output is a feature of another model: improving one can break the other.",
  },
  FEEDBACK_LOOP: { label: "Feedback loop", explain: "A model influences the data it is later trained on." },
  UNDERUTILIZED_FEATURE: {
    label: "Underutilized feature",
    explain: "A feature no live model reads: cost and risk with no benefit.",
  },
  UNSTABLE_DEPENDENCY: {
    label: "Unstable dependency",
    explain:
      "A data source that can change under the features built on it (unversioned or deprecated): one finding per source.",
  },
  UNDECLARED_CONSUMER: {
    label: "Undeclared consumer",
    explain: "Someone reads a model's output without its owners knowing.",
  },
  ORPHAN: { label: "Orphan", explain: "No team owns it." },
  STALE_ASSESSMENT: { label: "Stale assessment", explain: "The last debt assessment is too old to trust." },
};

/** Kinds drawn as a shape in the lineage graph. */
export const SHAPE_KINDS: ReadonlySet<SignalKind> = new Set(["CORRECTION_CASCADE", "FEEDBACK_LOOP"]);

/** The id of the findings page's bulk-accept form; each finding's checkbox names it (form=…). */
export const BULK_ACCEPT_FORM = "bulk-accept";
