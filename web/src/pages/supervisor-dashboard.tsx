import { DashboardPage } from '../features/dashboard/components/dashboard-page';
import { UnprocessablePanel } from '../features/unprocessable/components/unprocessable-panel';
import { TeamPresence } from '../features/workload/components/team-presence';
import { WorkloadSettings } from '../features/workload/components/workload-settings';

/** The supervisor's dashboard, with who is here, the workload settings and what could not be processed. */
export function SupervisorDashboard() {
  return (
    <DashboardPage>
      <div className="dash__grid">
        <TeamPresence />
        <WorkloadSettings />
      </div>
      <UnprocessablePanel />
    </DashboardPage>
  );
}
