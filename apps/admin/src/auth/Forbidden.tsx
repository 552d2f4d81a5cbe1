import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { authText as t } from './locale';

/** 无权访问: the viewer lacks the permission, or the record is outside their town. */
export function Forbidden() {
  return (
    <Result
      status="403"
      title={t.forbiddenTitle}
      subTitle={t.forbiddenBody}
      extra={
        <Link to="/">
          <Button type="primary">{t.backHome}</Button>
        </Link>
      }
    />
  );
}
