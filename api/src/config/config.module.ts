import { Global, Module } from '@nestjs/common';
import { AppConfig } from './app-config';

/** Provides the one AppConfig built at start (main.ts), so everyone reads the same validated values. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig) {
    return {
      module: ConfigModule,
      providers: [{ provide: AppConfig, useValue: config }],
      exports: [AppConfig],
    };
  }
}
