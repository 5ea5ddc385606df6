import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { RolesGuard } from '../common/roles.guard';
import { AppConfig } from '../config/app-config';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JwtAuthGuard } from './guards';
import { JwtStrategy } from './jwt.strategy';
import { LocalStrategy } from './local.strategy';
import { LoginClock } from './login-clock';
import { LoginLimiter } from './login-limiter';
import { OidcController } from './oidc.controller';
import { OidcService } from './oidc.service';
import { TwoFactorGuard } from './two-factor.guard';

@Module({
  imports: [
    UsersModule,
    PassportModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: config.jwtSecret,
        signOptions: { expiresIn: config.jwtTtlSeconds },
      }),
    }),
  ],
  controllers: [AuthController, OidcController],
  providers: [
    AuthService,
    LocalStrategy,
    JwtStrategy,
    LoginClock,
    LoginLimiter,
    OidcService,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
    { provide: APP_GUARD, useClass: TwoFactorGuard },
  ],
  exports: [AuthService],
})
export class AuthModule {}
