// Loaded first on the strict-CSP page (an external script, as the policy forbids inline ones): records
// every Content Security Policy and Trusted Types violation, and every uncaught error, for the test to read.
window.__cspViolations = [];
window.__pageErrors = [];
window.addEventListener('error', (e) => {
  window.__pageErrors.push(String(e.message));
});
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample || ''}`);
});
