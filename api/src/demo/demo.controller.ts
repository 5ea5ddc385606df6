import { Controller, Get, NotFoundException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Role } from '@webcare/shared';
import { Public } from '../common/public.decorator';
import { AppConfig } from '../config/app-config';
import { DEMO_PASSWORD, DEMO_USERS } from './demo.service';

@ApiTags('demo')
@Public()
@Controller('api/demo')
export class DemoController {
  constructor(private readonly config: AppConfig) {}

  /** Tells the login page which logins to offer; 404 outside demo mode. */
  @Get()
  info(): { demo: true; password: string; users: { email: string; role: Role }[] } {
    if (!this.config.demo) throw new NotFoundException('Not in demo mode');
    return {
      demo: true,
      password: DEMO_PASSWORD,
      users: DEMO_USERS.map(({ email, role }) => ({ email, role })),
    };
  }
}
