import { Global, Module } from '@nestjs/common';
import { AuditAnchorService } from './audit-anchor.service';
import { AuditController } from './audit.controller';
import { AuditReaderService } from './audit-reader.service';
import { AuditService } from './audit.service';

/** Global: every feature records access, none should import the audit internals. */
@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditService, AuditReaderService, AuditAnchorService],
  exports: [AuditService, AuditReaderService],
})
export class AuditModule {}
