/**
 * The import page's state, kept at module level so the results survive moving to a dashboard
 * view and back (a client-side navigation); a reload clears it, like the session data itself.
 */
import type { ExportBundle } from '../export/types';
import type { AddMode } from '../db/user-exports';
import type { TableName } from '../db/types';
import { sessionFiles } from './csv';
import type { FileStage } from './ingest';
import { parseInWorker } from './parse-client';
import { summarizeImport, type FileSummary } from './summary';

export type { AddMode };

export interface DroppedEntry {
  name: string;
  size: number;
  stage: FileStage;
}

export interface AddOutcome {
  mode: AddMode;
  added: Partial<Record<TableName, number>>;
  errors: string[];
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

class ImportSession {
  status = $state<'idle' | 'parsing' | 'parsed' | 'error'>('idle');
  error = $state<string | null>(null);
  entries = $state<DroppedEntry[]>([]);
  bundle = $state.raw<ExportBundle | null>(null);
  files = $state.raw<FileSummary[]>([]);
  adding = $state(false);
  addError = $state<string | null>(null);
  addOutcome = $state.raw<AddOutcome | null>(null);

  /** Files whose stage is final. */
  get finished(): number {
    return this.entries.filter((e) => e.stage === 'done' || e.stage === 'failed').length;
  }

  /** Parse a new batch; it replaces the results shown (data already added stays added). */
  async parse(files: readonly File[]): Promise<void> {
    if (files.length === 0 || this.status === 'parsing') return;
    this.status = 'parsing';
    this.error = null;
    this.bundle = null;
    this.files = [];
    this.addOutcome = null;
    this.addError = null;
    this.entries = files.map((f) => ({ name: f.name, size: f.size, stage: 'waiting' }));
    try {
      const { sources, bundle } = await parseInWorker(files, (index, stage) => {
        const entry = this.entries[index];
        if (entry) entry.stage = stage;
      });
      this.bundle = bundle;
      this.files = summarizeImport(sources, bundle);
      this.status = 'parsed';
    } catch (e) {
      this.error = messageOf(e);
      this.status = 'error';
    }
  }

  /** Hand the parsed reports to the dashboard's database (P6's session data). */
  async add(mode: AddMode): Promise<void> {
    const bundle = this.bundle;
    if (!bundle || bundle.reports.length === 0 || this.adding) return;
    this.adding = true;
    this.addError = null;
    try {
      const { addUserExports } = await import('../db/session');
      const result = await addUserExports(sessionFiles(bundle), mode);
      this.addOutcome = { mode, added: result.added, errors: result.errors };
    } catch (e) {
      this.addError = messageOf(e);
    } finally {
      this.adding = false;
    }
  }

  /** Take every imported report out of the dashboard again: the bundled data only. */
  async undoAdd(): Promise<void> {
    if (this.adding) return;
    this.adding = true;
    this.addError = null;
    try {
      const { resetToBundled } = await import('../db/session');
      await resetToBundled();
      this.addOutcome = null;
    } catch (e) {
      this.addError = messageOf(e);
    } finally {
      this.adding = false;
    }
  }

  clear(): void {
    if (this.status === 'parsing') return;
    this.status = 'idle';
    this.error = null;
    this.entries = [];
    this.bundle = null;
    this.files = [];
    this.addOutcome = null;
    this.addError = null;
  }
}

export const importSession = new ImportSession();
