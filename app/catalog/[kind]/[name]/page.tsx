import type { Metadata } from "next";
import { EntityPage } from "@/components/entity/entity-page";
import { decodeSegment } from "@/lib/domain/format/labels";

export async function generateMetadata({ params }: PageProps<"/catalog/[kind]/[name]">): Promise<Metadata> {
  const { name } = await params;
  return { title: decodeSegment(name) };
}

// No skeleton: the page is a handful of index reads (~15 ms of SQL at any scale) rendered in one
// pass, and a skeleton would be rendered, sent and swapped out on every request (8 kB; issue 17).
export default function CatalogEntityPage({ params, searchParams }: PageProps<"/catalog/[kind]/[name]">) {
  return <EntityPage params={params} searchParams={searchParams} />;
}
