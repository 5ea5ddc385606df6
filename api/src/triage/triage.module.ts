import { Global, Module } from '@nestjs/common';
import { TriageService } from './triage.service';

@Global()
@Module({ providers: [TriageService], exports: [TriageService] })
export class TriageModule {}
