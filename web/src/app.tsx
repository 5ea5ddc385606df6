import { useEffect } from 'react';
import { useT } from './i18n/i18n';
import { escalationsPath, navigate, useRoute } from './lib/router';
import { useCurrentUser, useSession } from './session/use-session';
import { RealtimeProvider } from './realtime/realtime-provider';
import { LoginPage } from './features/auth/components/login-page';
import { AuditPage } from './features/audit/components/audit-page';
import { CrisisAlarm } from './features/alarm/components/crisis-alarm';
import { EscalationToasts } from './features/escalations/components/escalation-toasts';
import { InsightPage } from './features/insight/components/insight-page';
import { SpikeBanner } from './features/spikes/components/spike-banner';
import { ApprovalNotices } from './features/workload/components/approval-notices';
import { SecurityPage } from './features/users/components/security-page';
import { AdminPage } from './pages/admin-page';
import { AppShell } from './pages/app-shell';
import { EscalationsPage } from './pages/escalations-page';
import { InboxPage } from './pages/inbox-page';
import { SupervisorDashboard } from './pages/supervisor-dashboard';
import { useLiveUpdates } from './pages/use-live-updates';

export function App() {
  const { session, restoring } = useSession();
  if (!session) return <LoginPage />;
  if (restoring) return <StartupScreen />;
  return (
    <RealtimeProvider token={session.token}>
      <SignedInRoutes />
      <EscalationToasts />
      <CrisisAlarm />
      <SpikeBanner />
      <ApprovalNotices />
    </RealtimeProvider>
  );
}

const SUPERVISING: readonly string[] = ['supervisor', 'admin'];

function SignedInRoutes() {
  const route = useRoute();
  const user = useCurrentUser();
  useLiveUpdates();

  useEffect(() => {
    if (route.name === 'not-found') navigate('/inbox', { replace: true });
  }, [route.name]);

  // Advisors work from their escalations; they start there unless a link says otherwise.
  useEffect(() => {
    const atStart = window.location.hash === '' || window.location.hash === '#/';
    if (user.role === 'advisor' && atStart) navigate(escalationsPath(), { replace: true });
  }, [user.role]);

  if (user.secondFactorSetupNeeded || route.name === 'security') {
    return (
      <AppShell active="security">
        <div className="security-page">
          <SecurityPage required={user.secondFactorSetupNeeded === true} />
        </div>
      </AppShell>
    );
  }
  if (route.name === 'admin' && user.role === 'admin') {
    return (
      <AppShell active="admin">
        <AdminPage />
      </AppShell>
    );
  }
  if ((route.name === 'dashboard' || route.name === 'audit') && SUPERVISING.includes(user.role)) {
    return (
      <AppShell active={route.name}>
        {route.name === 'dashboard' ? <SupervisorDashboard /> : <AuditPage />}
      </AppShell>
    );
  }
  if (route.name === 'insight' && SUPERVISING.includes(user.role)) {
    return (
      <AppShell active="insight">
        <InsightPage />
      </AppShell>
    );
  }
  if (route.name === 'escalations') {
    return (
      <AppShell active="escalations">
        <EscalationsPage escalationId={route.escalationId} />
      </AppShell>
    );
  }
  return (
    <AppShell active="inbox">
      <InboxPage conversationId={route.name === 'inbox' ? route.conversationId : null} />
    </AppShell>
  );
}

function StartupScreen() {
  const t = useT();
  return (
    <div className="startup" role="status" aria-label={t('conversation.loading')}>
      <span className="brand-mark" aria-hidden="true" />
      <span className="spinner" aria-hidden="true" />
    </div>
  );
}
