export { BulkBar } from './bulk-bar.tsx';
export { BulkDeleteDialog } from './bulk-delete-dialog.tsx';
export { PlanDialog, type PlanDialogProps } from './plan-dialog.tsx';
