import { Initial1795921596208 } from './1795921596208-Initial';
import { MoneyGuards1795921597208 } from './1795921597208-MoneyGuards';
import { Identity1795924157251 } from './1795924157251-Identity';
import { AuditGuards1795924158251 } from './1795924158251-AuditGuards';
import { AppRole1795924159251 } from './1795924159251-AppRole';
import { Monitoring1795931214348 } from './1795931214348-Monitoring';
import { MonitoringConfig1795931215348 } from './1795931215348-MonitoringConfig';
import { MonitoringDataset1795931774698 } from './1795931774698-MonitoringDataset';
import { Industry1795935926094 } from './1795935926094-Industry';
import { Stationing1795936742072 } from './1795936742072-Stationing';
import { Supervision1795937227632 } from './1795937227632-Supervision';
import { Idempotency1795942798562 } from './1795942798562-Idempotency';
import { FundingSummaryIndex1795945000000 } from './1795945000000-FundingSummaryIndex';
import { DataExport1795954070492 } from './1795954070492-DataExport';
import { DataImport1795955371234 } from './1795955371234-DataImport';
import { BackgroundImports1795964931915 } from './1795964931915-BackgroundImports';
import { ProjectTally1795970000000 } from './1795970000000-ProjectTally';
import { FundTally1795980000000 } from './1795980000000-FundTally';

/** Every migration, in order. Generated ones come from `db:generate-migration`; add each here. */
export const migrations = [
  Initial1795921596208,
  MoneyGuards1795921597208,
  Identity1795924157251,
  AuditGuards1795924158251,
  AppRole1795924159251,
  Monitoring1795931214348,
  MonitoringConfig1795931215348,
  MonitoringDataset1795931774698,
  Industry1795935926094,
  Stationing1795936742072,
  Supervision1795937227632,
  Idempotency1795942798562,
  FundingSummaryIndex1795945000000,
  DataExport1795954070492,
  DataImport1795955371234,
  BackgroundImports1795964931915,
  ProjectTally1795970000000,
  FundTally1795980000000,
];
