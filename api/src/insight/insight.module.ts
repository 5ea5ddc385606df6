import { Module } from '@nestjs/common';
import { ConversationsModule } from '../conversations/conversations.module';
import { GoalsService } from './goals.service';
import {
  GoalsController,
  InsightReportsController,
  SpikesController,
  TopicsController,
} from './insight.controller';
import { SpikesService } from './spikes.service';
import { TopicListModule } from './topic-list.module';
import { TopicsService } from './topics.service';

/** Insight for supervisors: spikes and their bulk answers, topics per region, goals and their evaluation. */
@Module({
  imports: [ConversationsModule, TopicListModule],
  controllers: [SpikesController, TopicsController, GoalsController, InsightReportsController],
  providers: [SpikesService, TopicsService, GoalsService],
  exports: [SpikesService, TopicsService],
})
export class InsightModule {}
