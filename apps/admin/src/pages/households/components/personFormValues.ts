import { normalizeIdNumber } from '@hanbin/ui';
import type { Education, HealthStatus, LabourSkill, PersonInput, Relation, WorkStatus } from '../../../gql/graphql';

/** What a member form holds (the head in 新建农户, anyone in 新增成员). */
export interface PersonValues {
  name: string;
  idNumber: string;
  relation?: Relation;
  education: Education;
  labourSkill: LabourSkill;
  workStatus: WorkStatus;
  health?: HealthStatus | null;
  workPlace?: string;
  medicalInsured?: boolean;
  pensionInsured?: boolean;
  familyDoctor?: boolean;
}

export const emptyPerson: Partial<PersonValues> = { medicalInsured: true, pensionInsured: false, familyDoctor: false };

/** Chinese characters, middle dot or letters, as the API's name rule. */
export const PERSON_NAME = /^[\p{Script=Han}·A-Za-z\s]{1,50}$/u;

export function toPersonInput(v: PersonValues, relation: Relation): PersonInput {
  return {
    name: v.name.trim(),
    idNumber: normalizeIdNumber(v.idNumber),
    relation,
    education: v.education,
    labourSkill: v.labourSkill,
    workStatus: v.workStatus,
    health: v.health ?? null,
    workPlace: v.workPlace?.trim() ?? '',
    medicalInsured: v.medicalInsured ?? false,
    pensionInsured: v.pensionInsured ?? false,
    familyDoctor: v.familyDoctor ?? false,
  };
}
