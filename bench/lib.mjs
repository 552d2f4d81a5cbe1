/** Helpers shared by the benchmark scripts. */
import net from 'node:net';

/** A TCP port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Signs in as the demo district administrator (changing the initial password the first time) and issues a token. */
export async function issueToken(url) {
  const post = async (session, query, variables) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(session ? { cookie: session } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { res, body: await res.json() };
  };
  const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { mustChangePassword } }';
  const benchPassword = 'Bench-Password-2021!';
  let { res, body } = await post(null, SIGN_IN, { input: { username: 'admin', password: benchPassword } });
  if (body.errors)
    ({ res, body } = await post(null, SIGN_IN, { input: { username: 'admin', password: 'Hanbin@2021' } }));
  if (body.errors) throw new Error(`sign-in failed: ${JSON.stringify(body.errors)}`);
  const session = res.headers.get('set-cookie').split(';')[0];
  if (body.data.signIn.mustChangePassword) {
    const changed = await post(
      session,
      'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { role } }',
      {
        input: { currentPassword: 'Hanbin@2021', newPassword: benchPassword },
      },
    );
    if (changed.body.errors) throw new Error(JSON.stringify(changed.body.errors));
  }
  // In production the admin's session may only send the admin's registered documents; the benchmark
  // sends its own queries, as a partner agency would, with a token.
  const issued = await post(
    session,
    'mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }',
    {
      input: {
        name: `benchmark ${new Date().toISOString()}`,
        kind: 'PARTNER',
        datasets: ['PLACES', 'PROJECTS', 'FUNDS'],
        townCodes: [],
        expiresOn: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
      },
    },
  );
  if (issued.body.errors) throw new Error(JSON.stringify(issued.body.errors));
  return `Bearer ${issued.body.data.createApiToken.secret}`;
}
