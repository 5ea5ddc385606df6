import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { LoginChallenge, LoginResponse, TwoFactorEnabled } from '@webcare/shared';
import type { Request } from 'express';
import { type Actor, CurrentActor } from '../common/current-user';
import { Public } from '../common/public.decorator';
import type { UserEntity } from '../users/user.entity';
import { AuthService } from './auth.service';
import { LoginDto } from './dto/login.dto';
import { TwoFactorCodeDto, TwoFactorVerifyDto } from './dto/two-factor.dto';
import { LocalAuthGuard } from './guards';
import { AllowWithoutSecondFactor } from './two-factor.decorators';

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(private readonly authService: AuthService) {}

  /** With two-factor login on, answers `{challengeToken}`: finish with POST /api/auth/2fa/verify. */
  @Public()
  @UseGuards(LocalAuthGuard)
  @Post('login')
  @HttpCode(200)
  login(
    @Req() request: Request & { user: UserEntity },
    @Body() _body: LoginDto,
  ): Promise<LoginResponse | LoginChallenge> {
    return this.authService.login(request.user, request.ip ?? null);
  }

  @Public()
  @Post('2fa/verify')
  @HttpCode(200)
  verify(@Req() request: Request, @Body() body: TwoFactorVerifyDto): Promise<LoginResponse> {
    return this.authService.verifySecondFactor(body.challengeToken, body.code, request.ip ?? null);
  }

  @ApiBearerAuth()
  @AllowWithoutSecondFactor()
  @Post('2fa/setup')
  @HttpCode(200)
  setup(@CurrentActor() actor: Actor): Promise<{ secret: string; otpauthUrl: string }> {
    return this.authService.setup(actor);
  }

  /** Turns two-factor login on; answers the recovery codes (shown once) and a session that passed it. */
  @ApiBearerAuth()
  @AllowWithoutSecondFactor()
  @Post('2fa/enable')
  @HttpCode(200)
  enable(
    @CurrentActor() actor: Actor,
    @Body() body: TwoFactorCodeDto,
  ): Promise<TwoFactorEnabled & LoginResponse> {
    return this.authService.enable(actor, body.code);
  }
}
