import { useState } from 'react';
import { ReportBanner } from 'report-banner/react';

export function App() {
  const [log, setLog] = useState<string[]>([]);
  const record = (line: string) => setLog((lines) => [...lines, line]);
  return (
    <>
      <ReportBanner
        language="fr"
        variant="inline"
        remember={0}
        onShow={(event) => record(`show ${event.detail.language}`)}
        onDismiss={(event) => record(`dismiss ${event.detail.reason}`)}
        onLanguage={(event) => record(`language ${event.detail.language}`)}
        onLink={(event) => record(`link ${event.detail.contact}`)}
      />
      <output id="wrapper-log">{log.join('\n')}</output>
    </>
  );
}
