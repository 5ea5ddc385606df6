import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { PushKeyResponse } from '@webcare/shared';
import { type Actor, CurrentActor } from '../common/current-user';
import { Roles } from '../common/roles.decorator';
import { PushEndpointDto, PushSubscriptionDto } from './dto/push-subscription.dto';
import { PushService } from './push.service';

@ApiTags('push')
@ApiBearerAuth()
@Controller('api/push')
export class PushController {
  constructor(private readonly push: PushService) {}

  /** The VAPID public key a browser subscribes with; null when push is off. */
  @Get('key')
  key(): PushKeyResponse {
    return { publicKey: this.push.publicKey() };
  }

  @Post('subscriptions')
  @Roles('advisor', 'supervisor', 'admin')
  async subscribe(@CurrentActor() actor: Actor, @Body() body: PushSubscriptionDto): Promise<{ ok: true }> {
    await this.push.subscribe(actor, body);
    return { ok: true };
  }

  @Delete('subscriptions')
  @HttpCode(200)
  async unsubscribe(@CurrentActor() actor: Actor, @Body() body: PushEndpointDto): Promise<{ ok: true }> {
    await this.push.unsubscribe(actor, body.endpoint);
    return { ok: true };
  }
}
