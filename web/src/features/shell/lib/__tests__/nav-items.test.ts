import { describe, expect, it } from 'vitest';
import type { Role } from '@webcare/shared';
import { navItemsFor, splitForPhone } from '../nav-items';

function phone(role: Role) {
  const { bar, more } = splitForPhone(navItemsFor(role), role);
  return { bar: bar.map((item) => item.id), more: more.map((item) => item.id) };
}

describe('the bottom bar at phone width', () => {
  it('holds what each role works in all day; settings and occasional pages are under "more"', () => {
    expect(phone('agent')).toEqual({ bar: ['inbox', 'escalations'], more: ['security'] });
    expect(phone('advisor')).toEqual({ bar: ['inbox', 'escalations'], more: ['security'] });
    expect(phone('supervisor')).toEqual({
      bar: ['inbox', 'escalations', 'dashboard'],
      more: ['insight', 'audit', 'security', 'settings'],
    });
    expect(phone('admin')).toEqual({
      bar: ['inbox', 'escalations', 'dashboard'],
      more: ['insight', 'audit', 'admin', 'security', 'settings'],
    });
  });

  it('loses no section: the bar and "more" together are all of the role\'s sections, once each', () => {
    for (const role of ['agent', 'advisor', 'supervisor', 'admin'] as const) {
      const { bar, more } = phone(role);
      expect([...bar, ...more].sort()).toEqual(
        navItemsFor(role)
          .map((item) => item.id)
          .sort(),
      );
    }
  });
});
