import { useState } from 'react';
import type { AssigneeSummary } from '@webcare/shared';
import { useT } from '../../../i18n/i18n';
import { Avatar } from '../../../components/ui/avatar';
import { Button, IconButton } from '../../../components/ui/button';
import { IconCheck, IconChevronDown, IconUserPlus } from '../../../components/ui/icons';
import { Menu, MenuItem, MenuLabel, MenuSeparator } from '../../../components/ui/menu';
import { useCurrentUser } from '../../../session/use-session';
import { useUsers } from '../hooks/use-users';

export interface AssignControlProps {
  assignee: AssigneeSummary | null;
  busy: boolean;
  onAssign: (to?: { id: string; name: string } | null) => void;
}

export function AssignControl({ assignee, busy, onAssign }: AssignControlProps) {
  const t = useT();
  const me = useCurrentUser();
  const mine = assignee?.id === me.id;

  return (
    <div className="assign-control">
      {assignee && (
        <span className="assign-control__current" title={t('queue.assignedTo', { name: assignee.name })}>
          <Avatar name={assignee.name} seed={assignee.id} size="xs" />
          <span className="assign-control__name">
            {mine ? t('conversation.assignedToYou') : assignee.name}
          </span>
        </span>
      )}
      {mine ? (
        <Button size="sm" variant="ghost" busy={busy} onClick={() => onAssign(null)} data-testid="unassign">
          {t('conversation.unassign')}
        </Button>
      ) : (
        <Button
          size="sm"
          variant={assignee ? 'secondary' : 'primary'}
          icon={<IconUserPlus size={14} />}
          busy={busy}
          onClick={() => onAssign(undefined)}
          data-testid="assign-me"
        >
          {t('conversation.assignMe')}
        </Button>
      )}
      <AssignMenu assignee={assignee} onAssign={onAssign} disabled={busy} />
    </div>
  );
}

function AssignMenu({
  assignee,
  onAssign,
  disabled,
}: {
  assignee: AssigneeSummary | null;
  onAssign: (to?: { id: string; name: string } | null) => void;
  disabled: boolean;
}) {
  const t = useT();
  const [opened, setOpened] = useState(false);
  const { users, failed } = useUsers(opened);
  return (
    <Menu
      label={t('conversation.assignToLabel')}
      align="end"
      trigger={(props) => (
        <IconButton
          size="sm"
          label={t('conversation.assignTo')}
          icon={<IconChevronDown size={14} />}
          disabled={disabled}
          data-testid="assign-menu"
          {...props}
          onClick={() => {
            setOpened(true);
            props.onClick();
          }}
        />
      )}
    >
      {(close) => (
        <>
          <MenuLabel>{t('conversation.assignToLabel')}</MenuLabel>
          {!users && !failed && (
            <div className="menu__loading">
              <span className="spinner" aria-hidden="true" />
            </div>
          )}
          {failed && <div className="menu__empty">{t('error.generic')}</div>}
          {users?.map((user) => (
            <MenuItem
              key={user.id}
              icon={
                assignee?.id === user.id ? (
                  <IconCheck size={14} />
                ) : (
                  <Avatar name={user.name} seed={user.id} size="xs" />
                )
              }
              hint={t(`role.${user.role}`)}
              onSelect={() => {
                close();
                if (assignee?.id !== user.id) onAssign({ id: user.id, name: user.name });
              }}
            >
              {user.name}
            </MenuItem>
          ))}
          {assignee && (
            <>
              <MenuSeparator />
              <MenuItem
                onSelect={() => {
                  close();
                  onAssign(null);
                }}
              >
                {t('conversation.unassign')}
              </MenuItem>
            </>
          )}
        </>
      )}
    </Menu>
  );
}
