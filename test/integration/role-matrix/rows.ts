// Every row of the role × action matrix. Add your domain's rows here.
import { authRows } from "./auth-rows";
import type { MatrixRow } from "./types";

export const ROLE_MATRIX: readonly MatrixRow[] = [...authRows];
