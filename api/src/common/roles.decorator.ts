import { SetMetadata } from '@nestjs/common';
import type { Role } from '@webcare/shared';

export const ROLES_KEY = 'roles';
/** Narrows a route to these roles (403 for the others). */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);
