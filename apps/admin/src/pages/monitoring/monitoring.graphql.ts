import { graphql } from '../../gql';

// 防返贫监测: cases through the identification procedure, the board, warnings, the village notice.

/** A step of the procedure as configured (the procedure is versioned; never hard-code it). */
export const MonitoringStepFieldsFragment = graphql(`
  fragment MonitoringStepFields on MonitoringStep {
    position
    code
    name
    actor
    timeLimitDays
    minimumDays
    canReject
    recordsNotice
    requiredAttachments
  }
`);

/** A case as lists and the board show it. */
export const CaseRowFragment = graphql(`
  fragment CaseRow on MonitoringCase {
    id
    code
    type
    channel
    status
    greenChannel
    riskKinds
    openedOn
    nextStepDueOn
    overdue
    household {
      id
      code
      headName
    }
    town {
      code
      name
    }
    village {
      code
      name
    }
    nextStep {
      code
      name
    }
  }
`);

export const MonitoringCaseListQuery = graphql(`
  query MonitoringCaseList($filter: MonitoringCaseFilter, $sort: MonitoringCaseSort, $first: Int, $after: String) {
    monitoringCases(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...CaseRow
        }
      }
    }
  }
`);

/** Only the cursors: used to reach page N without loading pages 1…N-1. */
export const MonitoringCaseCursorsQuery = graphql(`
  query MonitoringCaseCursors($filter: MonitoringCaseFilter, $sort: MonitoringCaseSort, $first: Int, $after: String) {
    monitoringCases(filter: $filter, sort: $sort, first: $first, after: $after) {
      edges {
        cursor
      }
    }
  }
`);

export const MonitoringCaseDetailQuery = graphql(`
  query MonitoringCaseDetail($id: ID!) {
    monitoringCase(id: $id) {
      ...CaseRow
      reason
      completedSteps
      identifiedOn
      closedOn
      version
      updatedAt
      procedure {
        id
        code
        name
        totalWorkingDays
        steps {
          ...MonitoringStepFields
        }
      }
      nextStep {
        ...MonitoringStepFields
      }
      steps {
        id
        position
        stepCode
        outcome
        actedOn
        dueOn
        late
        actorName
        note
        noticeStart
        noticeEnd
      }
      attachments {
        id
        kind
        fileName
        size
        stepId
        url
      }
      assistance {
        id
        kind
        description
        responsiblePerson
        responsibleUnit
        startOn
        endOn
        amount
        beforeIdentification
      }
      elimination {
        method
        eliminatedOn
        incomeYear
        netIncomePerPerson
        monitoringLine
        note
        recordedBy
      }
      followUps {
        id
        visitedOn
        visitor
        stable
        finding
      }
    }
  }
`);

/** The steps of every procedure version, for the step filter. */
export const MonitoringProceduresQuery = graphql(`
  query MonitoringProcedures {
    monitoringProcedures {
      id
      name
      effectiveFrom
      steps {
        position
        code
        name
      }
    }
  }
`);

export const MonitoringBoardQuery = graphql(`
  query MonitoringBoard($townCode: ID, $perColumn: Int!) {
    monitoringBoard(townCode: $townCode, perColumn: $perColumn) {
      step {
        ...MonitoringStepFields
      }
      count
      overdueCount
      cases {
        id
        code
        type
        greenChannel
        nextStepDueOn
        overdue
        household {
          id
          headName
        }
        town {
          code
          name
        }
        village {
          code
          name
        }
      }
    }
  }
`);

export const MonitoringWarningRowFragment = graphql(`
  fragment MonitoringWarningRow on MonitoringWarning {
    id
    rule
    message
    since
    days
    stepCode
    dueOn
    year
    netIncomePerPerson
    monitoringLine
    town {
      code
      name
    }
    village {
      code
      name
    }
    household {
      id
      code
      headName
    }
    monitoringCase {
      id
      code
      status
    }
  }
`);

export const MonitoringWarningListQuery = graphql(`
  query MonitoringWarningList($filter: MonitoringWarningFilter, $first: Int, $after: String) {
    monitoringWarnings(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...MonitoringWarningRow
        }
      }
    }
  }
`);

/** Only the cursors: used to reach page N without loading pages 1…N-1. */
export const MonitoringWarningCursorsQuery = graphql(`
  query MonitoringWarningCursors($filter: MonitoringWarningFilter, $first: Int, $after: String) {
    monitoringWarnings(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
      }
    }
  }
`);

/** 村级公示: only what may be posted (no ID number, phone, address, health or income). */
export const VillageNoticeQuery = graphql(`
  query VillageNotice($villageCode: ID!) {
    villageNotice(villageCode: $villageCode) {
      title
      townName
      villageName
      generatedOn
      noticeStart
      noticeEnd
      minimumDays
      entries {
        headName
        groupName
        memberCount
        type
        reasons
      }
      footer
    }
  }
`);

export const OpenMonitoringCaseMutation = graphql(`
  mutation OpenMonitoringCase($input: OpenMonitoringCaseInput!) {
    openMonitoringCase(input: $input) {
      id
      code
    }
  }
`);

export const RecordMonitoringStepMutation = graphql(`
  mutation RecordMonitoringStep($input: RecordMonitoringStepInput!) {
    recordMonitoringStep(input: $input) {
      id
      status
      completedSteps
      nextStepDueOn
      version
    }
  }
`);

export const AddAssistanceMeasureMutation = graphql(`
  mutation AddAssistanceMeasure($input: AssistanceMeasureInput!) {
    addAssistanceMeasure(input: $input) {
      id
    }
  }
`);

export const EliminateRiskMutation = graphql(`
  mutation EliminateRisk($input: EliminateRiskInput!) {
    eliminateRisk(input: $input) {
      id
      status
      closedOn
      version
    }
  }
`);

export const RecordFollowUpVisitMutation = graphql(`
  mutation RecordFollowUpVisit($input: FollowUpVisitInput!) {
    recordFollowUpVisit(input: $input) {
      id
    }
  }
`);
