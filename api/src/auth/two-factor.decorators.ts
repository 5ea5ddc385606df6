import { SetMetadata } from '@nestjs/common';

export const ALLOW_WITHOUT_SECOND_FACTOR = 'allowWithoutSecondFactor';
export const REQUIRES_SECOND_FACTOR = 'requiresSecondFactor';

/**
 * Open to a supervisor or admin who still has to set up two-factor login (the policy otherwise refuses
 * them everything): enrolment itself and who they are.
 */
export const AllowWithoutSecondFactor = (): MethodDecorator & ClassDecorator =>
  SetMetadata(ALLOW_WITHOUT_SECOND_FACTOR, true);

/** Only with a session that passed the second factor, where the policy is on (reading the access log). */
export const RequiresSecondFactor = (): MethodDecorator & ClassDecorator =>
  SetMetadata(REQUIRES_SECOND_FACTOR, true);
