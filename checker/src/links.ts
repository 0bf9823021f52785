/** `--check-links`: whether each web link of the banner answers without an error status. */
export interface LinkCheck {
  href: string;
  status?: number;
  error?: string;
  ok: boolean;
}

async function request(href: string, method: 'HEAD' | 'GET', timeoutMs: number): Promise<number> {
  const response = await fetch(href, { method, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
  await response.body?.cancel();
  return response.status;
}

/** HEAD first; servers that refuse or mishandle HEAD get a GET before the link is called broken. */
export async function checkLink(href: string, timeoutMs: number): Promise<LinkCheck> {
  try {
    let status = await request(href, 'HEAD', timeoutMs);
    if (status >= 400) status = await request(href, 'GET', timeoutMs);
    return { href, status, ok: status < 400 };
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return { href, error: `${error instanceof Error ? error.message : String(error)}${cause}`, ok: false };
  }
}

/** Every distinct http(s) link, in parallel (they point at a few well-known services). */
export function checkLinks(hrefs: readonly string[], timeoutMs: number): Promise<LinkCheck[]> {
  const web = [...new Set(hrefs)].filter((href) => /^https?:/i.test(href));
  return Promise.all(web.map((href) => checkLink(href, timeoutMs)));
}
