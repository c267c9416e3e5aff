/** What stands for a task in labels: its name when known, else its id, or `No task` for an entry without one. */
export function taskName(taskId: number | null | undefined, name?: string | null): string {
  if (name) return name;
  return taskId ? `Task #${taskId}` : 'No task';
}

/** What stands for a person in labels: their name when known, else their user id. */
export function personName(userId: number, name?: string | null): string {
  return name || `Person #${userId}`;
}
