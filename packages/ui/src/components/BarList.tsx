import type { ReactNode } from 'react';
import { uiText } from '../locale/zh-CN';

export interface BarListItem {
  key: string;
  label: ReactNode;
  /** Bar length in [0, 1]. Drawing only: the exact figure goes in `valueText`. */
  fraction: number;
  valueText: ReactNode;
  /** Optional small line under the bar (e.g. the amounts behind the rate). */
  extra?: ReactNode;
}

export interface BarListProps {
  items: readonly BarListItem[];
  /** Bar colour; default antd primary blue. */
  color?: string;
  /** Width of the label column in px. */
  labelWidth?: number;
  /** Width of the value column in px (wider for amounts such as "4,567.89 万元"). */
  valueWidth?: number;
  'aria-label'?: string;
}

/** A light horizontal bar chart in plain HTML/CSS: one row per item, no chart library. */
export function BarList({
  items,
  color = '#1677ff',
  labelWidth = 96,
  valueWidth = 72,
  'aria-label': ariaLabel,
}: BarListProps) {
  if (items.length === 0) {
    return <div style={{ color: 'rgba(0,0,0,0.45)', padding: '16px 0' }}>{uiText.noData}</div>;
  }
  return (
    <ul aria-label={ariaLabel} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {items.map((item) => {
        const pct = Math.min(100, Math.max(0, item.fraction * 100));
        return (
          <li
            key={item.key}
            style={{
              display: 'grid',
              gridTemplateColumns: `${labelWidth}px 1fr ${valueWidth}px`,
              alignItems: 'center',
              columnGap: 12,
              padding: '4px 0',
            }}
          >
            <div style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{item.label}</div>
            <div style={{ background: '#f0f0f0', borderRadius: 4, height: 12, overflow: 'hidden' }}>
              <div style={{ width: `${pct}%`, height: '100%', background: color, borderRadius: 4 }} />
            </div>
            <div style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>{item.valueText}</div>
            {item.extra ? (
              <div style={{ gridColumn: '2 / 4', fontSize: 12, color: 'rgba(0,0,0,0.45)' }}>{item.extra}</div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
