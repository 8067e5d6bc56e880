// A Node module hook: resolves packages with the `ctkit-source` export condition, as
// `node --conditions=ctkit-source` does, so that `@ctkit/core/schemas` and `@ctkit/core/messages` are read
// from core's TypeScript sources. The receiver runs from the repository with tsx and needs no build.
export async function resolve(specifier, context, nextResolve) {
  const conditions = context.conditions.includes('ctkit-source')
    ? context.conditions
    : [...context.conditions, 'ctkit-source'];
  return nextResolve(specifier, { ...context, conditions });
}
