// The dialogs a screen opens itself (Needs attention's fixes), apart from index.ts so that a screen
// showing only the bar does not load them with it.
export { BulkDeleteDialog } from './bulk-delete-dialog.tsx';
export { PlanDialog, type PlanDialogProps } from './plan-dialog.tsx';
