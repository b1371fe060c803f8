"use client";
// True when the viewer asks for reduced motion (and during server render / before hydration, so
// a chart never starts an animation it then has to cut). Charts pass !reduced to Recharts'
// isAnimationActive; Playwright sets reducedMotion: "reduce", so tests never wait on one.
import { useSyncExternalStore } from "react";

const QUERY = "(prefers-reduced-motion: reduce)";

function subscribe(onChange: () => void): () => void {
  const mq = window.matchMedia(QUERY);
  mq.addEventListener("change", onChange);
  return () => mq.removeEventListener("change", onChange);
}

export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(QUERY).matches,
    () => true,
  );
}
