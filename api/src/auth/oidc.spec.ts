import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AppConfig } from '../config/app-config';
import { claimValues, mapRole } from './oidc.service';

describe('single sign-on settings', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'webcare-oidc-config-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const config = (env: Record<string, string>) => new AppConfig({ DEMO: '1', DATA_DIR: dataDir, ...env });
  const oidc = {
    OIDC_ISSUER_URL: 'https://login.zorg.example.nl/realms/zorg/',
    OIDC_CLIENT_ID: 'webcare',
    OIDC_ROLE_MAP: 'webcare-agent:agent, webcare-supervisor:supervisor,team:lead:admin',
  };

  it('is off when no issuer is set', () => {
    expect(config({}).oidc).toBeNull();
  });

  it('reads the issuer, client, claim and role map', () => {
    const settings = config({
      ...oidc,
      OIDC_ROLE_CLAIM: 'realm_access.roles',
      OIDC_CLIENT_SECRET: 's3cret',
    }).oidc;
    expect(settings).toMatchObject({
      issuerUrl: 'https://login.zorg.example.nl/realms/zorg',
      clientId: 'webcare',
      clientSecret: 's3cret',
      roleClaim: 'realm_access.roles',
      scopes: 'openid email profile',
      mfaAmr: ['mfa', 'otp', 'hwk'],
    });
    expect([...(settings?.roleMap ?? [])]).toEqual([
      ['webcare-agent', 'agent'],
      ['webcare-supervisor', 'supervisor'],
      ['team:lead', 'admin'],
    ]);
  });

  it('names the setting that is wrong', () => {
    expect(() => config({ OIDC_CLIENT_ID: 'webcare' })).toThrow(/OIDC_CLIENT_ID needs OIDC_ISSUER_URL/);
    expect(() => config({ ...oidc, OIDC_CLIENT_ID: '' })).toThrow(/OIDC_CLIENT_ID is required/);
    expect(() => config({ ...oidc, OIDC_ROLE_MAP: '' })).toThrow(/OIDC_ROLE_MAP is required/);
    expect(() => config({ ...oidc, OIDC_ROLE_MAP: 'webcare-agent:boss' })).toThrow(
      /OIDC_ROLE_MAP must be .* got "webcare-agent:boss"/,
    );
    expect(() => config({ ...oidc, OIDC_ISSUER_URL: 'login.example' })).toThrow(
      /OIDC_ISSUER_URL must be a URL/,
    );
    expect(() => config({ ...oidc, OIDC_SCOPES: 'email profile' })).toThrow(
      /OIDC_SCOPES must include "openid"/,
    );
  });
});

describe('roles from the provider', () => {
  const roleMap = new Map([
    ['webcare-agent', 'agent' as const],
    ['webcare-supervisor', 'supervisor' as const],
  ]);

  it('reads a list, a space-separated string or a nested claim', () => {
    expect(claimValues({ groups: ['a', 'b', 3] }, 'groups')).toEqual(['a', 'b']);
    expect(claimValues({ roles: 'a b' }, 'roles')).toEqual(['a', 'b']);
    expect(claimValues({ realm_access: { roles: ['x'] } }, 'realm_access.roles')).toEqual(['x']);
    expect(claimValues({}, 'groups')).toEqual([]);
  });

  it('takes the highest mapped role and refuses when none is mapped', () => {
    expect(mapRole(['staff', 'webcare-agent'], roleMap)).toBe('agent');
    expect(mapRole(['webcare-supervisor', 'webcare-agent'], roleMap)).toBe('supervisor');
    expect(mapRole(['marketing'], roleMap)).toBeNull();
    expect(mapRole([], roleMap)).toBeNull();
  });
});
