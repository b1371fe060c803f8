// /settings/members: everyone's organisation and team roles (organisation admins only).
import type { Metadata } from "next";
import { Suspense } from "react";
import { Search } from "lucide-react";
import { AdminOnly } from "@/components/settings/admin-only";
import { inputClass, secondaryButton } from "@/components/ui/controls";
import { MembersTable } from "@/components/settings/members-table";
import { Card, CardHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { TableSkeleton } from "@/components/ui/skeleton";
import { getViewer } from "@/lib/server/auth/viewer";
import { listMembers } from "@/lib/server/members/list-members";
import { z } from "zod";
import { pageParam, parseSearchParams, textParam } from "@/lib/domain/url/search-params";

const membersSchema = z.object({ q: textParam(100), page: pageParam() });

export const metadata: Metadata = { title: "Members and roles" };

const PAGE_SIZE = 50;

export default function MembersPage({ searchParams }: PageProps<"/settings/members">) {
  return (
    <Suspense
      fallback={
        <Card>
          <TableSkeleton rows={10} />
        </Card>
      }
    >
      <Members searchParams={searchParams} />
    </Suspense>
  );
}

async function Members({ searchParams }: { searchParams: PageProps<"/settings/members">["searchParams"] }) {
  const viewer = await getViewer();
  if (!viewer?.isAdmin) return <AdminOnly what="Members and roles are managed by organisation admins." />;
  const { q, page } = parseSearchParams(membersSchema, await searchParams);
  const { rows, total } = await listMembers({ q, skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE });
  const href = (p: number) =>
    `/settings/members?${new URLSearchParams({ ...(q ? { q } : {}), ...(p > 1 ? { page: String(p) } : {}) }).toString()}`;
  return (
    <Card className="overflow-hidden">
      <CardHeader
        title="Members and roles"
        description="Organisation admins can change anything; team maintainers change their team's catalogue; members read and draft. People appear here after their first sign-in."
      />
      <form role="search" className="flex gap-2 px-5 pb-4">
        <label className="relative block w-full max-w-sm">
          <span className="sr-only">Search people</span>
          <Search
            aria-hidden
            className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-subtle"
          />
          <input name="q" defaultValue={q} placeholder="Search by name or email" className={`${inputClass} pl-9`} />
        </label>
        <button type="submit" className={secondaryButton}>
          Search
        </button>
      </form>
      <MembersTable rows={rows} now={new Date()} />
      <Pagination page={page} pageSize={PAGE_SIZE} total={total} href={href} />
    </Card>
  );
}
