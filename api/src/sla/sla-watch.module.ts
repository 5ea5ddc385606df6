import { Module } from '@nestjs/common';
import { ConversationsModule } from '../conversations/conversations.module';
import { SlaWatcher } from './sla-watcher';

/** The near-breach and breach pusher; separate from SlaModule, which conversations and ingest import. */
@Module({ imports: [ConversationsModule], providers: [SlaWatcher], exports: [SlaWatcher] })
export class SlaWatchModule {}
