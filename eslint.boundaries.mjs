/**
 * Tandem's own lint rule: a module marked "use client" runs in the browser, so it may import only
 * types from server code. Pure code that both sides need lives in src/shared.
 */
const serverModule = /^(@\/server\/|@\/generated\/|server-only$)/;

const isTypeOnly = (node) => {
  const kind = (n) => n.importKind ?? n.exportKind;
  const specifiers = node.specifiers ?? [];
  return kind(node) === "type" || (specifiers.length > 0 && specifiers.every((s) => kind(s) === "type"));
};

/** @type {import("eslint").ESLint.Plugin} */
export const boundaries = {
  rules: {
    "client-imports-types-only": {
      meta: {
        type: "problem",
        docs: { description: "A client component imports only types from src/server." },
        messages: {
          serverRuntime: "'{{source}}' is server code; a \"use client\" module may import only its types (pure shared code belongs in src/shared).",
        },
        schema: [],
      },
      create(context) {
        const isClient = context.sourceCode.ast.body.some((node) => node.type === "ExpressionStatement" && node.directive === "use client");
        if (!isClient) return {};
        const check = (node) => {
          if (node.source && serverModule.test(node.source.value) && !isTypeOnly(node)) {
            context.report({ node, messageId: "serverRuntime", data: { source: node.source.value } });
          }
        };
        return {
          ImportDeclaration: check,
          ExportNamedDeclaration: check,
          ExportAllDeclaration: check,
          ImportExpression: (node) => {
            if (node.source.type === "Literal" && serverModule.test(String(node.source.value))) {
              context.report({ node, messageId: "serverRuntime", data: { source: String(node.source.value) } });
            }
          },
        };
      },
    },
  },
};
