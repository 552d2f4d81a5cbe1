import { Tag } from 'antd';
import { stationingText as t } from '../locale';

/** 在驻, or 已撤销 with the date. */
export function TeamStatusTag({ team }: { team: { dissolvedOn?: string | null } }) {
  return team.dissolvedOn ? <Tag>{t.teamDissolvedOn(team.dissolvedOn)}</Tag> : <Tag color="green">{t.teamActive}</Tag>;
}
