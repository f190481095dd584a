// Webview script (runs under the page's CSP with a nonce). The extension sends already
// escaped HTML built by src/preview-html.ts; this only swaps it in.
(function () {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('preview');
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message && message.type === 'update' && typeof message.html === 'string' && root) {
      root.innerHTML = message.html;
    }
  });
  // Updates posted before this script ran are lost: ask for the current content.
  vscode.postMessage({ type: 'ready' });
})();
