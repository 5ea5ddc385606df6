import { Module } from '@nestjs/common';
import { ContactsService } from './contacts.service';

/** The people who write to us, their identities at the providers, and our own channel accounts. */
@Module({
  providers: [ContactsService],
  exports: [ContactsService],
})
export class ContactsModule {}
