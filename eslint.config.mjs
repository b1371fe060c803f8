import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-explicit-any": "error",
      // Prettier wraps code at 120 but never splits a string or a class list: keep those under 200.
      "max-len": ["error", { code: 200, ignoreUrls: true }],
    },
  },
  {
    // The boundary: pure domain logic never touches the database, Next or the server layer.
    files: ["lib/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/server/*", "@/lib/server/**", "@/lib/generated/**"],
              message: "lib/domain is pure: no database or server imports.",
            },
            {
              group: ["pg", "@prisma/*", "next", "next/*", "react", "react-dom"],
              message: "lib/domain is pure: no database, Next or React imports.",
            },
          ],
        },
      ],
    },
  },
  {
    // Client components cannot reach the database layer.
    files: ["components/**/*.tsx", "components/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/server/db/*", "pg", "@prisma/*"],
              message: "Components get data from pages and lib/server queries, never the database directly.",
            },
            {
              group: ["@/app/*", "@/app/**"],
              message: "Imports point down the layers: server actions live in lib/server/<feature>/, never in app/.",
            },
          ],
        },
      ],
    },
  },
  {
    // lib/ sits below app/: nothing in it reaches up into routes.
    files: ["lib/server/**/*.ts", "lib/config/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/app/*", "@/app/**"], message: "lib/ never imports from app/ (routes sit above it)." },
          ],
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "lib/generated/**",
    ".data/**",
    "playwright-report/**",
    "test-results/**",
    ".venv-connectors/**",
  ]),
]);
