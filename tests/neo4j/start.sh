#!/usr/bin/env bash
# Build (once) and start the test Neo4j server: start.sh PORT READY_FILE [--stdin]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
if [ ! -f target/classpath.txt ] || [ ! -d target/classes ] || [ pom.xml -nt target/classpath.txt ]; then
  mvn -q -B package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >&2
fi
exec java -Xmx1g -cp "target/classes:$(cat target/classpath.txt)" TestServer "$@"
