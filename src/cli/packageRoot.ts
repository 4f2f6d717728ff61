import * as fs from "fs";
import * as path from "path";

interface PackageJson {
  name?: string;
  version?: string;
}

let found: { dir: string; pkg: PackageJson } | undefined;

/**
 * The repository's folder and package.json, found upwards from this file: it runs as TypeScript
 * from src/cli (tests) and compiled from build/cli/cli (the bin), at different depths.
 */
function packageJson(): { dir: string; pkg: PackageJson } {
  if (found) return found;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (fs.existsSync(file)) {
      const pkg = JSON.parse(fs.readFileSync(file, "utf8")) as PackageJson;
      if (pkg.name === "plan-tracker") return (found = { dir, pkg });
    }
    if (path.dirname(dir) === dir) throw new Error(`package.json of plan-tracker not found above ${__dirname}`);
  }
}

export const packageRoot = (): string => packageJson().dir;
export const packageVersion = (): string => packageJson().pkg.version ?? "0.0.0";
