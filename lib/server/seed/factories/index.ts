export { createEntity, createRelation, type CreateEntityInput } from "./catalogue";
export { createMembership, createTeam, createUser } from "./people";
export { createSubmittedAssessment, type CreateSubmittedAssessmentInput } from "./assessment";
export { uniqueName } from "./unique";
