// Table primitives with the dashboard's styling: quiet header, hairline rows, numbers
// right-aligned in tabular figures (align="right"), horizontal scroll on narrow screens.
import clsx from "clsx";
import type { ReactNode, ThHTMLAttributes, TdHTMLAttributes } from "react";

type Align = "left" | "right" | "center";
const ALIGN: Record<Align, string> = { left: "text-left", right: "text-right tabular", center: "text-center" };

export function Table({
  children,
  className,
  minWidth,
}: {
  children: ReactNode;
  className?: string;
  minWidth?: number;
}) {
  return (
    // relative: a screen-reader-only label inside (position: absolute) is clipped with the table
    // instead of widening the page.
    <div className="relative overflow-x-auto">
      <table
        className={clsx("w-full border-collapse text-[13px]", className)}
        style={minWidth ? { minWidth } : undefined}
      >
        {children}
      </table>
    </div>
  );
}

export function THead({ children }: { children: ReactNode }) {
  return <thead className="border-y border-border bg-surface-muted">{children}</thead>;
}

export function TBody({ children }: { children: ReactNode }) {
  return <tbody className="divide-y divide-border">{children}</tbody>;
}

export function TR({ children, className }: { children: ReactNode; className?: string }) {
  return <tr className={clsx("transition-colors hover:bg-surface-hover/60", className)}>{children}</tr>;
}

export function TH({
  children,
  align = "left",
  className,
  ...rest
}: ThHTMLAttributes<HTMLTableCellElement> & { align?: Align }) {
  return (
    <th
      scope="col"
      className={clsx(
        "h-9 px-3 text-xs font-medium whitespace-nowrap text-muted first:pl-5 last:pr-5",
        ALIGN[align],
        className,
      )}
      {...rest}
    >
      {children}
    </th>
  );
}

export function TD({
  children,
  align = "left",
  className,
  ...rest
}: TdHTMLAttributes<HTMLTableCellElement> & { align?: Align }) {
  return (
    <td className={clsx("h-11 px-3 align-middle first:pl-5 last:pr-5", ALIGN[align], className)} {...rest}>
      {children}
    </td>
  );
}
