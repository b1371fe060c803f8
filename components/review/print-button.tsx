"use client";
// Opens the browser's print dialog (print to paper or save as PDF); hidden on the printout.
import { Printer } from "lucide-react";
import { primaryButton } from "@/components/ui/controls";

export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className={`${primaryButton} print:hidden`}>
      <Printer aria-hidden className="size-3.5" /> Print or save as PDF
    </button>
  );
}
