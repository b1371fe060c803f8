"use client";
// False during the server render and the hydration pass, true from then on (no mismatch: React
// renders the server snapshot while hydrating). For what a page needs only once it is interactive
// and would otherwise repeat in the HTML of every row or cell: the heatmap's per-cell tooltips and
// accessible names, the dashboards' row titles (issue 17: a dashboard page stays under 150 kB).
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
