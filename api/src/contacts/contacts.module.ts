import { Module } from '@nestjs/common';
import { ChannelAccountsController } from './channel-accounts.controller';
import { ContactsService } from './contacts.service';
import { ProfileNamesService } from './profile-names.service';

/** The people who write to us, their identities at the providers, and our own channel accounts. */
@Module({
  controllers: [ChannelAccountsController],
  providers: [ContactsService, ProfileNamesService],
  exports: [ContactsService, ProfileNamesService],
})
export class ContactsModule {}
