import { Dialog } from '../../components/dialog.tsx';

export const TITLES = { create: 'New entry', edit: 'Edit entry', duplicate: 'Duplicate entry' } as const;

/**
 * The form's dialog while its entry or its code is on the way. It is there the moment the form opens, so
 * focus moves into it and Escape closes it even before the rest has arrived.
 */
export function LoadingForm({ title, onClose }: { title: string; onClose: () => void }) {
  return (
    <Dialog title={title} onClose={onClose}>
      <div className="entry-form-loading" role="status" aria-busy="true" aria-label="Loading the entry">
        {[0, 1, 2].map((i) => (
          <div key={i} className="entry-form-loading-row">
            <span className="skeleton" style={{ width: '30%' }} />
            <span className="skeleton entry-form-loading-input" />
          </div>
        ))}
      </div>
    </Dialog>
  );
}

