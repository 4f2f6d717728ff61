/**
 * The strict Excel fake (test/excel/fakeExcel.ts) bundled for the browser as window.PlanTrackerFake,
 * so the e2e stub of office.js can hand the pane a fake Excel.run.
 */
const path = require("path");

module.exports = (outDir) => ({
  mode: "development",
  devtool: false,
  target: ["web", "es2020"],
  entry: path.resolve(__dirname, "../excel/fakeExcel.ts"),
  output: { path: outDir, filename: "fakeExcel.js", library: { name: "PlanTrackerFake", type: "window" } },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: "ts-loader",
        options: {
          instance: "e2e-fake",
          configFile: path.resolve(__dirname, "../../tsconfig.json"),
          transpileOnly: true,
          compilerOptions: { noEmit: false, module: "ES2020", sourceMap: false },
        },
      },
    ],
  },
  stats: "errors-warnings",
  performance: { hints: false },
});
