/**
 * Two builds into one folder (dist/, or --env outDir=…):
 *
 *  - "taskpane": the React + Fluent UI pane for current webviews (Edge/WebView2, Safari, browsers),
 *    its styles resolved at build time (resolveStylesAtBuildTime). It also copies manifest.xml and
 *    assets/.
 *  - "es5": what Office 2016/2019 on Windows run in Internet Explorer 11 (or the old Edge webview):
 *    the ribbon's ExecuteFunction handlers (commands.js) and the classic task pane
 *    (taskpane-classic.js, with its static taskpane-classic.css), which taskpane.html loads instead
 *    of the React pane when the webview is that old. Both are ES5: TypeScript lowers the syntax
 *    (tsconfig.es5.json), Babel adds the core-js polyfills the code uses (useBuiltIns "usage",
 *    IE 11), each entry starts with the polyfills everything needs (Promise, Symbol, Map, Set, …)
 *    and unorm's String.prototype.normalize (core-js has none; the text core normalises to NFC),
 *    and webpack's own runtime is ES5 (target es5). test/build and test/classic check them with
 *    es-check and run them where those built-ins are missing.
 *
 * office.js comes from Microsoft's CDN (https://appsforoffice.microsoft.com/lib/1/hosted/office.js),
 * as Microsoft documents for add-ins: it is kept current for every host, including Office 2016's,
 * and AppSource requires it. The browser tests answer that address with their own stub.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const CORE_JS_VERSION = require("core-js/package.json").version;
const DEV_PORT = 3000;

/**
 * `webpack serve` speaks https when office-addin-dev-certs has installed its localhost certificate
 * (`npx office-addin-dev-certs install`, on Windows or macOS), since the manifest's URLs are
 * https://localhost:3000 and Office loads nothing else. Without the certificate (Linux, CI, browser
 * tests) it falls back to plain http on 127.0.0.1:3000: fine for a browser, not for Office.
 */
function devServerTransport() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const key = path.join(dir, "localhost.key");
  const cert = path.join(dir, "localhost.crt");
  const ca = path.join(dir, "ca.crt");
  if (fs.existsSync(key) && fs.existsSync(cert)) {
    const options = { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
    if (fs.existsSync(ca)) options.ca = fs.readFileSync(ca);
    return { host: "localhost", server: { type: "https", options } };
  }
  return { host: "127.0.0.1", server: "http" };
}

/**
 * The pane's styles, resolved at build time. Each `*.styles.ts` module of src/taskpane exports only
 * `makeStyles({...})` and `makeResetStyles({...})` hooks written against Fluent's tokens. At run
 * time Griffel would turn those objects into CSS on each component's first render (with stylis and
 * rtl-css-js, which then ship in the bundle too). Fluent's own components come with that work done
 * (`__styles(classes, cssRules)`, what @griffel/webpack-loader emits); this does the same for ours:
 * the module is run here, in Node, with makeStyles and makeResetStyles that only record their
 * argument, and each hook becomes `__styles(...)` (`__resetStyles(...)`) holding the class names and
 * CSS that Griffel's own resolveStyleRulesForSlots (resolveResetStyleRules) gives, exactly what it
 * would compute in the browser. The jest tests run the modules as written (Griffel at run time).
 */
const STYLES_MODULE = /[\\/]src[\\/]taskpane[\\/].*\.styles\.ts$/;
const FLUENT_DIR = path.dirname(require.resolve("@fluentui/react-components/package.json"));
const fromFluent = (id) => require(require.resolve(id, { paths: [FLUENT_DIR] }));
const RECORDED = Symbol("makeStyles argument");
const RECORDED_RESET = Symbol("makeResetStyles argument");

/** What a styles module may import from @fluentui/react-components, without loading all of it. */
let fluentForStyles = null;
function stylesContext() {
  if (!fluentForStyles) {
    const theme = fromFluent("@fluentui/react-theme");
    const tabster = fromFluent("@fluentui/react-tabster");
    const griffel = fromFluent("@griffel/core");
    fluentForStyles = {
      makeStyles: (stylesBySlots) => ({ [RECORDED]: stylesBySlots }),
      makeResetStyles: (styles) => ({ [RECORDED_RESET]: styles }),
      tokens: theme.tokens,
      typographyStyles: theme.typographyStyles,
      shorthands: griffel.shorthands,
      createCustomFocusIndicatorStyle: tabster.createCustomFocusIndicatorStyle,
      createFocusOutlineStyle: tabster.createFocusOutlineStyle,
    };
  }
  return fluentForStyles;
}

/** Babel plugin (run after ts-loader): replaces a styles module by its resolved styles. */
function resolveStylesAtBuildTime(babel) {
  return {
    name: "plan-tracker-styles-at-build-time",
    visitor: {
      Program: {
        exit(program, state) {
          const file = state.filename;
          const ts = require("typescript");
          const { outputText } = ts.transpileModule(fs.readFileSync(file, "utf8"), {
            compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
            fileName: file,
          });
          const allowed = stylesContext();
          const module = { exports: {} };
          const requireForStyles = (id) => {
            if (id === "@fluentui/react-components") return allowed;
            throw new Error(`${file}: a .styles.ts module imports only from @fluentui/react-components (not ${id})`);
          };
          new Function("exports", "require", "module", outputText)(module.exports, requireForStyles, module);
          const { resolveStyleRulesForSlots, resolveResetStyleRules } = fromFluent("@griffel/core");
          let code = 'import { __resetStyles, __styles } from "@fluentui/react-components";\n';
          for (const [name, value] of Object.entries(module.exports)) {
            if (name === "__esModule") continue;
            let hook;
            if (value && value[RECORDED]) hook = `__styles(${resolveStyleRulesForSlots(value[RECORDED]).map((x) => JSON.stringify(x))})`;
            else if (value && value[RECORDED_RESET]) hook = `__resetStyles(${resolveResetStyleRules(value[RECORDED_RESET]).map((x) => JSON.stringify(x))})`;
            else throw new Error(`${file}: export ${name} is not a makeStyles() or makeResetStyles() hook`);
            code += `export const ${name} = /*#__PURE__*/ ${hook};\n`;
          }
          program.node.body = babel.parseSync(code, { sourceType: "module", babelrc: false, configFile: false }).program.body;
          program.node.directives = [];
        },
      },
    },
  };
}

/** Babel after TypeScript: adds `import "core-js/modules/…"` for each built-in the ES5 output uses. */
const babelForIE11 = {
  loader: "babel-loader",
  options: {
    babelrc: false,
    configFile: false,
    sourceType: "unambiguous",
    presets: [
      [
        "@babel/preset-env",
        { targets: { ie: "11" }, useBuiltIns: "usage", corejs: CORE_JS_VERSION, modules: false },
      ],
    ],
  },
};

// Prepended to each ES5 entry. Babel's "usage" mode covers the rest; these are here because the
// use cases, the adapter and Office's callbacks all rely on them, whatever the code happens to name.
const ES5_POLYFILLS = [
  "core-js/es/promise",
  "core-js/es/symbol",
  "core-js/es/map",
  "core-js/es/set",
  "core-js/es/weak-map",
  "core-js/es/array/from",
  "core-js/es/array/iterator",
  "core-js/es/array/find",
  "core-js/es/array/find-index",
  "core-js/es/array/includes",
  "core-js/es/object/assign",
  "core-js/es/object/entries",
  "core-js/es/object/values",
  "core-js/es/string/iterator",
  "core-js/es/string/starts-with",
  "core-js/es/string/ends-with",
  "core-js/es/string/includes",
  "core-js/es/string/pad-start",
  "core-js/es/string/repeat",
  "core-js/es/number/is-integer",
  "core-js/es/number/is-finite",
  "unorm", // String.prototype.normalize
];

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const outDir = path.resolve(__dirname, env.outDir || "dist");
  // Two compilers share the folder, so neither may use output.clean; a build starts from empty.
  if (env.WEBPACK_BUILD) fs.rmSync(outDir, { recursive: true, force: true });

  const common = {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    output: { path: outDir, filename: "[name].js" },
    performance: { hints: false },
    stats: "errors-warnings",
  };

  const taskpane = {
    ...common,
    name: "taskpane",
    target: ["web", "es2020"],
    entry: { taskpane: "./src/taskpane/index.tsx" },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            instance: "taskpane",
            configFile: path.resolve(__dirname, "tsconfig.json"),
            transpileOnly: true,
            compilerOptions: { noEmit: false, module: "ES2020", sourceMap: !production },
          },
        },
        {
          // After ts-loader ("post"): see resolveStylesAtBuildTime.
          test: STYLES_MODULE,
          enforce: "post",
          loader: "babel-loader",
          options: { babelrc: false, configFile: false, sourceType: "module", plugins: [resolveStylesAtBuildTime] },
        },
        { test: /\.(png|jpe?g|gif|svg)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        // The page adds the bundle itself, only after its ES5 check passes: Internet Explorer 11
        // (Office 2016/2019) then shows the plain "needs a newer Office" message and never
        // downloads a bundle it cannot parse.
        inject: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          // `minimized`: copied as they are.
          { from: "manifest.xml", to: "manifest.xml", info: { minimized: true } },
          { from: "assets", to: "assets", info: { minimized: true } },
        ],
      }),
    ],
    devServer: {
      ...devServerTransport(),
      port: DEV_PORT,
      allowedHosts: "all",
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      // No live-reload client: it is modern JavaScript and would be injected into the ES5 commands
      // bundle too (breaking it in IE 11); reload the pane by hand (right-click → Reload).
      client: false,
      hot: false,
      liveReload: false,
      webSocketServer: false,
    },
  };

  // One compilation for both ES5 entries, so the engine they share is lowered once. Without
  // splitChunks for initial chunks, each entry is one whole file, as IE 11 loads it.
  const es5 = {
    ...common,
    name: "es5",
    target: ["web", "es5"],
    entry: {
      commands: [...ES5_POLYFILLS, "./src/commands/commands.ts"],
      "taskpane-classic": [...ES5_POLYFILLS, "./src/taskpane-classic/index.ts"],
    },
    resolve: {
      extensions: [".ts", ".js"],
      // xml-naming (under fast-xml-parser, the Word reader's XML parser) builds "u"-flag regular
      // expressions when it loads, which IE 11 refuses: the whole bundle would stop. The same checks
      // without that flag (src/taskpane-classic/xmlNaming.ts; test/classic checks they agree).
      alias: { "xml-naming$": path.resolve(__dirname, "src/taskpane-classic/xmlNaming.ts") },
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: [
            babelForIE11,
            {
              loader: "ts-loader",
              options: {
                instance: "es5",
                configFile: path.resolve(__dirname, "tsconfig.es5.json"),
                transpileOnly: true,
                compilerOptions: { sourceMap: !production },
              },
            },
          ],
        },
        {
          // Packages that ship ES2015+ get lowered too; core-js and unorm are ES5 already (and core-js
          // must not be fed its own polyfills).
          test: /\.m?js$/,
          exclude: /node_modules[\\/](core-js|unorm|webpack|@babel)[\\/]/,
          use: [babelForIE11],
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        // Plain <script> at the end of <body>: the handlers exist as soon as the page has loaded.
        scriptLoading: "blocking",
        inject: "body",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "src/commands/message.html", to: "message.html", info: { minimized: true } },
          // Static CSS, written for IE 11 (no custom properties, grid or flex gap; test/classic checks it).
          { from: "src/taskpane-classic/taskpane-classic.css", to: "taskpane-classic.css", info: { minimized: true } },
        ],
      }),
    ],
  };

  return [taskpane, es5];
};
