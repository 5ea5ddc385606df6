import { useI18n } from '../../../i18n/i18n';
import { Avatar } from '../../../components/ui/avatar';
import { IconKeyboard, IconLogout } from '../../../components/ui/icons';
import { Menu, MenuItem, MenuSeparator } from '../../../components/ui/menu';
import { useCurrentUser, useSession } from '../../../session/use-session';
import { LanguageSwitch } from '../../../components/language-switch';
import '../shell.css';

export function UserMenu({ onShowShortcuts }: { onShowShortcuts: () => void }) {
  const { t } = useI18n();
  const user = useCurrentUser();
  const { signOut } = useSession();
  return (
    <Menu
      label={t('user.menu')}
      placement="right"
      align="end"
      trigger={(props) => (
        <button type="button" className="user-trigger" data-testid="user-menu" {...props}>
          <span className="visually-hidden">{`${t('user.menu')}: ${user.name}`}</span>
          <span aria-hidden="true">
            <Avatar name={user.name} seed={user.id} size="md" />
          </span>
        </button>
      )}
    >
      {(close) => (
        <>
          <div className="user-card">
            <strong className="user-card__name">{user.name}</strong>
            <span className="user-card__email">{user.email}</span>
            <span className="user-card__role" data-testid="user-role">
              {t(`role.${user.role}`)}
            </span>
          </div>
          <MenuSeparator />
          <div className="user-card__lang">
            <span>{t('user.language')}</span>
            <LanguageSwitch />
          </div>
          <MenuSeparator />
          <MenuItem
            icon={<IconKeyboard size={14} />}
            hint="?"
            onSelect={() => {
              close();
              onShowShortcuts();
            }}
          >
            {t('user.shortcuts')}
          </MenuItem>
          <MenuItem icon={<IconLogout size={14} />} onSelect={signOut}>
            <span data-testid="logout">{t('user.logout')}</span>
          </MenuItem>
        </>
      )}
    </Menu>
  );
}
