import { graphql } from '../gql';

export const ExportJobFieldsFragment = graphql(`
  fragment ExportJobFields on ExportJob {
    id
    dataset
    title
    status
    totalRows
    doneRows
    progress
    fileName
    byteSize
    error
    downloadUrl
    createdAt
    finishedAt
    expiresAt
  }
`);

export const StartExportMutation = graphql(`
  mutation StartExport($input: StartExportInput!) {
    startExport(input: $input) {
      ...ExportJobFields
    }
  }
`);

export const ExportJobQuery = graphql(`
  query ExportJob($id: ID!) {
    exportJob(id: $id) {
      ...ExportJobFields
    }
  }
`);

export const MyExportsQuery = graphql(`
  query MyExports($limit: Int!) {
    myExports(limit: $limit) {
      ...ExportJobFields
    }
  }
`);
