// A partial update (PUT/PATCH over the API): the body's fields laid over the stored ones, so a
// field the caller leaves out keeps its value instead of falling back to the schema's default.
// Nested objects (an entity's model / feature / dataSource / consumer block) merge one level
// deep; arrays and scalars are replaced whole.
export function mergeUpdate(stored: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...stored };
  for (const [key, value] of Object.entries(patch)) {
    const before = stored[key];
    merged[key] = isPlainObject(before) && isPlainObject(value) ? { ...before, ...value } : value;
  }
  return merged;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
