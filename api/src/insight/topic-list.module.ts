import { Module } from '@nestjs/common';
import { TopicListService } from './topic-list.service';

/** The topic list alone, so ingest and the conversations can use it without the rest of insight. */
@Module({
  providers: [TopicListService],
  exports: [TopicListService],
})
export class TopicListModule {}
