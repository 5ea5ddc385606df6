import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { LoginResponse } from '@webcare/shared';
import type { Request } from 'express';
import { Public } from '../common/public.decorator';
import type { UserEntity } from '../users/user.entity';
import { AuthService } from './auth.service';
import { LoginDto } from './dto/login.dto';
import { LocalAuthGuard } from './guards';

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(private readonly authService: AuthService) {}

  @Public()
  @UseGuards(LocalAuthGuard)
  @Post('login')
  @HttpCode(200)
  login(@Req() request: Request & { user: UserEntity }, @Body() _body: LoginDto): Promise<LoginResponse> {
    return this.authService.login(request.user, request.ip ?? null);
  }
}
