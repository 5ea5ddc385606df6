import { DashboardPage } from '../features/dashboard/components/dashboard-page';
import { UnprocessablePanel } from '../features/unprocessable/components/unprocessable-panel';

/** The supervisor's dashboard, with what could not be processed below the figures. */
export function SupervisorDashboard() {
  return (
    <DashboardPage>
      <UnprocessablePanel />
    </DashboardPage>
  );
}
