# Shared by bench/*/run (sourced, not run): build the engine and install the peers.
# Expects $root (the repository) to be set.

# Builds target/stepline.jar, target/lib and the test classes holding the Java benchmarks
# (incremental; BENCH_SKIP_BUILD=1 skips it when you know the build is current).
bench_build() {
  if [ "${BENCH_SKIP_BUILD:-0}" = 1 ] && [ -d "$root/target/test-classes/io/stepline/bench" ]; then
    return
  fi
  echo "[bench] building (mvn package, tests skipped) ..." >&2
  (cd "$root" && mvn -q -B -DskipTests -Dui.skip package >&2)
}

# The classpath of the Java benchmark mains: test classes, main classes, runtime libraries.
bench_classpath() {
  echo "$root/target/test-classes:$root/target/classes:$root/target/lib/*"
}

# Installs the npm peers listed in bench/package.json into bench/node_modules (never a runtime
# dependency of Stepline). Reinstalls when the lock file changed since the last install.
bench_node_peers() {
  command -v node >/dev/null || { echo "[bench] node is needed for the Node peers" >&2; exit 1; }
  local marker="$root/bench/node_modules/.package-lock.json"
  if [ -f "$marker" ] && [ ! "$root/bench/package-lock.json" -nt "$marker" ]; then
    return
  fi
  echo "[bench] installing Node peers into bench/node_modules ..." >&2
  if [ -f "$root/bench/package-lock.json" ]; then
    (cd "$root/bench" && npm ci --no-audit --no-fund --loglevel=error >&2)
  else
    (cd "$root/bench" && npm install --no-audit --no-fund --loglevel=error >&2)
  fi
}
