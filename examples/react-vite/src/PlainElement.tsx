import type {} from 'report-banner/jsx';
import 'report-banner/define';
import { useState } from 'react';

export function PlainElement() {
  const [log, setLog] = useState<string[]>([]);
  return (
    <>
      <report-banner
        data-lang="de"
        data-variant="inline"
        data-remember="0"
        onreport-banner-dismiss={(event) => setLog((lines) => [...lines, `dismiss ${event.detail.reason}`])}
      />
      <output id="element-log">{log.join('\n')}</output>
    </>
  );
}
