import { useMutation, useQuery } from '@apollo/client/react';
import { API_TOKEN_KINDS, DATASETS, datasetLabels, enumOptions } from '@hanbin/ui';
import { Alert, Checkbox, DatePicker, Form, Input, Modal, Radio, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Dataset, TokenKind } from '../../../gql/graphql';
import { TownsQuery } from '../../../lib/places.graphql';
import { useServerErrors } from '../../../lib/useServerErrors';
import { tokenText as t } from '../locale';
import { CreateApiTokenMutation } from '../tokens.graphql';
import type { IssuedToken } from './TokenSecretDialog';

interface Values {
  name: string;
  kind: TokenKind;
  datasets: Dataset[];
  townCodes: string[];
  expiresOn: Dayjs;
}

const kindHelp: Record<TokenKind, string> = { PARTNER: t.kindPartner, BI: t.kindBi };

/**
 * 签发令牌: who it is for, what it may read, where, until when. The answer (with the secret) is
 * kept out of Apollo's cache and handed straight to the one-time secret dialog.
 */
export function CreateTokenModal({
  open,
  onClose,
  onIssued,
}: {
  open: boolean;
  onClose: () => void;
  onIssued: (issued: IssuedToken) => void;
}) {
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<string[]>([]);
  const towns = useQuery(TownsQuery, { fetchPolicy: 'cache-first', skip: !open });
  const [create, { loading }] = useMutation(CreateApiTokenMutation, { fetchPolicy: 'no-cache' });
  const showError = useServerErrors(form);
  const kind = Form.useWatch('kind', form);

  const submit = async (v: Values) => {
    setErrors([]);
    try {
      const { data } = await create({
        variables: {
          input: {
            name: v.name.trim(),
            kind: v.kind,
            // A BI token reads aggregates only; the API ignores datasets for it.
            datasets: v.kind === 'BI' ? [] : v.datasets,
            townCodes: v.townCodes ?? [],
            expiresOn: v.expiresOn.format('YYYY-MM-DD'),
          },
        },
      });
      if (!data) return;
      const { token, secret } = data.createApiToken;
      onIssued({ name: token.name, prefix: token.prefix, secret });
    } catch (e) {
      setErrors(showError(e).unmatched);
    }
  };

  return (
    <Modal
      title={t.createTitle}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={loading}
      destroyOnHidden
      width={560}
    >
      {errors.length > 0 ? (
        <Alert type="error" showIcon title={errors.join('；')} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        preserve={false}
        initialValues={{ kind: 'PARTNER', datasets: ['PROJECTS'], townCodes: [], expiresOn: dayjs().add(90, 'day') }}
      >
        <Form.Item
          name="name"
          label={t.name}
          rules={[
            { required: true, whitespace: true, message: t.nameRule },
            { min: 2, max: 100, message: t.nameRule },
          ]}
        >
          <Input placeholder={t.namePlaceholder} maxLength={100} />
        </Form.Item>
        <Form.Item name="kind" label={t.kind} extra={kind ? kindHelp[kind] : undefined}>
          <Radio.Group
            options={enumOptions(API_TOKEN_KINDS, { PARTNER: '合作单位', BI: 'BI 工具' })}
            optionType="button"
          />
        </Form.Item>
        {kind !== 'BI' ? (
          <Form.Item
            name="datasets"
            label={t.datasets}
            rules={[{ required: true, type: 'array', min: 1, message: t.datasetsRequired }]}
          >
            <Checkbox.Group options={enumOptions(DATASETS, datasetLabels)} />
          </Form.Item>
        ) : null}
        <Form.Item name="townCodes" label={t.towns} extra={t.townsHint}>
          <Select
            mode="multiple"
            allowClear
            placeholder={t.townsPlaceholder}
            showSearch={{ optionFilterProp: 'label' }}
            options={towns.data?.towns.map((town) => ({ value: town.code, label: town.name })) ?? []}
          />
        </Form.Item>
        <Space>
          <Form.Item
            name="expiresOn"
            label={t.expiresOn}
            extra={t.expiresHint}
            rules={[{ required: true, message: t.expiresRequired }]}
          >
            <DatePicker
              disabledDate={(d) => d.isBefore(dayjs().add(1, 'day'), 'day') || d.isAfter(dayjs().add(1, 'year'), 'day')}
            />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
