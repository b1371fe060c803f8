// Size limits shared by the API, the upload form (checked in the browser before sending) and
// the server action behind it.

/** Max JSON body the API reads, and max total size of one catalogue upload: 5 MB. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** "6.2 MB" for a message; one decimal. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The upload's problem when its files are together over the limit, else null. */
export function uploadTooLarge(sizes: readonly number[]): string | null {
  const total = sizes.reduce((a, b) => a + b, 0);
  if (total <= MAX_BODY_BYTES) return null;
  return `The files are too large: ${megabytes(total)} together; one upload takes at most ${megabytes(MAX_BODY_BYTES)}. Import them in several batches (or with the CLI).`;
}
