import { useMutation } from '@apollo/client/react';
import { RevealButton } from '../../../components/RevealButton';
import type { UserRowFragment } from '../../../gql/graphql';
import { userText as t } from '../locale';
import { RevealUserPhoneMutation } from '../users.graphql';

/** 查看 beside a user's masked phone: the purpose is asked and audited; the answer never enters Apollo's cache. */
export function RevealPhoneButton({ user }: { user: Pick<UserRowFragment, 'id' | 'displayName'> }) {
  const [reveal] = useMutation(RevealUserPhoneMutation, { fetchPolicy: 'no-cache' });
  return (
    <RevealButton
      ariaLabel={`${t.reveal}${t.phone}`}
      title={t.revealTitle(user.displayName)}
      notice={t.revealNotice}
      placeholder={t.purposePlaceholder}
      emptyText={t.revealNone}
      testId="revealed-phone"
      onReveal={async (purpose) => {
        const { data } = await reveal({ variables: { id: user.id, purpose } });
        return data?.revealUserPhone ?? null;
      }}
    />
  );
}
