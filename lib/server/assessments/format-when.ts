// Timestamps inside server messages: UTC with the zone named, because the server cannot know
// the reader's time zone and an unlabelled time would be read as local.
import "server-only";
export function formatDateTime(d: Date): string {
  return `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
