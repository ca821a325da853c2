/**
 * What a client gets outside /api: the CIPP front end (a Next.js static web app), as when the
 * front-end URL is configured instead of the API URL.
 */
import type { HttpResult } from './http';

const PAGE = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="initial-scale=1, width=device-width"/><title>CIPP</title><meta name="theme-color" content="#F77F00"/><link rel="icon" href="/favicon.ico"/><link rel="preload" href="/_next/static/css/4f1c6a9e0b3d2c7a.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4f1c6a9e0b3d2c7a.css" data-n-g=""/><script defer="" nomodule="" src="/_next/static/chunks/polyfills-42372ed130431b0a.js"></script><script src="/_next/static/chunks/webpack-8c1b7ab5a1e4c0d2.js" defer=""></script><script src="/_next/static/chunks/framework-5f2b8b1f6c0c1a7e.js" defer=""></script><script src="/_next/static/chunks/main-0a9f1e3b7d2c4e68.js" defer=""></script><script src="/_next/static/chunks/pages/_app-3c5e7a9b1d2f4a60.js" defer=""></script><script src="/_next/static/chunks/pages/index-9e8d7c6b5a4f3e21.js" defer=""></script></head><body><noscript>You need to enable JavaScript to run CIPP.</noscript><div id="__next"></div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{}},"page":"/","query":{},"buildId":"cipp-10.9.0","nextExport":true,"autoExport":true,"isFallback":false,"scriptLoader":[]}</script></body></html>`;

export function frontendPage(): HttpResult {
	return { status: 200, contentType: 'text/html; charset=utf-8', body: PAGE, headers: { 'Cache-Control': 'no-cache' } };
}
