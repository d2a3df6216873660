import { lazy, Suspense } from 'react';
import { Link, useLocation } from './router.tsx';
import { PipelinesPage } from './pages/PipelinesPage.tsx';
import { ExecutionsPage } from './pages/ExecutionsPage.tsx';

// The graph pages carry React Flow, ELK's client and CodeMirror: loaded when first opened,
// so the pipelines list comes up on the small main bundle.
const PipelinePage = lazy(() => import('./pages/PipelinePage.tsx').then((m) => ({ default: m.PipelinePage })));
const ExecutionPage = lazy(() => import('./pages/ExecutionPage.tsx').then((m) => ({ default: m.ExecutionPage })));

export function App() {
  const { path, query } = useLocation();
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  let page;
  if (parts[0] === 'pipelines' && parts[1]) page = <PipelinePage key={parts[1]} name={parts[1]} />;
  else if (parts[0] === 'executions' && parts[1]) page = <ExecutionPage key={parts[1]} arn={parts[1]} />;
  else if (parts[0] === 'executions') page = <ExecutionsPage query={query} />;
  else page = <PipelinesPage />;
  return (
    <>
      <header className="topbar">
        <Link to="/" className="brand">Stepline</Link>
        <Link to="/" className={parts.length === 0 || parts[0] === 'pipelines' ? 'active' : ''}>Pipelines</Link>
        <Link to="/executions" className={parts[0] === 'executions' ? 'active' : ''}>Executions</Link>
      </header>
      <main><Suspense fallback={<div className="muted">Loading…</div>}>{page}</Suspense></main>
    </>
  );
}
