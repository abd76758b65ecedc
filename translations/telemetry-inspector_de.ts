<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BasicCounts</name>
    <message>
        <source>Counting dashboards, files, flows, roles and shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check that the report carries none of this instance&apos;s names, people, secrets or settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this JSON payload (e.g. one captured from the server) instead of the computed report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the payload %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 bytes, far larger than any report; is it the right file?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: telemetry-inspector [gui [--demo | PROJECT_DIR] | &lt;command&gt; [options]]

See exactly what a self-hosted Directus instance sends in its anonymous usage report.

Without a command (or with `gui`) the desktop window opens.

Commands:
  report [PROJECT_DIR]   compute the report Directus would send (nothing is sent)
  check [PROJECT_DIR]    prove the report carries no names, people, secrets or settings
  status [PROJECT_DIR]   whether Directus reports (requested, effective, why) and when next
  send [PROJECT_DIR]     review the report, then send it (--dry-run sends nothing)
  schedule [PROJECT_DIR] send on Directus&apos;s schedule until Ctrl-C
  history                the reports computed, sent and exported; --diff A B
  opt-out [PROJECT_DIR]  set TELEMETRY=false in the project&apos;s configuration file
  opt-in [PROJECT_DIR]   set TELEMETRY=true in the project&apos;s configuration file
  export [PROJECT_DIR] --output FILE
                         write a compliance export (payload, SHA-256, state, verdicts)
  verify FILE            check a compliance export
  gate [PROJECT_DIR]     receive the server&apos;s own reports: check, forward or hold
  gate list|approve|discard  the reports the gate received; its review queue

Options:
  --help, -h             this text; `telemetry-inspector &lt;command&gt; --help` for a command
  --version              the inspector&apos;s version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionsAndItems</name>
    <message>
        <source>Counting collections and items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directus reads the &apos;.&apos; in table %1 as a schema separator, so its count fails</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandSupport</name>
    <message>
        <source>Keep the report history in DIR (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try: telemetry-inspector %1 --help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplianceExport</name>
    <message>
        <source>Cannot write the export %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplianceExportVerifier</name>
    <message>
        <source>one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is a JSON %1, not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format &quot;%1&quot; version %2 (expected &quot;%3&quot; version %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all %1 required members present, each of the right type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the payload bytes is %1, as recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the payload bytes is %1, but the export records %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 payload bytes; recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payload bytes are not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parsed payload equals the payload bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parsed payload differs from what the payload bytes say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payload bytes are exactly JSON.stringify of the parsed payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payload bytes are not JSON.stringify of the parsed payload (extra whitespace, reordered keys or other edits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each of the %1 payload keys has its documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload keys without documentation: %1; documented as sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payload&apos;s version is %1, the export says Directus %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payload&apos;s database is %1, the export says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Directus version and database family agree with the payload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeEnvironment</name>
    <message>
        <source>The compose file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid YAML: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no services: section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no service &quot;%2&quot;; it has: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service in %1 uses a Directus image; name the Directus service with --service (services: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several services in %1 use a Directus image (%2); choose one with --service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, service %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names env_file %2, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (env_file of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sets %2 without a value: Compose takes it from the shell that runs it, which the inspector cannot see; pass --env %2=... if the server has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses ${%2}, which is not set in %3; Compose would take it from its shell (an empty value is used here).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a Directus database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production CMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Directus version the server runs (reported as `version`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use SSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directus version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept only in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so the password is not stored: you will be asked for it each time you connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Driver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directus &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MySQL / MariaDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CockroachDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oracle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseSettings</name>
    <message>
        <source>DB_CONNECTION_STRING is not a %1 URL (expected %2://user:password@host:port/database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB_CLIENT is not set (looked in %1). Directus needs it to start; set it in the project&apos;s configuration or pass --env DB_CLIENT=... if the server sets it in its environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown DB_CLIENT &quot;%1&quot; (in %2): Directus 12.4.1 would not start. Use one of sqlite3, pg, mysql, cockroachdb, mssql, oracledb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB_CLIENT=%1 needs %2, which %3 not set (looked in %4). Directus would not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB_CLIENT &quot;%1&quot; (%2) is valid for Directus, but this version of the inspector can only read SQLite, PostgreSQL and MySQL/MariaDB databases.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectusDecryptor</name>
    <message>
        <source>scrypt parameters N=%1, r=%2, p=%3 are not unsigned 32-bit integers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrypt parameters N=%1, r=%2, p=%3 are invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrypt parameters N=%1, r=%2, p=%3 need more than Node&apos;s 32 MiB limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>not an encrypted value (%n part(s) instead of 9)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unsupported format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported key derivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>salt, IV or tag is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IV decodes to no bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the authentication tag has %n byte(s), which Node does not accept</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>scrypt key derivation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the IV length (%n byte(s)) is not accepted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>decryption failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the authentication tag is not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong SECRET or damaged value (authentication failed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DotenvEditor</name>
    <message>
        <source>the file is not valid UTF-8, so it cannot be edited without risking other bytes; add the line %1=%2 by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dotenv would read other values differently after the change; add the line %1=%2 by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentFields</name>
    <message>
        <source>Reading the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node_modules/directus/package.json was not found; the version was %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write a compliance export: the exact payload, its SHA-256, the opt-out state, the redaction verdicts and each field&apos;s documentation, as one JSON file that `verify` can check later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export file to write (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the export file with --output FILE, e.g.
  telemetry-inspector export /srv/directus --output telemetry-export.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was written, but not recorded in the report history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry could not be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 payload bytes, SHA-256 %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directus would send nothing: %1. The export records the tolerant reading and this reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Compliance Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a compliance export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One JSON file with the exact report bytes and their SHA-256, the opt-out state, the redaction checks and each field&apos;s documentation. `telemetry-inspector verify FILE` checks it later. It holds no secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the written file in its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the compliance export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the licence and writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes): the report&apos;s %3 bytes, SHA-256 %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtensionCount</name>
    <message>
        <source>Discovering extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directus_extensions lacks column(s) %1 (an older schema)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table directus_extensions is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extension discovery fails as a whole, so Directus counts 0: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtensionCounter</name>
    <message>
        <source>sync: removes %1, no longer an entry of bundle %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync: adds entry row %1/%2 to bundle %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync: that bundle row is itself a child row, so Directus fails or drops the new entry by the random order of UUIDs (assumed here: it sorts last)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync: renames legacy row %1 to folder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync: adds row %1/%2 (enabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync: adds entry row %1/%2 to bundle %3 (enabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extension discovery failed (%1), so no row resolves to an extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its bundle row %2 is missing or resolves to nothing, so it is dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directus_extensions row %1 (%2) names row %3 as its bundle, but that row resolves to type %4, not a bundle; Directus throws and the report fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an entry of bundle %2, so it is dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such extension was discovered, not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a bundle, never counted itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, disabled, not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, enabled, counted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtensionDiscovery</name>
    <message>
        <source>%1%2 must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 has the wrong type (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 must be an object with app and api</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1sandbox must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1requestedScopes must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1request must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1request needs urls (strings) and methods (HTTP verbs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1type is not an app, API or hybrid extension type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1entries must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1type is not a known extension type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package.json is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type must be &quot;module&quot; or &quot;commonjs&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 extensions folder %2 exists but is not a readable directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the %2 extensions folder cannot be read (a broken symlink?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest of the %1 extension &quot;%2&quot; is invalid: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist, so no module extensions are counted; Directus itself would find no extensions at all (report 0) unless its working directory has a package.json, as installs normally do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing or is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dependencies of %1 that do not resolve to a package.json here, so they are not counted as module extensions (not installed, not exporting ./package.json, or only in Node&apos;s global folders, which the inspector does not search): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest of the package extension &quot;%1&quot; is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldCatalog</name>
    <message>
        <source>Your project&apos;s public URL (the value of PUBLIC_URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Directus version in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database vendor in use, not its contents or connection details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of Insights dashboards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of files in the system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of active flows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of active users with admin access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of active users who can access the app but are not admins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of active users who can only access the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of user-created collections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total number of items across all non-system collections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest number of fields in any single collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total number of fields across all collections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of enabled extensions (bundle entries counted one by one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total size of the database in bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combined size of stored files in bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether WebSockets are enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A random identifier generated for your project, not derived from any personal or project data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the Model Context Protocol server is enabled in the project settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether MCP clients are allowed to delete items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the MCP system prompt is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of URLs configured for the visual editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether an OpenAI API key is stored (the key itself is never sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether an Anthropic API key is stored (the key itself is never sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether a custom AI system prompt is set (the prompt itself is never sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether collaborative editing is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET requests since the last report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEARCH requests since the last report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST requests since the last report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUT requests since the last report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATCH requests since the last report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELETE requests since the last report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests answered from the response cache since the last report (already counted by method).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total API requests since the last report (GET, SEARCH, POST, PUT, PATCH and DELETE; cache hits are not added again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance and Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content and Schema Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features in Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Request Volume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldCounts</name>
    <message>
        <source>Counting fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table directus_fields (column collection) is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GateCommand</name>
    <message>
        <source>  personal data: an owner registration (email masked in the history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  redaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  diff against the computed report: UNEXPECTED changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  diff against the computed report: identical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  diff against the computed report: only api_requests* (expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  forward to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  forwarded: %1%2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive this project&apos;s Directus server&apos;s own reports on a local address, check them against the database, and forward them (at once, or with --hold after `gate approve ID`). Ctrl-C stops.
Other forms: gate list | gate approve ID [PROJECT_DIR] | gate discard ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on ADDRESS:PORT (default 127.0.0.1:8787).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold each report for review instead of forwarding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward to this intake (default: the project&apos;s TELEMETRY_URL; owner registrations: COMPLIANCE_URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow a --listen address other hosts can reach (no TLS; not recommended).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen must be ADDRESS:PORT with a numeric address, e.g. 127.0.0.1:8787.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forward destination %1 is this gate itself (TELEMETRY_URL in the project points here). Give the real intake with --forward-to, e.g. --forward-to https://telemetry.directus.io.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up the Ctrl-C handler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping after the running forward…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused %1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwarded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review gate listening on %1:%2 (%3) for %4; reports are %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held until `gate approve ID`; approved ones go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwarded to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the Directus server set TELEMETRY_URL=http://%1:%2 (Directus posts to /v1/metrics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review gate stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the reports the review gate received, newest last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review gate has received nothing yet.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward a held report with its original bytes. The Authorization header is never stored: it is taken from the project&apos;s TELEMETRY_AUTHORIZATION (PROJECT_DIR defaults to the folder the report was received for).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard a held report: it is never forwarded. Some licences require reports to reach Directus; discarding may breach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward to this intake (default: where the gate that held it would send it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: telemetry-inspector %1 ID%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no received report #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded #%1: it will not be forwarded.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received report #%1 is %2, not held.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GateStateText</name>
    <message>
        <source>true, the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on (TELEMETRY=%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off (TELEMETRY=%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directus sends a report every 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directus sends no reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none verified (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified (%1), from %2, expires %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GateTextFormatter</name>
    <message>
        <source>enabled by TELEMETRY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required by licence (the built-in Core licence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required by licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested:   %1 (TELEMETRY=%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective:   %1, %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:         %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence:     verified (%1), from %2, expires %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence:     none verified (%1)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>There is no history entry &quot;%1&quot; in %2; `telemetry-inspector history` lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the reports the inspector computed, sent and exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --diff: the newer entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the field changes from entry A to entry B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the exact bytes of one entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: telemetry-inspector history [--diff A B | --show ID]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 (%2) → #%3 (%4):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  no changes
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history in %1 is empty.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRIGGER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESTINATION / ERROR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Report History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one entry to see its bytes, or two (Ctrl+click, Shift+arrows) to see what changed between them. Kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history cannot be opened, so there is nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected entry, or the changes between two entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reports recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry, or two to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer or error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes, SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select exactly two entries to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from #%1 to #%2:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no field changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceFacts</name>
    <message>
        <source>secret configuration value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuration value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database (not opened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collection name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flow name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashboard name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file name or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored AI key, AI prompt or licence token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeRequestParser</name>
    <message>
        <source>The request head is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header lines must end with CRLF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request line is not &quot;METHOD /path HTTP/1.1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only HTTP/1.1 is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request target must be a path starting with &quot;/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folded header lines are not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header line has no &quot;name: value&quot; form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header name contains characters HTTP does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header value contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has more than %1 headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HTTP/1.1 request must have a Host header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer-Encoding (chunked) is not supported; send a Content-Length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has conflicting Content-Length headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Content-Length header is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Content-Length is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonConfigEditor</name>
    <message>
        <source>the file cannot be edited safely (%1); set &quot;%2&quot;: %3 in it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not start with a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a key at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;:&quot; at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable value at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;}&quot; at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the object at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicenseVerifier</name>
    <message>
        <source>not a JWT (expected three dot-separated parts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JWT (a part is not base64url)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JWT (header or payload is not a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed with %1, not EdDSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature does not match Directus&apos;s licence key (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued by &quot;%1&quot;, not directus-licensing-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not issued for the audience &quot;directus&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no expiry (exp), which Directus requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Directus Telemetry Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Directus project folder (File ▸ Open Project Folder…, Ctrl+O), the demo project (Ctrl+D) or connect to a database (Ctrl+Shift+O). Nothing is sent: the inspector only reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder a Directus server runs in (the one with .env)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the small blog project bundled with the inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect a Directus database whose project folder is not on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compute Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ollapse All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send Now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the report, then send it to the project&apos;s TELEMETRY_URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every report computed, sent or exported; compare two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Telemetry On/Off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set TELEMETRY in the project&apos;s configuration file, after review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a compliance export of this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved Co&amp;nnections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Directus Telemetry Inspector&lt;/b&gt; %1&lt;br&gt;Shows the anonymous usage report a Directus instance would send, before it leaves the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter fields by key, description or value (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report fields by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel computing the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder your Directus server runs in (with .env)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project cannot be read: %1
What to do: choose the folder Directus runs in — the one holding .env, package.json and node_modules/directus — or fix the file named above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo project was not found next to the program. What to do: reinstall, or open resources/demo from the source folder with Open Project Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These connection settings cannot be used: %1
What to do: check the driver, host and database in the connection form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That saved connection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain: enter the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is stored for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not give the password (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so the password was not stored; you will be asked for it next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database read-only…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the report was cancelled; nothing was read further. Press F5 to compute it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: fix the DB_* values in the project&apos;s configuration (or the connection form) and press F5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: check that the database is reachable and is the one Directus uses, then press F5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report computed; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directus would send nothing: %1. The values shown are the tolerant reading, each affected one marked approximate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptOutCommand</name>
    <message>
        <source>Set TELEMETRY=true in the project&apos;s configuration file (only that value changes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set TELEMETRY=false in the project&apos;s configuration file (only that value changes). Without a licence that allows it, Directus 12.4.1 ignores the setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the project has no configuration file, create one holding only TELEMETRY (only in a folder Directus runs in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try: telemetry-inspector %1 --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  line %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this change? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1 (the previous version is kept as %2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration cannot be read back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether Directus will report depends on its licence, which cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputWriter</name>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectConfig</name>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file (a folder, pipe or device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than %1 MiB, too large to be configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file %1 is JavaScript, which the inspector cannot run. Export the values it produces to a .env, .json or .yaml file and pass that with --config FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the configuration file %1: %2. Directus would refuse to start with it; check the file and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file %1 is not valid JSON: %2. Directus would refuse to start; fix the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file %1 is not valid YAML: %2. Directus would refuse to start; fix the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file %1 must hold one object of KEY: value pairs at the top level, but holds a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a Directus project folder. Pass the folder that holds the project&apos;s .env and node_modules, or the file itself with --config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project folder %1 does not exist. Pass the folder that holds the Directus project&apos;s .env and node_modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration path %1 is a folder; Directus expects a file there (.env, .json or .yaml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no configuration file at %1: only the server environment you supplied and Directus&apos;s defaults are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2) names the file %3, which cannot be read: %4. Directus would refuse to start; make the file readable to the inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directus default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &quot;version&quot; string (%2). Reinstall Directus, or give the version with --directus-version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--directus-version %1 was ignored: the project&apos;s installed Directus is %2 (node_modules/directus/package.json), and that is what it sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version %1 was %2: %3 is missing, so the inspector cannot check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing, so this folder does not look like a Directus install and the version Directus sends is unknown. Pass the Directus project folder, or give the version with --directus-version VERSION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the environment file %1 given with --env-file: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectOptions</name>
    <message>
        <source>The Directus project folder (holding .env, package.json and node_modules). Default: the current folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this configuration file instead of the project&apos;s .env (like CONFIG_PATH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A variable the server has in its process environment (Docker, systemd, …). Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables the server has in its process environment, as a dotenv file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat this shell&apos;s environment as the server&apos;s (only when the server runs with it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the server&apos;s environment from this Docker Compose file (environment: and env_file: of the Directus service). --env-file and --env override it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compose service to read (default: the one whose image is Directus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the database password (not echoed) instead of using DB_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up connecting to a database server after SECONDS (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up on a database query after SECONDS (default 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Directus version, when node_modules/directus/package.json is not in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--service needs --compose FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected one project folder, got %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Directus project in the current folder (%1 has no .env and no node_modules/directus). Pass the project folder, e.g.
  telemetry-inspector report /srv/directus
or a configuration file with --config FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--inherit-env</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--env-file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--env expects KEY=VALUE, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--env</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken from the image tag of compose service %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ask-password: no password was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typed at --ask-password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s environment, from %1 (service %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (the config file wins over %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (overrides %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RawJsonView</name>
    <message>
        <source>&amp;Indent for reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON that would be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent the JSON for reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the same report indented. The bytes that are sent are the compact ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the JSON to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the report that would be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes would be sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadOnlyConnection</name>
    <message>
        <source>The server at %1 has no database &quot;%2&quot; that user &quot;%3&quot; may use: it does not exist, or DB_USER has no rights on it. Check DB_DATABASE (or the database in DB_CONNECTION_STRING).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 refused user &quot;%2&quot;: wrong password or user (check DB_USER and DB_PASSWORD, or use --ask-password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 has no database &quot;%2&quot;. Check DB_DATABASE (or the database in DB_CONNECTION_STRING).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS to %1 failed. If the server requires TLS set DB_SSL=true; if it offers none, remove DB_SSL; for a private CA set DB_SSL__CA_FILE; DB_SSL__REJECT_UNAUTHORIZED=false skips certificate checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1 within %2 seconds. Is the host reachable from here (firewall, Docker network)? Values that only resolve inside Compose can be overridden with --env DB_HOST=... --env DB_PORT=....</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; does not resolve from here. If it is a Docker Compose service name, pass --env DB_HOST=&lt;address reachable from this machine&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1. Is the database server running, and are DB_HOST and DB_PORT right for this machine? (Inside Docker Compose the server may only be reachable as a service name; pass --env DB_HOST=... --env DB_PORT=....)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Server said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 databases is not supported by this version of the inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite database %1 (DB_FILENAME) does not exist. Check DB_FILENAME in the project&apos;s configuration; relative paths are resolved against the project folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite database %1 (DB_FILENAME) is not a readable file. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed; install the package libqt6sql6-sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the SQLite database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable SQLite database (%2). Is DB_FILENAME pointing at the right file, and is the file intact?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; install the package libqt6sql6-psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set DB_SEARCH_PATH on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept a read-only session (%2); the inspector will not read it through a writable connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s MySQL/MariaDB driver (QMYSQL) is not installed; install the package libqt6sql6-mysql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS was asked for (DB_SSL), but the server offers no TLS, so the session is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedactionChecker</name>
    <message>
        <source>case-insensitive, in decoded JSON strings; values shorter than %1 characters, only digits, or true/false/null are not searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to compare with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no values were read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 (%2) appears in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked %1; %2 found (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Not readable, so not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only documented keys, each of its documented type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payload is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payload is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 should be %2 but is %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documented key %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked %1 keys against the %2 documented keys and their types; %3 finding(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No names from the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user emails or names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secrets, keys, tokens or prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an API-key-shaped string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JWT-shaped string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a long high-entropy token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; credential shapes searched: sk-…, JWT, tokens of 24+ characters with ≥ 3.5 bits of entropy per character (UUIDs excepted): %1 found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No URL but PUBLIC_URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a URL with host %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found %1 URL(s); allowed host: %2 (from PUBLIC_URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none, PUBLIC_URL has no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other configuration values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedactionMask</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedactionModel</name>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedactionPanel</name>
    <message>
        <source>&lt;b&gt;Redaction check&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proves, against this instance&apos;s own names, people and secrets, that the report carries none of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redaction check result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redaction checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for the selected check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a check to see its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 checks found something that should not leave the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leak found, but %1 of %2 checks could not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 checks pass: the report carries none of this instance&apos;s names, people, secrets or settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks run when a report has been computed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedactionTextFormatter</name>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Compute the anonymous usage report this Directus project would send, without sending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json (the bytes Directus sends; default) or table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent the JSON for reading (not the bytes that are sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show progress on standard error, with the database&apos;s own row estimates (marked as such) while the exact counts run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be json or table, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collections: %1; items ≈ %2 (estimate from the database&apos;s statistics for %3 of %1 tables; the exact count is running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directus would send nothing: %1. The output above is the tolerant reading, with the affected values marked approximate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDiff</name>
    <message>
        <source>the older report is not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newer report is not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ %1 %2 (added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- %1 %2 (removed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportEngine</name>
    <message>
        <source>Checking the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Directus database: it has no %2 table(s). Check DB_FILENAME / DB_DATABASE in the project&apos;s configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3 collections counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 collections counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the report for leaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost while %2: %3. No report was made (a partial report is never shown). Check that the server is running and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 failed while %2: %3. No report was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database user (DB_USER) needs SELECT on every table Directus reads for the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportGate</name>
    <message>
        <source>not checked: an owner registration carries the owner&apos;s name and email by design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nowhere to forward it: COMPLIANCE_URL is not set and no --forward-to was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review gate cannot record the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held for review as #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received as #%1; forwarding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! could not compute the report to compare with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no received report #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received report #%1 is %2, not held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner registration #%1 was stored with its email masked; only the gate process that received it holds the original. Approve it there, or discard it (Directus sends it again daily while the project is pending).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report #%1 came with an Authorization header, which is never stored, and the project sets no TELEMETRY_AUTHORIZATION; give it with --env TELEMETRY_AUTHORIZATION=… or approve it in the running gate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nowhere to forward #%1: COMPLIANCE_URL is not set and no --forward-to was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received report #%1 changed meanwhile (approved or discarded elsewhere).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discarded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportHistory</name>
    <message>
        <source>Cannot create the history folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the history database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database %1 is damaged (%2); move it away to start a new history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database %1 was written by a newer version of the inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the history in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the history %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update received report %1 in the history %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportIntake</name>
    <message>
        <source>%1 is not a loopback address: the gate would accept reports (and Authorization headers) from the network. Use 127.0.0.1, or allow it explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1, which is reachable from other hosts, without TLS: anyone who can reach it can post reports, and Authorization headers cross the network in clear text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete request within %1 ms of connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: this is a Directus telemetry review gate; it accepts POST /v1/metrics and POST /v1/owner only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method not allowed: %1 accepts POST only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>(not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportSender</name>
    <message>
        <source>The send was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 had not finished answering after %3 ms; gave up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to %1:%2 within %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 redirects; fetch gives up there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirected to %1, which fetch does not follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 refused the connection (is anything listening there?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved (DNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress from %1:%2 for %3 ms; gave up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was not accepted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection in the middle of its answer (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTextFormatter</name>
    <message>
        <source>Directus would send nothing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values below are what an older or tolerant reading gives; those affected are marked ≈.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ approximate   ? not in the database (kept by the server)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestCounters</name>
    <message>
        <source>Request counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted in the server&apos;s memory or Redis, not in the database; shown as 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <source>Act as the reporter: send this project&apos;s report on Directus&apos;s schedule until stopped with Ctrl-C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>immediate (as Directus 12.4.1: the startup report goes out at once; default) or random (wait up to 30 minutes first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--startup-delay must be immediate or random.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry is off for this project (%1): Directus schedules nothing, and neither does the inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up the Ctrl-C handler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 report: sending %2 bytes (SHA-256 %3) to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not delivered (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 report skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next report at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next report at %1 plus a random wait of up to 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reporting for %1 on Directus&apos;s schedule (cron 0 */6 * * *, local time); Ctrl-C stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>stopped after %n attempt(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>Send the anonymous usage report of a Directus project to its TELEMETRY_URL, after review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what would be sent and where; send nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send without asking (needed when not on a terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up when the intake makes no progress for SECONDS (default 300, as Directus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout expects seconds between 0 and 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sending: standard input is not a terminal, so nobody can confirm. Review the output above and run again with --yes to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send these %1 bytes to %2? [y/N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history entry #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: %1 in %2 ms (%3).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered (%1): %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendReportDialog</name>
    <message>
        <source>Send Report Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and send the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review what would be sent. Nothing leaves this computer until you press Send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers (Authorization masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the Authorization value comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override TELEMETRY_AUTHORIZATION (kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use and Keep in Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the override and keep it in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the Authorization override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested telemetry state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective telemetry state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the licence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size and SHA-256 of the bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report bytes and changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact bytes that would be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since the last delivered report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact &amp;Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changes Since Last Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the report cannot be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the report now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain: the override is used in this window only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused it (%1): used in this window only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether Directus reports cannot be decided: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the override kept in the keychain (masked above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TELEMETRY_AUTHORIZATION in the project&apos;s configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: TELEMETRY_AUTHORIZATION is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes (one line; wrapped below only for reading), SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report of this project was delivered before (per the history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since #%1, delivered %2:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no field changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history cannot be opened: this send would not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as history entry #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: the history is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered: %1 in %2 ms. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered (%1): %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendResult</name>
    <message>
        <source>HTTP %1: accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendReview</name>
    <message>
        <source>Directus would send nothing: %1. The tolerant reading is not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry is off for this project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>             (TELEMETRY_URL = %1)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body (%1 bytes, SHA-256 %2):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes: no report from this project was delivered before.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last delivered report (#%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes: cannot compare with %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes: none since %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since %1:
  %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsFields</name>
    <message>
        <source>Reading project settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECRET is not known to the inspector, so this only says a value is stored; Directus sends true only if it decrypts with the server&apos;s SECRET (pass --env SECRET=... or --env-file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECRET is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is stored but does not decrypt with SECRET (%1), so Directus sends false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table directus_settings is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directus_settings lacks column(s) %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SizeFields</name>
    <message>
        <source>Measuring the database and stored files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the size query failed, so Directus sends 0: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column directus_files.filesize is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Show whether this Directus project reports, why, where to, and when the next report is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project:     %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination: %1%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (invalid: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (TELEMETRY_AUTHORIZATION is not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next send:   %1, then a random wait of up to 30 minutes (cron 0 */6 * * *, local time)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next send:   none; Directus schedules nothing while telemetry is off
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sent:   #%1, %2 to %3 (HTTP %4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sent:   never (by this inspector)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TelemetryGate</name>
    <message>
        <source>SECRET is not known to the inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored licence token cannot be decrypted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LICENSE_KEY is set but no token was activated yet (activation happens online at server start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no licence token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TELEMETRY is %1, so Directus sends a report every 6 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TELEMETRY is %1 (off), but it is ignored: without a verified licence (%2) Directus runs under its built-in Core licence, which requires telemetry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TELEMETRY is %1 (off), but the licence (from %2) requires telemetry, so Directus still sends reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TELEMETRY is %1 and the licence (from %2) does not require telemetry: Directus sends nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TelemetryReporter</name>
    <message>
        <source>the previous report is still being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>telemetry is off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no report could be built, so Directus would send nothing: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TelemetryRequest</name>
    <message>
        <source>TELEMETRY_AUTHORIZATION contains a line break or NUL; fetch rejects such a header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TELEMETRY_AUTHORIZATION contains characters outside Latin-1; fetch rejects such a header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TELEMETRY_URL &quot;%1&quot; is not an absolute URL, so new URL() throws and Directus sends nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TELEMETRY_URL uses the scheme &quot;%1&quot;; fetch only posts over http and https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TELEMETRY_URL contains a user name or password; fetch refuses such URLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1•••••••• (%n characters)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TelemetrySwitch</name>
    <message>
        <source>%1 is a symbolic link to %2, which does not exist. Fix the link (Directus cannot read it either), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, outside the project folder %3. The inspector does not write through such a link, because the file it leads to may be shared with something else. Set TELEMETRY in %2 yourself, or replace the link with a copy of the file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file; the inspector only edits ordinary configuration files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only for you (owner %2, mode %3). Nothing was changed. Make it writable (e.g. chmod u+w %1) or run the inspector as a user who may change it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not writable for you, and a safe replacement of %2 needs to create a temporary file and the backup there. Nothing was changed. Run the inspector as a user who may write in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TELEMETRY is read from the file %1 (named by TELEMETRY_FILE), and that wins over a TELEMETRY line. Nothing was changed. Write %2 into %1, or remove TELEMETRY_FILE, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directus&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TELEMETRY already asks for telemetry to be %1 (value %2, from %3); nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only true and 1 count as on, so %1 means off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TELEMETRY is also set (to %1) in the server environment you gave. Directus lets its configuration file override the environment, so the file&apos;s value wins; remove it from the environment (compose file, systemd unit) too, so the two do not disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TELEMETRY=%1 comes from the server environment: change it there (compose `environment:`, systemd `Environment=`, the pod spec) to %2 and restart Directus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set TELEMETRY=%1 where the server gets its environment (compose `environment:`, systemd `Environment=`, the pod spec) and restart Directus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no configuration file at %1, so this Directus is configured through its environment and a file edit alone may not reach it. %2 If Directus really runs in %3 and reads %1, run again with --create-config to create it with only that line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no configuration file at %1, and %2 is not a Directus install (no node_modules/directus), so a new file there would probably not be read. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, too large to be configuration; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set TELEMETRY in %1: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry before TELEMETRY gains the comma JSON requires between entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TELEMETRY is written %1 times in %2; Directus uses the last one. Every occurrence is changed, so the file does not contradict itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edit of %1 would change more than TELEMETRY when Directus reads the file, so nothing was changed. Set TELEMETRY=%2 in it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appeared since the change was planned; nothing was changed. Run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now leads to %2 instead of %3; nothing was changed. Run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed since the change was planned (someone else edited it?); nothing was changed. Run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup %1: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep the owner (user %2, group %3) and mode of %1 on the new file; run the inspector as that user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plainly: without a licence, Directus 12.4.1 ignores TELEMETRY=false and keeps sending reports. Only a licence that does not require telemetry lets the opt-out take effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plainly: this licence requires telemetry, so the opt-out has no effect while it is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directus reads its configuration only when it starts: restart Directus (e.g. `docker compose restart directus` or `systemctl restart directus`) for the change to apply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TelemetryToggleDialog</name>
    <message>
        <source>Telemetry On/Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn telemetry on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the configuration and the licence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old and new TELEMETRY line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested telemetry state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective telemetry state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s configuration cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The licence cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1; the previous version is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether Directus will report depends on its licence, which cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. Once Directus restarts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry is turned off in the configuration. Turn it on (TELEMETRY=true)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry is on in the configuration. Turn it off (TELEMETRY=false)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Turn Telemetry On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Turn Telemetry Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing to change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- (no TELEMETRY line: Directus&apos;s default, true, applies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected once Directus restarts: it sends a report every 6 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected once Directus restarts: it still sends reports. Telemetry is required by the Core licence, since there is no verified licence (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected once Directus restarts: it still sends reports. Telemetry is required by the licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected once Directus restarts: it sends no reports (the licence allows opting out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was changed, but the configuration cannot be read back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written. Reading the licence…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserCounts</name>
    <message>
        <source>Counting users by access level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table directus_users is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 is missing (a Directus 10 schema?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column directus_roles.parent is missing; roles inherit nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 active users are counted as %2 admin and app seats: Directus counts a user with a direct app policy and an inherited admin role twice; max(0, …) hides the overlap here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Check a compliance export written by `export`: structure, SHA-256 and payload consistency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try: telemetry-inspector verify --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one export file, e.g. telemetry-inspector verify telemetry-export.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the export %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 bytes, far larger than any export; is it the right file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not verify: it was changed after it was written, or is not a compliance export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 verifies: the payload bytes, their SHA-256 and the parsed payload agree.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YamlConfigEditor</name>
    <message>
        <source>%1, which the inspector does not edit automatically; set %2: %3 in the file by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 has content on a document marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level of the file is not a simple KEY: value mapping (line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on line %2 has a value that spans several lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on line %2 has a quoted value that does not end on that line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on line %2 is written as a block scalar, flow value, anchor, alias or tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The desktop window needs a display (DISPLAY or WAYLAND_DISPLAY is not set). On a server, use a command instead:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
