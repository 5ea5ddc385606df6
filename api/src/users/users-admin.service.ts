import { Injectable } from '@nestjs/common';
import type { AdminUser, Role } from '@webcare/shared';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/current-user';
import { DomainEventBus } from '../events/domain-event-bus';
import { toAdminUser, UserConflictException, UsersService } from './users.service';

/** What admins do with users: create, change role, deactivate (sessions end at once), reset 2FA. */
@Injectable()
export class UsersAdminService {
  constructor(
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly events: DomainEventBus,
  ) {}

  list(): Promise<AdminUser[]> {
    return this.users.adminList();
  }

  async create(
    actor: Actor,
    input: { email: string; name: string; role: Role; password: string },
  ): Promise<AdminUser> {
    const user = await this.users.create(input);
    await this.audit.record({ actor, action: 'user.create', details: { userId: user.id, role: user.role } });
    return toAdminUser(user);
  }

  async update(
    actor: Actor,
    id: string,
    change: { role?: Role; active?: boolean; name?: string },
  ): Promise<AdminUser> {
    if (id === actor.id && (change.active === false || (change.role && change.role !== 'admin'))) {
      throw new UserConflictException('You cannot deactivate yourself or take away your own admin role');
    }
    const before = await this.users.findById(id);
    const user = await this.users.update(id, change);
    if (before && change.role !== undefined && change.role !== before.role) {
      await this.audit.record({
        actor,
        action: 'user.role',
        details: { userId: id, from: before.role, to: user.role },
      });
    }
    if (before && change.active !== undefined && change.active !== before.active) {
      await this.audit.record({
        actor,
        action: change.active ? 'user.activate' : 'user.deactivate',
        details: { userId: id },
      });
    }
    if (before && (user.role !== before.role || (!user.active && before.active))) {
      await this.events.emit('user.sessions_revoked', { userId: id });
    }
    return toAdminUser(user);
  }

  async resetTwoFactor(actor: Actor, id: string): Promise<AdminUser> {
    await this.users.resetTwoFactor(id);
    await this.audit.record({ actor, action: 'user.2fa_reset', details: { userId: id } });
    await this.events.emit('user.sessions_revoked', { userId: id });
    const user = await this.users.findWithSecrets(id);
    return toAdminUser(user!);
  }
}
