import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit.service';

/** Global: every feature records access, none should import the audit internals. */
@Global()
@Module({ providers: [AuditService], exports: [AuditService] })
export class AuditModule {}
