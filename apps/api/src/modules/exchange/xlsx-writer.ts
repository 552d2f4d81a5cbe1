import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { GraphQLSchema } from 'graphql';
import { isEnumType } from 'graphql';
import { BUREAU_TIME_ZONE } from '../../common/clock';
import { CellType, type ExportColumn } from './export-columns';

/** Pieces the file is stored in: a few of them in memory at a time, whatever the export's size. */
export const CHUNK_BYTES = 1024 * 1024;

const NUMBER_FORMAT: Partial<Record<CellType, string>> = {
  [CellType.MONEY]: '#,##0.00',
  [CellType.RATE]: '0.00%',
  [CellType.INTEGER]: '0',
  [CellType.DATE]: 'yyyy-mm-dd',
  [CellType.DATETIME]: 'yyyy-mm-dd hh:mm:ss',
  // Text stays text, even when someone edits a cell that looks like a formula ("=HYPERLINK(…)").
  [CellType.TEXT]: '@',
  [CellType.ENUM]: '@',
  [CellType.BOOLEAN]: '@',
};

const wallClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: BUREAU_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function wallClockParts(at: Date): Record<string, string> {
  return Object.fromEntries(wallClock.formatToParts(at).map((p) => [p.type, p.value]));
}

/** "2026-11-29 20:05" in the bureau's time zone. */
export function bureauDateTime(at: Date): string {
  const parts = wallClockParts(at);
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/**
 * A cell's value as the spreadsheet should hold it. Amounts are numbers (two decimals shown; every
 * amount below 2^53 fen survives the trip through a double and back with toFixed(2)), dates are
 * dates (midnight UTC, which spreadsheets show as the calendar day), enums are their Chinese names.
 */
export function cellValue(column: ExportColumn, raw: unknown, enumNames: Map<string, Map<string, string>>) {
  if (raw === null || raw === undefined || raw === '') return null;
  switch (column.type) {
    case CellType.MONEY:
    case CellType.RATE:
    case CellType.INTEGER:
      return Number(raw);
    case CellType.DATE: {
      const [y, m, d] = String(raw).split('-').map(Number);
      return new Date(Date.UTC(y, m - 1, d));
    }
    case CellType.DATETIME: {
      // The bureau's wall-clock time, stored as if it were UTC: spreadsheets have no time zones.
      const p = wallClockParts(new Date(String(raw)));
      return new Date(Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second));
    }
    case CellType.BOOLEAN:
      return raw ? '是' : '否';
    case CellType.ENUM: {
      const names = enumNames.get(column.enumName ?? '');
      const values = Array.isArray(raw) ? raw : [raw];
      return values.length ? values.map((v) => names?.get(String(v)) ?? String(v)).join('、') : null;
    }
    default:
      return String(raw);
  }
}

/** Every enum's value → its description (the Chinese name), read once from the schema. */
export function enumNamesOf(schema: GraphQLSchema): Map<string, Map<string, string>> {
  const names = new Map<string, Map<string, string>>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isEnumType(type)) continue;
    names.set(type.name, new Map(type.getValues().map((v) => [v.name, v.description ?? v.name])));
  }
  return names;
}

export interface SheetHeading {
  /** "汉滨区乡村振兴局 · 项目库" */
  title: string;
  /** "筛选：年度 2021；镇办 瀛湖镇 ｜ 导出人：… ｜ 导出时间：… ｜ 共 775 条" */
  subtitle: string;
}

/** Where the finished pieces go (the database), in order; resolves when stored. */
export type ChunkSink = (seq: number, data: Buffer) => Promise<void>;

/**
 * Writes one sheet as the rows arrive: a title row, a line saying what was exported by whom and
 * when, the Chinese headers, then the rows, each committed (and forgotten) as it is added. The
 * zipped bytes are cut into CHUNK_BYTES pieces and handed to `sink` with backpressure, so memory
 * stays bounded for any number of rows.
 */
export class StreamingXlsx {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly sheet: ExcelJS.Worksheet;
  private readonly output: Writable;
  private readonly finished: Promise<void>;
  private readonly hash = createHash('sha256');
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private seq = 0;
  bytes = 0;

  constructor(
    private readonly columns: ExportColumn[],
    heading: SheetHeading,
    sheetName: string,
    private readonly enumNames: Map<string, Map<string, string>>,
    private readonly sink: ChunkSink,
  ) {
    this.output = new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        this.hash.update(chunk);
        this.bytes += chunk.length;
        this.pending.push(chunk);
        this.pendingBytes += chunk.length;
        if (this.pendingBytes < CHUNK_BYTES) return done();
        this.flush().then(() => done(), done);
      },
      final: (done) => {
        this.flush().then(() => done(), done);
      },
    });
    this.finished = new Promise((resolve, reject) => {
      this.output.once('finish', resolve);
      this.output.once('error', reject);
    });
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: this.output,
      useStyles: true,
      useSharedStrings: false,
    });
    this.workbook.creator = '汉滨区乡村振兴局数据平台';
    this.sheet = this.workbook.addWorksheet(sheetName.slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 3 }],
    });
    this.sheet.columns = columns.map((c) => ({
      width: c.width ?? 14,
      style: NUMBER_FORMAT[c.type] ? { numFmt: NUMBER_FORMAT[c.type] } : {},
    }));
    const title = this.sheet.addRow([heading.title]);
    title.font = { bold: true, size: 14 };
    title.getCell(1).numFmt = '@';
    this.sheet.mergeCells(1, 1, 1, columns.length);
    title.commit();
    const subtitle = this.sheet.addRow([heading.subtitle]);
    subtitle.font = { color: { argb: 'FF595959' } };
    subtitle.getCell(1).numFmt = '@';
    this.sheet.mergeCells(2, 1, 2, columns.length);
    subtitle.commit();
    const header = this.sheet.addRow(columns.map((c) => c.header));
    header.font = { bold: true };
    header.eachCell((cell) => {
      cell.numFmt = '@';
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
      cell.border = { bottom: { style: 'thin' } };
    });
    header.commit();
  }

  /** Adds one record; it is written out at once. */
  addRecord(node: Record<string, unknown>): void {
    const row = this.sheet.addRow(this.columns.map((c) => cellValue(c, c.value(node), this.enumNames)));
    row.commit();
  }

  /** Closes the workbook and waits until the last piece is stored; the file's sha256. */
  async finish(): Promise<string> {
    this.sheet.commit();
    await this.workbook.commit();
    await this.finished;
    return this.hash.digest('hex');
  }

  private async flush(): Promise<void> {
    if (this.pendingBytes === 0) return;
    const data = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    // Pieces of at most CHUNK_BYTES: one write can overshoot the threshold.
    for (let offset = 0; offset < data.length; offset += CHUNK_BYTES) {
      await this.sink(this.seq++, data.subarray(offset, offset + CHUNK_BYTES));
    }
  }
}
