import type { ComponentType } from 'react';
import type { Role } from '@webcare/shared';
import type { MessageKey } from '../../../i18n/i18n';
import type { IconProps } from '../../../components/ui/icons';
import {
  IconChart,
  IconEscalation,
  IconInbox,
  IconLock,
  IconNote,
  IconShield,
  IconUserPlus,
} from '../../../components/ui/icons';

export interface NavItem {
  id: 'inbox' | 'escalations' | 'dashboard' | 'insight' | 'audit' | 'admin' | 'security' | 'settings';
  label: MessageKey;
  icon: ComponentType<IconProps>;
  path: string;
  roles: readonly Role[];
  /** The roles that work in this section all day: for them it stands in the phone's bottom bar. */
  phoneBar: readonly Role[];
  /** Sections switch on here as they ship. */
  enabled: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  {
    id: 'inbox',
    label: 'nav.inbox',
    icon: IconInbox,
    path: '/inbox',
    roles: ['agent', 'advisor', 'supervisor', 'admin'],
    phoneBar: ['agent', 'advisor', 'supervisor', 'admin'],
    enabled: true,
  },
  {
    id: 'escalations',
    label: 'nav.escalations',
    icon: IconEscalation,
    path: '/escalations',
    // Agents see the escalations they started there.
    roles: ['agent', 'advisor', 'supervisor', 'admin'],
    phoneBar: ['agent', 'advisor', 'supervisor', 'admin'],
    enabled: true,
  },
  {
    id: 'dashboard',
    label: 'nav.dashboard',
    icon: IconChart,
    path: '/dashboard',
    roles: ['supervisor', 'admin'],
    phoneBar: ['supervisor', 'admin'],
    enabled: true,
  },
  {
    id: 'insight',
    label: 'nav.insight',
    icon: IconChart,
    path: '/insight',
    roles: ['supervisor', 'admin'],
    phoneBar: [],
    enabled: true,
  },
  {
    id: 'audit',
    label: 'nav.audit',
    icon: IconShield,
    path: '/audit',
    roles: ['supervisor', 'admin'],
    phoneBar: [],
    enabled: true,
  },
  {
    id: 'admin',
    label: 'nav.admin',
    icon: IconUserPlus,
    path: '/admin',
    roles: ['admin'],
    phoneBar: [],
    enabled: true,
  },
  {
    id: 'security',
    label: 'nav.security',
    icon: IconLock,
    path: '/security',
    roles: ['agent', 'advisor', 'supervisor', 'admin'],
    phoneBar: [],
    enabled: true,
  },
  {
    id: 'settings',
    label: 'nav.settings',
    icon: IconNote,
    path: '/settings',
    roles: ['supervisor', 'admin'],
    phoneBar: [],
    enabled: true,
  },
];

export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => item.enabled && item.roles.includes(role));
}

/**
 * The sections in the bottom bar at phone width (what the role works in all day), and those under
 * "more" (settings such as security, pages opened now and then); on a desktop: one rail.
 */
export function splitForPhone(items: readonly NavItem[], role: Role): { bar: NavItem[]; more: NavItem[] } {
  return {
    bar: items.filter((item) => item.phoneBar.includes(role)),
    more: items.filter((item) => !item.phoneBar.includes(role)),
  };
}
