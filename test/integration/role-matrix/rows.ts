// Every row of the role × action matrix. Add your domain's rows here; role-matrix-coverage.test.ts
// fails when an exported action definition has no row.
import { assessmentRows } from "./assessment-rows";
import { authRows } from "./auth-rows";
import { catalogRows } from "./catalog-rows";
import { checklistRows } from "./checklist-rows";
import { findingsRows } from "./findings-rows";
import type { MatrixRow } from "./types";

export const ROLE_MATRIX: readonly MatrixRow[] = [...authRows, ...catalogRows, ...assessmentRows, ...checklistRows, ...findingsRows];
