// Loaded first on the strict-CSP page (an external script, as the policy forbids inline ones): records
// every Content Security Policy and Trusted Types violation for the test to read.
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample || ''}`);
});
