import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { layoutText } from './locale';

export function NotFoundPage() {
  return (
    <Result
      status="404"
      title={layoutText.notFoundTitle}
      extra={
        <Link to="/">
          <Button type="primary">{layoutText.notFoundBack}</Button>
        </Link>
      }
    />
  );
}
