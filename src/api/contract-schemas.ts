// zod's settings first, before any schema is made (see the module). This is the dashboard's one door to
// the contract's response schemas, fetched when an answer needs one (response-shapes.ts says when).
import '../zod-config.ts';

export {
  apiErrorBody,
  describeIssues,
  organizationUsers,
  tasksPage,
  timeBlockStream,
  timeEntry,
  timeEntryPage,
  timeEntryWithTaskPage,
} from '../../contract/index.ts';
