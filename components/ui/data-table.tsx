// Table primitives with the dashboard's styling: quiet header, hairline rows, numbers
// right-aligned in tabular figures (align="right"), horizontal scroll on narrow screens. Rows and
// cells carry one short class each (dt-tr, dt-th, dt-td in app/globals.css), not the utility list.
import clsx from "clsx";
import type { ReactNode, ThHTMLAttributes, TdHTMLAttributes } from "react";

type Align = "left" | "right" | "center";
const ALIGN: Record<Align, string> = { left: "text-left", right: "text-right tabular", center: "text-center" };
/** A body cell is left-aligned without a class (a td inherits the table's alignment; a th centres);
 *  a number cell is one class, `num` (app/globals.css). */
const TD_ALIGN: Record<Align, string | undefined> = { left: undefined, right: "num", center: "text-center" };

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
  return <tr className={clsx("dt-tr", className)}>{children}</tr>;
}

export function TH({
  children,
  align = "left",
  className,
  ...rest
}: ThHTMLAttributes<HTMLTableCellElement> & { align?: Align }) {
  return (
    <th scope="col" className={clsx("dt-th", ALIGN[align], className)} {...rest}>
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
    <td className={clsx("dt-td", TD_ALIGN[align], className)} {...rest}>
      {children}
    </td>
  );
}
