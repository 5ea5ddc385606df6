import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TeamsModule } from '../teams/teams.module';
import { UsersModule } from '../users/users.module';
import { SavedRepliesController } from './saved-replies.controller';
import { SavedRepliesService } from './saved-replies.service';
import { SavedReplyEntity } from './saved-reply.entity';

@Module({
  imports: [TypeOrmModule.forFeature([SavedReplyEntity]), TeamsModule, UsersModule],
  controllers: [SavedRepliesController],
  providers: [SavedRepliesService],
  exports: [SavedRepliesService],
})
export class SavedRepliesModule {}
