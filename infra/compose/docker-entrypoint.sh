#!/bin/sh
# Starts Helpdesk. Every *.crt file under /certificates (e.g. the Elasticsearch cluster's CA) is trusted in
# addition to the JDK's public CAs: they go into a copy of the JDK's trust store, which the JVM then uses.
set -eu

certs=$(find /certificates -name '*.crt' -type f 2>/dev/null | sort || true)
if [ -n "$certs" ]; then
    store=$(mktemp -d)/truststore.p12
    cp "$JAVA_HOME/lib/security/cacerts" "$store"
    for cert in $certs; do
        alias=$(echo "$cert" | sed 's|^/certificates/||; s|[/.]|-|g')
        keytool -importcert -noprompt -alias "$alias" -file "$cert" -keystore "$store" -storepass changeit >/dev/null
    done
    JAVA_TOOL_OPTIONS="${JAVA_TOOL_OPTIONS:-} -Djavax.net.ssl.trustStore=$store -Djavax.net.ssl.trustStorePassword=changeit"
    export JAVA_TOOL_OPTIONS
fi

exec java -jar /app/helpdesk.jar "$@"
