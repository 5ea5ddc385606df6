import { RetentionSettingsForm } from '../features/privacy/components/retention-settings';
import { UsersAdmin } from '../features/users/components/users-admin';
import { WidgetAccountsAdmin } from '../features/widgets/components/widget-accounts-admin';
import { useT } from '../i18n/i18n';
import './pages.css';

/** Admin: users and two-factor resets, how long each kind of data is kept, and the web chat on sites. */
export function AdminPage() {
  const t = useT();
  return (
    <div className="admin-page" data-testid="admin-page">
      <h1>{t('admin.title')}</h1>
      <UsersAdmin />
      <RetentionSettingsForm />
      <WidgetAccountsAdmin />
    </div>
  );
}
