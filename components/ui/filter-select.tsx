// The compact select of filter bars (catalogue, findings, action items): a native <select> with
// a screen-reader label and a chevron; uncontrolled, since the URL is the source of truth and
// a change submits the surrounding GET form.
import { ChevronDown } from "lucide-react";
import type { ReactNode } from "react";

export const FILTER_SELECT_CLASS =
  "h-8 appearance-none truncate rounded-md border border-border bg-surface pr-8 pl-2.5 text-[13px] text-foreground " +
  "shadow-[0_1px_1px_rgba(16,16,24,0.03)] hover:border-border-strong focus:border-accent focus:outline-none " +
  "focus:ring-2 focus:ring-accent/15";

export interface FilterSelectProps {
  name: string;
  label: string;
  value: string;
  onChange: () => void;
  /** A Tailwind width class, e.g. "w-52". */
  width: string;
  children: ReactNode;
}

export function FilterSelect({ name, label, value, onChange, width, children }: FilterSelectProps) {
  return (
    <label className="relative">
      <span className="sr-only">{label}</span>
      <select name={name} defaultValue={value} onChange={onChange} className={`${FILTER_SELECT_CLASS} ${width}`}>
        {children}
      </select>
      <ChevronDown
        aria-hidden
        className="pointer-events-none absolute top-1/2 right-2.5 size-3.5 -translate-y-1/2 text-subtle"
      />
    </label>
  );
}
