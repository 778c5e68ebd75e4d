# Sourced by ./mvnw and ./report-qa. The machine's default java may be 17 while report-qa needs 21+,
# so pick a JDK 21+ ourselves instead of failing later with a wall of compiler errors.
jdk_major() {
  # The release file of a JDK home says JAVA_VERSION="25.0.1"; old ones say "1.8.0".
  [ -f "$1/release" ] && [ -x "$1/bin/java" ] || { echo 0; return; }
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release")
  echo "${v:-0}"
}
if [ -z "${JAVA_HOME-}" ] || [ "$(jdk_major "$JAVA_HOME")" -lt 21 ]; then
  best="" best_major=0
  for dir in $(find /usr/lib/jvm /opt/java /opt -maxdepth 1 -mindepth 1 -type d 2>/dev/null) \
             $(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")"); do
    m=$(jdk_major "$dir")
    if [ "$m" -ge 21 ] && [ "$m" -gt "$best_major" ] && [ -x "$dir/bin/javac" ]; then best="$dir" best_major=$m; fi
  done
  if [ -z "$best" ]; then
    echo "report-qa needs a JDK 21 or newer and found none (JAVA_HOME=${JAVA_HOME-unset}). Install one, e.g. 'apt-get install openjdk-21-jdk', or set JAVA_HOME to it." >&2
    exit 1
  fi
  JAVA_HOME="$best"
  export JAVA_HOME
fi
