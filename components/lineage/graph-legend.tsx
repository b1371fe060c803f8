// What the graph's colours and lines mean.
export function GraphLegend({ own = false }: { own?: boolean }) {
  const item = "flex items-center gap-1.5";
  return (
    <ul aria-label="Legend" className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-muted">
      <li className={item}>
        <span aria-hidden className="inline-flex">
          {(["a", "b", "c", "d", "e"] as const).map((r) => (
            <span key={r} className="inline-block h-3 w-2" style={{ background: `var(--rating-${r})` }} />
          ))}
        </span>{" "}
        debt rating A–E
      </li>
      <li className={item}>
        <span aria-hidden className="inline-block h-3 w-5 rounded border border-dashed border-border-strong" /> not
        assessed
      </li>
      <li className={item}>
        <span aria-hidden className="inline-block h-3 w-5 rounded border-2 border-[var(--loop)]" /> feedback loop
      </li>
      <li className={item}>
        <span aria-hidden className="inline-block h-3 w-5 rounded border-2 border-[var(--cascade)]" /> correction
        cascade
      </li>
      <li className={item}>
        <span aria-hidden className="inline-block h-3 w-5 rounded ring-2 ring-accent" />{" "}
        {own ? "this team's" : "this entity"}
      </li>
      <li className={item}>
        <span aria-hidden className="inline-block w-5 border-t-2 border-dashed border-subtle" /> observed, not declared
      </li>
      <li>Data flows left to right. Click an entity to see its lineage.</li>
    </ul>
  );
}
