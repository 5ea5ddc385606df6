import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { WorkloadSettingsEntity } from './workload-settings.entity';
import { WorkloadSettingsService } from './workload-settings.service';

/** The workload settings alone, so conversations can read the approval policy without the rest. */
@Module({
  imports: [TypeOrmModule.forFeature([WorkloadSettingsEntity])],
  providers: [WorkloadSettingsService],
  exports: [WorkloadSettingsService],
})
export class WorkloadSettingsModule {}
