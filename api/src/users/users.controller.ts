import { Body, Controller, Get, NotFoundException, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AdminUser, UserSummary } from '@webcare/shared';
import { AllowWithoutSecondFactor } from '../auth/two-factor.decorators';
import { type Actor, CurrentActor } from '../common/current-user';
import { Roles } from '../common/roles.decorator';
import { CreateUserDto, UpdateUserDto } from './dto/users.dto';
import { UsersAdminService } from './users-admin.service';
import { toUserSummary, UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller('api')
export class UsersController {
  constructor(
    private readonly usersService: UsersService,
    private readonly admin: UsersAdminService,
  ) {}

  @AllowWithoutSecondFactor()
  @Get('me')
  async me(@CurrentActor() actor: Actor): Promise<UserSummary & { twoFactor: boolean }> {
    const user = await this.usersService.findById(actor.id);
    if (!user) throw new NotFoundException('Your account no longer exists');
    return { ...toUserSummary(user), twoFactor: user.totpSecret !== null };
  }

  /** Colleagues to assign a conversation to. */
  @Get('users')
  list(): Promise<UserSummary[]> {
    return this.usersService.list();
  }

  /** Every user, active or not, with their two-factor state (admin). */
  @Roles('admin')
  @Get('users/all')
  all(): Promise<AdminUser[]> {
    return this.admin.list();
  }

  @Roles('admin')
  @Post('users')
  create(@CurrentActor() actor: Actor, @Body() body: CreateUserDto): Promise<AdminUser> {
    return this.admin.create(actor, body);
  }

  /** Role, name, active; deactivating ends the user's sessions and sockets at once. */
  @Roles('admin')
  @Patch('users/:id')
  update(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateUserDto,
  ): Promise<AdminUser> {
    return this.admin.update(actor, id, body);
  }

  @Roles('admin')
  @Post('users/:id/2fa/reset')
  resetTwoFactor(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<AdminUser> {
    return this.admin.resetTwoFactor(actor, id);
  }
}
