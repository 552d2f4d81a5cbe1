// How an exported list is described: the query it pages through and how a node becomes a row.
// The lists themselves are in datasets/, one file per domain; export-datasets.ts names them.

/** How a cell is written: amounts as numbers with two decimals, dates as dates, enums by their Chinese names. */
export enum CellType {
  TEXT = 'TEXT',
  INTEGER = 'INTEGER',
  MONEY = 'MONEY',
  RATE = 'RATE',
  DATE = 'DATE',
  /** An instant, written as the bureau's wall-clock time to the second. */
  DATETIME = 'DATETIME',
  BOOLEAN = 'BOOLEAN',
  /** A GraphQL enum value (or a list of them), written as its description in the schema (its Chinese name). */
  ENUM = 'ENUM',
}

export type Node = Record<string, any>;

export interface ExportColumn {
  header: string;
  type: CellType;
  value: (node: Node) => unknown;
  /** The GraphQL enum whose value descriptions name an ENUM column's values. */
  enumName?: string;
  /** Column width in characters. */
  width?: number;
}

/** Variables a list page sends besides paging. */
export type ExportVariable = 'filter' | 'sort' | 'includeRevoked' | 'withHousehold';

/** A list as it is exported: everything but its name (export-datasets.ts gives that). */
export interface ExportList {
  /** The root connection field the query reads. */
  connection: string;
  /** Selects `totalCount pageInfo { hasNextPage endCursor } edges { node { … } }` of `connection`. */
  query: string;
  /** The variables a caller may give (besides paging), as the list page sends them. */
  variables: readonly ExportVariable[];
  /**
   * Chinese names of the filter's fields (and of any other variable), for the title row
   * ("筛选：年度 2021；镇办 …"); a variable without a name is left out of it.
   */
  filterLabels: Record<string, string>;
  /** How a filter field's values read in words, when they are codes of their own (an audit action). */
  filterValues?: Record<string, (value: string) => string>;
  columns: ExportColumn[];
}

/** Selects a connection's count and paging; every dataset's query has it. */
export const PAGE = 'totalCount pageInfo { hasNextPage endCursor }';

export const text = (header: string, value: (n: Node) => unknown, width = 14): ExportColumn => ({
  header,
  type: CellType.TEXT,
  value,
  width,
});
export const int = (header: string, value: (n: Node) => unknown, width = 10): ExportColumn => ({
  header,
  type: CellType.INTEGER,
  value,
  width,
});
export const money = (header: string, value: (n: Node) => unknown): ExportColumn => ({
  header,
  type: CellType.MONEY,
  value,
  width: 16,
});
export const rate = (header: string, value: (n: Node) => unknown): ExportColumn => ({
  header,
  type: CellType.RATE,
  value,
  width: 10,
});
export const date = (header: string, value: (n: Node) => unknown): ExportColumn => ({
  header,
  type: CellType.DATE,
  value,
  width: 12,
});
export const dateTime = (header: string, value: (n: Node) => unknown): ExportColumn => ({
  header,
  type: CellType.DATETIME,
  value,
  width: 20,
});
export const yesNo = (header: string, value: (n: Node) => unknown, width = 8): ExportColumn => ({
  header,
  type: CellType.BOOLEAN,
  value,
  width,
});
export const enumOf = (header: string, enumName: string, value: (n: Node) => unknown, width = 12): ExportColumn => ({
  header,
  type: CellType.ENUM,
  enumName,
  value,
  width,
});

/** 镇办代码, 镇办, 村代码, 村（社区） of a node with `town` and `village` (either may be absent). */
export function placeColumns(of: (n: Node) => Node = (n) => n): ExportColumn[] {
  return [
    text('镇办代码', (n) => of(n)?.town?.code, 12),
    text('镇办', (n) => of(n)?.town?.name, 12),
    text('村代码', (n) => of(n)?.village?.code, 14),
    text('村（社区）', (n) => of(n)?.village?.name, 14),
  ];
}
