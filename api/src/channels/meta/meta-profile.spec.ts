import { type FakeProvider, graphError, startFakeProvider } from '../testing/fake-provider';
import { lookupMetaProfileName } from './meta-profile';

let provider: FakeProvider;

beforeEach(async () => {
  provider = await startFakeProvider({
    profiles: {
      '7001': { first_name: 'Sanne', last_name: 'de Vries', profile_pic: 'https://example.invalid/p.jpg' },
      '17841400000000001': { name: 'Kees Jansen', username: 'keesj' },
    },
  });
});

afterEach(async () => {
  await provider.close();
});

describe('lookupMetaProfileName', () => {
  it('reads a Messenger sender first and last name with the page token', async () => {
    await expect(
      lookupMetaProfileName(provider.baseUrl, 'messenger', 'page-1', '7001', (id) => `token-${id}`),
    ).resolves.toEqual({ name: 'Sanne de Vries' });
    expect(provider.requests[0]).toMatchObject({
      method: 'GET',
      path: '/7001',
      query: { fields: 'first_name,last_name' },
      accessToken: 'token-page-1',
    });
  });

  it('reads an Instagram sender name and username', async () => {
    await expect(
      lookupMetaProfileName(provider.baseUrl, 'instagram_dm', 'ig-1', '17841400000000001', () => 't'),
    ).resolves.toEqual({ name: 'Kees Jansen', handle: 'keesj' });
    expect(provider.requests[0].query).toEqual({ fields: 'name,username' });
  });

  it('gives nothing when the profile is refused or the token is gone', async () => {
    await expect(
      lookupMetaProfileName(provider.baseUrl, 'messenger', 'page-1', '7999', () => 't'),
    ).resolves.toBeUndefined();
    provider.failNext(400, graphError('Error validating access token', 190));
    await expect(
      lookupMetaProfileName(provider.baseUrl, 'messenger', 'page-1', '7001', () => 't'),
    ).resolves.toBeUndefined();
    await expect(
      lookupMetaProfileName(provider.baseUrl, 'messenger', 'page-1', '7001', () => {
        throw new Error('none');
      }),
    ).resolves.toBeUndefined();
  });
});
