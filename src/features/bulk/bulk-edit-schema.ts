import * as z from 'zod/mini';
import { formatShift, parseShift, type BulkEdit } from '../../lib/bulk-plan.ts';
import { parseDuration } from '../../lib/duration-parse.ts';
import { formatDuration } from '../../lib/format-duration.ts';

/** The bulk form as typed: empty means "keep each entry's own value". */
export const bulkEditSchema = z
  .object({
    taskId: z.string(),
    type: z.enum(['', 'activity', 'break']),
    block: z.enum(['keep', 'set', 'clear']),
    blockId: z.string(),
    duration: z.string(),
    shift: z.string(),
  })
  .check(
    z.superRefine((v, ctx) => {
      if (v.block === 'set' && !/^\s*[1-9]\d{0,14}\s*$/.test(v.blockId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['blockId'],
          message: 'Enter a time block id: a whole number above 0.',
        });
      }
      if (v.duration.trim()) {
        const d = parseDuration(v.duration);
        if (!d.ok) ctx.addIssue({ code: 'custom', path: ['duration'], message: d.error });
      }
      if (v.shift.trim()) {
        const s = parseShift(v.shift);
        if (!s.ok) ctx.addIssue({ code: 'custom', path: ['shift'], message: s.error });
      }
    }),
  );
export type BulkEditValues = z.infer<typeof bulkEditSchema>;

export const EMPTY_EDIT: BulkEditValues = {
  taskId: '',
  type: '',
  block: 'keep',
  blockId: '',
  duration: '',
  shift: '',
};

export function toBulkEdit(v: BulkEditValues): BulkEdit {
  const edit: BulkEdit = {};
  if (v.taskId) edit.taskId = Number(v.taskId);
  if (v.type) edit.type = v.type;
  if (v.block === 'set') edit.timeBlockId = Number(v.blockId.trim());
  if (v.block === 'clear') edit.timeBlockId = null;
  if (v.duration.trim()) {
    const d = parseDuration(v.duration);
    if (d.ok) edit.duration = d.seconds;
  }
  if (v.shift.trim()) {
    const s = parseShift(v.shift);
    if (s.ok) edit.shift = s.shift;
  }
  return edit;
}

/**
 * The edit in words. Done, for the toast and the history: `Shifted start by +1h, set type to Break`;
 * planned, for the preview before anything is sent: `Shift start by +1h, set type to Break`.
 */
export function describeEdit(
  edit: BulkEdit,
  taskName: (id: number) => string,
  mood: 'done' | 'planned' = 'done',
): string {
  const planned = mood === 'planned';
  const parts: string[] = [];
  if (edit.shift) parts.push(`${planned ? 'shift' : 'shifted'} start by ${formatShift(edit.shift)}`);
  if (edit.taskId !== undefined) parts.push(`set task to ${taskName(edit.taskId)}`);
  if (edit.type) parts.push(`set type to ${edit.type === 'break' ? 'Break' : 'Activity'}`);
  if (edit.duration !== undefined) parts.push(`set duration to ${formatDuration(edit.duration)}`);
  if (edit.timeBlockId !== undefined) {
    parts.push(
      edit.timeBlockId === null
        ? `${planned ? 'take' : 'took'} them out of their time block`
        : `set time block to #${edit.timeBlockId}`,
    );
  }
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
