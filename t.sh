#!/bin/bash
# runs the given tests, shows a short summary
cd /work/wt-orgaccounts
export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
./mvnw -q -B -ntp test -Dtest="$1" -Dsurefire.failIfNoSpecifiedTests=false > /tmp/orgaccounts-test.log 2>&1
echo "rc=$?"
grep -E "Tests run:|FAIL|expected|Expecting|but was|ERROR\] .*Test\.|Caused by|Exception:" /tmp/orgaccounts-test.log | grep -v "^\s*at " | cut -c1-400 | head -${2:-40}
