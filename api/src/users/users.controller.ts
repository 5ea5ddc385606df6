import {
  Body,
  Controller,
  Get,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Req,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AdminUser, UserSummary } from '@webcare/shared';
import { AllowWithoutSecondFactor } from '../auth/two-factor.decorators';
import { SECOND_FACTOR_ROLES } from '../auth/two-factor.guard';
import { type Actor, type AuthenticatedRequest, CurrentActor } from '../common/current-user';
import { AppConfig } from '../config/app-config';
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
    private readonly config: AppConfig,
  ) {}

  /** Who I am; `secondFactorSetupNeeded` when the policy asks this session to set up two-factor login first. */
  @AllowWithoutSecondFactor()
  @Get('me')
  async me(
    @CurrentActor() actor: Actor,
    @Req() request: AuthenticatedRequest,
  ): Promise<UserSummary & { twoFactor: boolean; secondFactorSetupNeeded: boolean }> {
    const user = await this.usersService.findById(actor.id);
    if (!user) throw new NotFoundException('Your account no longer exists');
    const needed =
      this.config.twoFactorRequired && SECOND_FACTOR_ROLES.has(user.role) && request.user?.mfa !== true;
    return { ...toUserSummary(user), twoFactor: user.totpSecret !== null, secondFactorSetupNeeded: needed };
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
