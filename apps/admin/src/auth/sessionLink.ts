import { ApolloLink } from '@apollo/client';
import { ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import { tap } from 'rxjs';
import { emitSessionEvent, recordActivity } from './session';

// signIn answers UNAUTHENTICATED for a wrong password, and signOut may meet a session that has
// already gone: neither means "your session ended".
const EXEMPT = new Set(['SignIn', 'SignOut']);

function sessionEventOf(errors: readonly GraphQLFormattedError[] | undefined) {
  for (const error of errors ?? []) {
    const code = error.extensions?.code;
    if (code === 'UNAUTHENTICATED') return { kind: 'ended', reason: 'expired' } as const;
    if (code === 'FORBIDDEN' && error.extensions?.reason === 'PASSWORD_CHANGE_REQUIRED') {
      return { kind: 'passwordChangeRequired' } as const;
    }
  }
  return null;
}

/**
 * Watches every response for the session: UNAUTHENTICATED (SESSION_EXPIRED, NOT_SIGNED_IN, or an
 * HTTP 401) sends the app to the sign-in page, PASSWORD_CHANGE_REQUIRED to the change-password
 * page; any other answer proves the session alive and restarts the idle countdown.
 * The error still reaches the component that asked, which is about to unmount.
 */
export function createSessionLink(): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const exempt = EXEMPT.has(operation.operationName ?? '');
    return forward(operation).pipe(
      tap({
        next: (result) => {
          const event = sessionEventOf(result.errors);
          if (event?.kind === 'ended' && exempt) return;
          if (event) emitSessionEvent(event);
          if (event?.kind !== 'ended' && operation.operationName !== 'SignOut') recordActivity();
        },
        error: (error: unknown) => {
          if (!exempt && ServerError.is(error) && error.statusCode === 401) {
            emitSessionEvent({ kind: 'ended', reason: 'expired' });
          }
        },
      }),
    );
  });
}
