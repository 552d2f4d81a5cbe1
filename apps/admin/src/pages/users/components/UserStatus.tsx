import { Space, Tag } from 'antd';
import dayjs from 'dayjs';
import type { UserRowFragment } from '../../../gql/graphql';
import { userText as t } from '../locale';

/** Whether the user is locked, disabled or has still to change the password: the state an admin acts on. */
export function isLocked(user: Pick<UserRowFragment, 'lockedUntil'>, now = Date.now()): boolean {
  return user.lockedUntil !== null && dayjs(user.lockedUntil).valueOf() > now;
}

export function UserStatus({ user }: { user: UserRowFragment }) {
  const tags = [];
  if (user.disabled) tags.push(<Tag key="disabled">{t.disabled}</Tag>);
  if (isLocked(user)) {
    tags.push(
      <Tag key="locked" color="error">
        {t.lockedUntil(dayjs(user.lockedUntil).format('MM-DD HH:mm'))}
      </Tag>,
    );
  }
  if (user.mustChangePassword) {
    tags.push(
      <Tag key="must" color="warning">
        {t.mustChange}
      </Tag>,
    );
  }
  if (tags.length === 0)
    tags.push(
      <Tag key="ok" color="success">
        {t.active}
      </Tag>,
    );
  return (
    <Space size={4} wrap>
      {tags}
    </Space>
  );
}
