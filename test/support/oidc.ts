import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from './app';

export interface OidcAccount {
  email: string;
  name: string;
  groups: string[];
  /** How the provider says the person logged in (RFC 8176), e.g. ['pwd', 'mfa']. */
  amr?: string[];
}

export interface RunningProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  stop(): void;
}

/**
 * Starts a real OpenID Connect provider (the oidc-provider package, test/support/oidc-provider.mjs) on a
 * free loopback port, with one confidential client and the given accounts (login name → claims).
 */
export async function startOidcProvider(
  redirectUri: string,
  accounts: Record<string, OidcAccount>,
): Promise<RunningProvider> {
  const port = await freePort();
  const clientId = 'webcare-inbox';
  const clientSecret = 'loopback-client-secret-for-tests';
  const child: ChildProcess = spawn(
    process.execPath,
    [
      path.join(__dirname, 'oidc-provider.mjs'),
      JSON.stringify({ port, clientId, clientSecret, redirectUri, accounts }),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`The OpenID provider exited (${code}):\n${output}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
  });
  return {
    issuer: `http://127.0.0.1:${port}`,
    clientId,
    clientSecret,
    stop: () => child.kill('SIGTERM'),
  };
}
