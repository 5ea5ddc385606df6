import { type FormEvent, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AdminUser, Role } from '@webcare/shared';
import { Button } from '../../../components/ui/button';
import { InlineAlert } from '../../../components/ui/inline-alert';
import { useT } from '../../../i18n/i18n';
import { useCurrentUser } from '../../../session/use-session';
import { createUser, fetchAllUsers, resetTwoFactor, updateUser } from '../api';
import '../users.css';

const ROLES: Role[] = ['agent', 'advisor', 'supervisor', 'admin'];

/** Admins add people, change their role, deactivate them (sessions end at once) and reset two-factor login. */
export function UsersAdmin() {
  const t = useT();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const users = useQuery({ queryKey: ['admin-users'], queryFn: ({ signal }) => fetchAllUsers(signal) });
  const [draft, setDraft] = useState({ email: '', name: '', role: 'agent' as Role, password: '' });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['admin-users'] });
  const create = useMutation({
    mutationFn: () => createUser(draft),
    onSuccess: async () => {
      setDraft({ email: '', name: '', role: 'agent', password: '' });
      await refresh();
    },
  });
  const change = useMutation({
    mutationFn: (input: { user: AdminUser; role?: Role; active?: boolean; reset?: boolean }) =>
      input.reset
        ? resetTwoFactor(input.user.id)
        : updateUser(input.user.id, { role: input.role, active: input.active }),
    onSuccess: refresh,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  const error = create.error ?? change.error;

  return (
    <section className="users-admin" aria-label={t('admin.users')} data-testid="users-admin">
      <h2>{t('admin.users')}</h2>
      <form className="users-admin__form" onSubmit={submit} aria-label={t('admin.newUser')}>
        <label className="field">
          <span className="field__label">{t('admin.email')}</span>
          <input
            className="input"
            type="email"
            required
            value={draft.email}
            onChange={(e) => setDraft({ ...draft, email: e.target.value })}
            data-testid="user-email"
          />
        </label>
        <label className="field">
          <span className="field__label">{t('admin.name')}</span>
          <input
            className="input"
            required
            value={draft.name}
            onChange={(e) => setDraft({ ...draft, name: e.target.value })}
            data-testid="user-name"
          />
        </label>
        <label className="field">
          <span className="field__label">{t('admin.role')}</span>
          <select
            className="input"
            value={draft.role}
            onChange={(e) => setDraft({ ...draft, role: e.target.value as Role })}
            data-testid="user-role"
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`role.${role}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('admin.password')}</span>
          <input
            className="input"
            type="password"
            minLength={12}
            required
            value={draft.password}
            onChange={(e) => setDraft({ ...draft, password: e.target.value })}
            data-testid="user-password"
          />
        </label>
        <Button type="submit" variant="primary" busy={create.isPending} data-testid="user-create">
          {t('admin.create')}
        </Button>
      </form>
      {error && <InlineAlert tone="danger">{t('admin.failed', { message: error.message })}</InlineAlert>}
      <table className="users-admin__table" data-testid="users-table">
        <thead>
          <tr>
            <th scope="col">{t('admin.name')}</th>
            <th scope="col">{t('admin.email')}</th>
            <th scope="col">{t('admin.role')}</th>
            <th scope="col">{t('admin.twoFactor')}</th>
            <th scope="col">{t('admin.status')}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {(users.data ?? []).map((user) => (
            <tr
              key={user.id}
              className={user.active ? '' : 'is-inactive'}
              data-testid={`user-row-${user.email}`}
            >
              <td>
                {user.name}
                {user.sso && <span className="users-admin__tag">{t('admin.sso')}</span>}
              </td>
              <td>{user.email}</td>
              <td>
                <select
                  className="input"
                  value={user.role}
                  disabled={user.id === me.id}
                  onChange={(e) => change.mutate({ user, role: e.target.value as Role })}
                  aria-label={t('admin.role')}
                >
                  {ROLES.map((role) => (
                    <option key={role} value={role}>
                      {t(`role.${role}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td>{user.twoFactor ? t('admin.yes') : t('admin.no')}</td>
              <td>{user.active ? t('admin.active') : t('admin.inactive')}</td>
              <td className="users-admin__actions">
                {user.id !== me.id && (
                  <Button
                    size="sm"
                    variant={user.active ? 'danger' : 'secondary'}
                    onClick={() => change.mutate({ user, active: !user.active })}
                    data-testid="user-toggle-active"
                  >
                    {user.active ? t('admin.deactivate') : t('admin.activate')}
                  </Button>
                )}
                {user.twoFactor && (
                  <Button
                    size="sm"
                    variant="ghost"
                    onClick={() => change.mutate({ user, reset: true })}
                    data-testid="user-reset-2fa"
                  >
                    {t('admin.reset2fa')}
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
