// The fixtures' own recorder, as a file: their Content-Security-Policy allows no inline script.
window.__warnings = [];
window.__errors = [];
window.__violations = [];
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.__warnings.push(args.join(' '));
  warn(...args);
};
window.onerror = (message) => {
  window.__errors.push(String(message));
};
window.onunhandledrejection = (event) => {
  window.__errors.push(`unhandled rejection: ${String(event.reason)}`);
};
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}: ${event.sample}`);
});
