// Every row of the role × action matrix. Add your domain's rows here; role-matrix-coverage.test.ts
// fails when an exported action definition has no row.
import { actionItemRows } from "./action-item-rows";
import { assessmentRows } from "./assessment-rows";
import { authRows } from "./auth-rows";
import { catalogRows } from "./catalog-rows";
import { checklistRows } from "./checklist-rows";
import { findingsRows } from "./findings-rows";
import { invitationRows } from "./invitation-rows";
import { gatesRows } from "./gates-rows";
import { reviewRows } from "./review-rows";
import type { MatrixRow } from "./types";
import { webhookRows } from "./webhook-rows";

export const ROLE_MATRIX: readonly MatrixRow[] = [
  ...authRows,
  ...invitationRows,
  ...catalogRows,
  ...assessmentRows,
  ...checklistRows,
  ...findingsRows,
  ...reviewRows,
  ...actionItemRows,
  ...gatesRows,
  ...webhookRows,
];
