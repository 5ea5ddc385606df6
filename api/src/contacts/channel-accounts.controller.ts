import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { ChannelAccountView } from '@webcare/shared';
import { type Actor, CurrentActor } from '../common/current-user';
import { Roles } from '../common/roles.decorator';
import { AccountRegionDto } from './dto/account-region.dto';
import { ContactsService } from './contacts.service';

/** Our accounts at the providers, and the region each serves (topic reports per region). */
@ApiTags('channel-accounts')
@ApiBearerAuth()
@Roles('supervisor', 'admin')
@Controller('api/channel-accounts')
export class ChannelAccountsController {
  constructor(private readonly contacts: ContactsService) {}

  @Get()
  list(): Promise<{ items: ChannelAccountView[] }> {
    return this.contacts.listAccounts();
  }

  @Put(':id/region')
  @Roles('admin')
  setRegion(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: AccountRegionDto,
  ): Promise<ChannelAccountView> {
    return this.contacts.setAccountRegion(actor, id, body.region);
  }
}
