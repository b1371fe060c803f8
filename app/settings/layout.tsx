// Settings: API tokens, members and roles (admins), targets, team webhooks, the audit trail.
import { Suspense } from "react";
import { PageHeader } from "@/components/shell/page-header";
import { SettingsTabs } from "@/components/settings/settings-tabs";
import { getViewer } from "@/lib/server/auth/viewer";

export default function SettingsLayout({ children }: LayoutProps<"/settings">) {
  return (
    <>
      <PageHeader
        title="Settings"
        description="Who can do what in debtboard, the API tokens scripts use, and the record of every change."
      />
      <Suspense fallback={<SettingsTabs isAdmin={false} />}>
        <TabsForViewer />
      </Suspense>
      {children}
    </>
  );
}

async function TabsForViewer() {
  const viewer = await getViewer();
  return <SettingsTabs isAdmin={viewer?.isAdmin ?? false} />;
}
