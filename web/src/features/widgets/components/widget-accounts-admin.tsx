import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { WidgetAccount } from '@webcare/shared';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { InlineAlert } from '../../../components/ui/inline-alert';
import { IconRefresh, IconWarning } from '../../../components/ui/icons';
import { Skeleton } from '../../../components/ui/skeleton';
import { useT } from '../../../i18n/i18n';
import { errorMessage } from '../../../lib/errors';
import { fetchWidgetAccounts, saveWidgetAccount } from '../api';
import { fromDraft, toDraft } from '../lib/widget-form';
import { WidgetAccountForm } from './widget-account-form';
import '../widgets.css';

export const WIDGET_ACCOUNTS_KEY = ['widget-accounts'] as const;

/** Which sites carry the web chat (admin): the accounts, one editor, and the script tag to paste. */
export function WidgetAccountsAdmin() {
  const t = useT();
  const accounts = useQuery({
    queryKey: WIDGET_ACCOUNTS_KEY,
    queryFn: ({ signal }) => fetchWidgetAccounts(signal),
  });
  /** The account being edited, 'new' for a new one, null when the editor is closed. */
  const [editing, setEditing] = useState<WidgetAccount | 'new' | null>(null);
  const [savedKey, setSavedKey] = useState<string | null>(null);
  const queryClient = useQueryClient();
  // On or off as saved, whatever is being typed in the editor.
  const switchOnOff = useMutation({
    mutationFn: (account: WidgetAccount) =>
      saveWidgetAccount(account.key, { ...fromDraft(toDraft(account)), active: !account.active }),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: WIDGET_ACCOUNTS_KEY });
      setEditing((current) => (current !== 'new' && current?.key === saved.key ? saved : current));
    },
  });

  let list;
  if (accounts.isPending) {
    list = (
      <div className="widgets__loading" aria-busy="true" aria-label={t('widgets.loading')}>
        <Skeleton height={16} />
        <Skeleton height={16} />
      </div>
    );
  } else if (accounts.isError) {
    list = (
      <EmptyState
        tone="danger"
        icon={<IconWarning size={20} />}
        title={t('widgets.loadFailed', { message: errorMessage(accounts.error, t) })}
        action={
          <Button icon={<IconRefresh />} onClick={() => void accounts.refetch()}>
            {t('queue.retry')}
          </Button>
        }
      />
    );
  } else if (accounts.data.length === 0) {
    list = (
      <div data-testid="widgets-empty">
        <EmptyState title={t('widgets.empty')}>{t('widgets.emptyHint')}</EmptyState>
      </div>
    );
  } else {
    list = (
      <table className="widgets__table" data-testid="widgets-table">
        <thead>
          <tr>
            <th scope="col">{t('widgets.name')}</th>
            <th scope="col">{t('widgets.key')}</th>
            <th scope="col">{t('widgets.originsShort')}</th>
            <th scope="col">{t('widgets.language')}</th>
            <th scope="col">{t('widgets.colors')}</th>
            <th scope="col">{t('widgets.status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('widgets.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {accounts.data.map((account) => (
            <tr
              key={account.key}
              className={account.active ? '' : 'is-inactive'}
              data-testid="widget-row"
              data-key={account.key}
              data-active={account.active}
            >
              <td>{account.name}</td>
              <td>
                <code>{account.key}</code>
              </td>
              <td className="widgets__origins">
                {account.allowedOrigins.includes('*')
                  ? t('widgets.everySite')
                  : account.allowedOrigins.join(', ') || '—'}
              </td>
              <td>{account.language.toUpperCase()}</td>
              <td>
                <span
                  className="widgets__swatch"
                  style={{ background: account.primaryColor, color: account.textColor }}
                  aria-label={`${account.primaryColor} / ${account.textColor}`}
                  role="img"
                >
                  Aa
                </span>
              </td>
              <td>{account.active ? t('widgets.on') : t('widgets.off')}</td>
              <td className="widgets__actions">
                <Button
                  size="sm"
                  onClick={() => {
                    setSavedKey(null);
                    setEditing(account);
                  }}
                  aria-label={t('widgets.editOne', { name: account.name })}
                  data-testid="widget-edit"
                >
                  {t('widgets.edit')}
                </Button>
                <Button
                  size="sm"
                  variant={account.active ? 'danger' : 'secondary'}
                  busy={switchOnOff.isPending && switchOnOff.variables?.key === account.key}
                  onClick={() => switchOnOff.mutate(account)}
                  aria-label={t(account.active ? 'widgets.switchOffOne' : 'widgets.switchOnOne', {
                    name: account.name,
                  })}
                  title={account.active ? t('widgets.switchOffHint') : undefined}
                  data-testid="widget-toggle-active"
                >
                  {account.active ? t('widgets.switchOff') : t('widgets.switchOn')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }

  return (
    <section className="widgets" aria-labelledby="widgets-title" data-testid="widgets-admin">
      <div className="widgets__head">
        <h2 id="widgets-title">{t('widgets.title')}</h2>
        {editing === null && (
          <Button
            variant="primary"
            onClick={() => {
              setSavedKey(null);
              setEditing('new');
            }}
            data-testid="widget-new"
          >
            {t('widgets.new')}
          </Button>
        )}
      </div>
      <p className="widgets__intro">{t('widgets.intro')}</p>
      {list}
      {switchOnOff.error && (
        <InlineAlert tone="danger">
          {t('admin.failed', { message: errorMessage(switchOnOff.error, t) })}
        </InlineAlert>
      )}
      {editing !== null && (
        <WidgetAccountForm
          key={editing === 'new' ? 'new' : editing.key}
          account={editing === 'new' ? null : editing}
          takenKeys={(accounts.data ?? []).map((account) => account.key)}
          saved={editing !== 'new' && editing.key === savedKey}
          onSaved={(account) => {
            setSavedKey(account.key);
            setEditing(account);
          }}
          onClose={() => {
            setSavedKey(null);
            setEditing(null);
          }}
        />
      )}
    </section>
  );
}
