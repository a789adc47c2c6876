#!/usr/bin/env bash
# Build (once) and start the test Neo4j server: start.sh PORT READY_FILE [--stdin] [--auth] [--workdir DIR] [--copy-from FOLDER]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
if [ ! -f target/classpath.txt ] || [ ! -d target/classes ] || [ -n "$(find pom.xml src -newer target/classpath.txt)" ]; then
  mvn -q -B package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >&2
  touch target/classpath.txt
fi
# heap fixed at 2 GiB (initial = max, as Neo4j's memory advice sets a production server;
# docker-compose.yml has the same): a little less server CPU than 1 GiB on a batched write
exec java -Xms2g -Xmx2g -cp "target/classes:$(cat target/classpath.txt)" TestServer "$@"
