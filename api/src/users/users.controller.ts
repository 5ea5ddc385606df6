import { Controller, Get, NotFoundException } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { UserSummary } from '@webcare/shared';
import { type Actor, CurrentActor } from '../common/current-user';
import { toUserSummary, UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller('api')
export class UsersController {
  constructor(private readonly usersService: UsersService) {}

  @Get('me')
  async me(@CurrentActor() actor: Actor): Promise<UserSummary> {
    const user = await this.usersService.findById(actor.id);
    if (!user) throw new NotFoundException('Your account no longer exists');
    return toUserSummary(user);
  }

  /** Colleagues to assign a conversation to. */
  @Get('users')
  list(): Promise<UserSummary[]> {
    return this.usersService.list();
  }
}
