// Set once the server has been asked to stop (lib/server/http/app-server.ts): readiness then
// answers 503 so a load balancer sends no new work while in-flight requests finish. On
// globalThis because the HTTP server and Next's bundled route code load separate module copies.
const globalForDrain = globalThis as unknown as { debtboardDraining?: boolean };

export function markDraining(): void {
  globalForDrain.debtboardDraining = true;
}

export function isDraining(): boolean {
  return globalForDrain.debtboardDraining === true;
}
