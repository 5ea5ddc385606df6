// A real OpenID Connect provider (the oidc-provider package) on loopback, for the single sign-on tests.
// Started as its own process because the package is an ES module. Arguments: one JSON object
// { port, clientId, clientSecret, redirectUri, accounts: { [login]: { email, name, groups, amr? } } }.
// Prints "ready" once it listens. Its development login form accepts any password for a known login.
import Provider from 'oidc-provider';

const { port, clientId, clientSecret, redirectUri, accounts } = JSON.parse(process.argv[2]);

const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  claims: {
    // amr (how the person logged in) goes into the ID token with the openid scope.
    openid: ['sub', 'amr'],
    email: ['email', 'email_verified'],
    profile: ['name'],
    groups: ['groups'],
  },
  scopes: ['openid', 'email', 'profile', 'groups'],
  async findAccount(_ctx, id) {
    const account = accounts[id];
    if (!account) return undefined;
    return {
      accountId: id,
      async claims() {
        return {
          sub: id,
          email: account.email,
          email_verified: true,
          name: account.name,
          groups: account.groups,
        };
      },
    };
  },
  pkce: { required: () => true },
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ['loopback-provider-cookie-key'] },
});
// An account with `amr` logs in with those methods (RFC 8176), as if the provider had asked a second factor.
const finish = provider.interactionFinished.bind(provider);
provider.interactionFinished = (req, res, result, options) => {
  const amr = result.login ? accounts[result.login.accountId]?.amr : undefined;
  return finish(req, res, amr ? { ...result, login: { ...result.login, amr } } : result, options);
};
provider.listen(port, '127.0.0.1', () => process.stdout.write('ready\n'));
