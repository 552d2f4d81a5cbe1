import { Button, Input, Space } from 'antd';
import { generatePassword } from '../../../auth/passwordPolicy';
import { userText as t } from '../locale';

/** A password an administrator sets for someone else: shown in clear, with 生成 for a compliant one. */
export function PasswordInput({
  value,
  onChange,
  id,
}: {
  value?: string;
  onChange?: (value: string) => void;
  id?: string;
}) {
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input
        id={id}
        value={value}
        onChange={(e) => onChange?.(e.target.value)}
        autoComplete="new-password"
        maxLength={128}
      />
      <Button onClick={() => onChange?.(generatePassword())}>{t.generate}</Button>
    </Space.Compact>
  );
}
