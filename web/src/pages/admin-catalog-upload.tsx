import { type FormEvent, useState } from 'react';
import { ErrorMessage, SubmitButton } from '../components/form-feedback.tsx';
import type { StaffApi } from '../lib/staff-session.ts';
import { useAction } from '../lib/use-action.ts';

interface CatalogReport {
  products: number;
  variants: number;
  passages?: number;
  documents?: number;
  /** The server sends `created`; the contract draft said `inserted`. */
  created?: number;
  inserted?: number;
  updated: number;
  unchanged: number;
  /** `reason` alone; `description` says it with the row ("line 3: …"). */
  skipped: { row: number | null; reason?: string; message?: string; description?: string }[];
}

const formats = [
  ['auto', 'Detect from the file'],
  ['json', 'JSON'],
  ['csv', 'CSV'],
  ['shopify-csv', 'Shopify product CSV'],
  ['markdown', 'Markdown (store documents)'],
] as const;

/** Upload a catalog file; the report says what changed and which rows were skipped, and why. */
export function CatalogUpload({ call }: { call: StaffApi }) {
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<string>('auto');
  const [report, setReport] = useState<CatalogReport | null>(null);
  const { busy, error, run } = useAction('Could not read or upload the file.');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setReport(null);
    void run(async () => {
      const text = await file.text();
      const query = new URLSearchParams({ filename: file.name });
      if (format !== 'auto') query.set('format', format);
      const answer = await call<{ report: CatalogReport }>(`/api/admin/catalog?${query}`, { method: 'POST', rawBody: text });
      setReport(answer.report);
    });
  };

  return (
    <section className="card stack" aria-labelledby="catalog-heading">
      <h2 id="catalog-heading">Catalog upload</h2>
      <form className="stack" onSubmit={submit}>
        <label>
          Catalog file (JSON, CSV, Shopify CSV or Markdown)
          <input type="file" name="catalog" accept=".json,.csv,.md,.markdown,.txt,application/json,text/csv,text/markdown" onChange={(event) => (setFile(event.target.files?.[0] ?? null), setReport(null))} />
        </label>
        <label>
          Format
          <select value={format} onChange={(event) => setFormat(event.target.value)} name="format">
            {formats.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <SubmitButton busy={busy} busyLabel="Uploading…" disabled={!file}>
          Upload catalog
        </SubmitButton>
      </form>
      <ErrorMessage message={error} />
      {report ? <CatalogReportView report={report} /> : null}
    </section>
  );
}

function CatalogReportView({ report }: { report: CatalogReport }) {
  const created = report.created ?? report.inserted ?? 0;
  const documents = report.documents ? `, ${report.documents} store document${report.documents === 1 ? '' : 's'}` : '';
  return (
    <div className="stack catalog-report" aria-live="polite">
      <p className={report.skipped.length ? 'notice' : 'notice ok'} role="status">
        {report.products} product{report.products === 1 ? '' : 's'} and {report.variants} variant{report.variants === 1 ? '' : 's'}
        {documents} read: {created} new, {report.updated} updated,{' '}
        {report.unchanged} unchanged{report.skipped.length ? `; ${report.skipped.length} row${report.skipped.length === 1 ? '' : 's'} skipped` : ''}.
      </p>
      {report.skipped.length ? (
        <table className="skipped-rows">
          <caption>Skipped rows</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {report.skipped.map((skip, index) => (
              <tr key={`${skip.row}-${index}`} data-row={skip.row ?? ''}>
                <td>{skip.row ?? '–'}</td>
                <td>{skip.reason ?? skip.message ?? skip.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
