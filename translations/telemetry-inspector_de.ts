<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BasicCounts</name>
    <message>
        <source>Counting dashboards, files, flows, roles and shares</source>
        <translation>Dashboards, Dateien, Flows, Rollen und Freigaben werden gezählt</translation>
    </message>
    <message>
        <source>table %1 is missing</source>
        <translation>Tabelle %1 fehlt</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check that the report carries none of this instance&apos;s names, people, secrets or settings.</source>
        <translation>Prüfen, dass der Bericht keine Namen, Personen, Geheimnisse oder Einstellungen dieser Instanz enthält.</translation>
    </message>
    <message>
        <source>Check this JSON payload (e.g. one captured from the server) instead of the computed report.</source>
        <translation>Diese JSON-Payload (z. B. eine vom Server mitgeschnittene) statt des berechneten Berichts prüfen.</translation>
    </message>
    <message>
        <source>Cannot read the payload %1: %2</source>
        <translation>Die Payload %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, far larger than any report; is it the right file?</source>
        <translation>%1 ist %2 Bytes groß, weit größer als jeder Bericht; ist das die richtige Datei?</translation>
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
        <translation>Aufruf: telemetry-inspector [gui [--demo | PROJECT_DIR] | &lt;command&gt; [options]]

Zeigt genau, was eine selbst gehostete Directus-Instanz in ihrem anonymen Nutzungsbericht sendet.

Ohne Befehl (oder mit `gui`) öffnet sich das Desktop-Fenster.

Befehle:
  report [PROJECT_DIR]   den Bericht berechnen, den Directus senden würde (es wird nichts gesendet)
  check [PROJECT_DIR]    nachweisen, dass der Bericht keine Namen, Personen, Geheimnisse oder Einstellungen enthält
  status [PROJECT_DIR]   ob Directus Berichte sendet (angefordert, wirksam, Grund) und wann der nächste fällig ist
  send [PROJECT_DIR]     den Bericht prüfen und dann senden (--dry-run sendet nichts)
  schedule [PROJECT_DIR] nach dem Zeitplan von Directus senden, bis Strg+C
  history                die berechneten, gesendeten und exportierten Berichte; --diff A B
  opt-out [PROJECT_DIR]  TELEMETRY=false in der Konfigurationsdatei des Projekts setzen
  opt-in [PROJECT_DIR]   TELEMETRY=true in der Konfigurationsdatei des Projekts setzen
  export [PROJECT_DIR] --output FILE
                         einen Compliance-Export schreiben (Payload, SHA-256, Status, Prüfergebnisse)
  verify FILE            einen Compliance-Export prüfen
  gate [PROJECT_DIR]     die eigenen Berichte des Servers empfangen: prüfen, weiterleiten oder zurückhalten
  gate list|approve|discard  die vom Gate empfangenen Berichte; seine Prüfwarteschlange

Optionen:
  --help, -h             dieser Text; `telemetry-inspector &lt;command&gt; --help` für einen Befehl
  --version              die Version des Inspectors
</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
</context>
<context>
    <name>CollectionsAndItems</name>
    <message>
        <source>Counting collections and items</source>
        <translation>Collections und Einträge werden gezählt</translation>
    </message>
    <message>
        <source>Directus reads the &apos;.&apos; in table %1 as a schema separator, so its count fails</source>
        <translation>Directus liest den „.“ im Tabellennamen %1 als Schema-Trennzeichen, daher schlägt die Zählung fehl</translation>
    </message>
</context>
<context>
    <name>CommandSupport</name>
    <message>
        <source>Keep the report history in DIR (default: %1).</source>
        <translation>Den Berichtsverlauf in DIR speichern (Standard: %1).</translation>
    </message>
    <message>
        <source>Try: telemetry-inspector %1 --help</source>
        <translation>Versuchen Sie: telemetry-inspector %1 --help</translation>
    </message>
</context>
<context>
    <name>ComplianceExport</name>
    <message>
        <source>Cannot write the export %1: %2</source>
        <translation>Der Export %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ComplianceExportVerifier</name>
    <message>
        <source>one JSON object</source>
        <translation>ein JSON-Objekt</translation>
    </message>
    <message>
        <source>the document is a JSON %1, not an object</source>
        <translation>das Dokument ist ein JSON-%1, kein Objekt</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>format &quot;%1&quot; version %2 (expected &quot;%3&quot; version %4)</source>
        <translation>Format „%1“ Version %2 (erwartet: „%3“ Version %4)</translation>
    </message>
    <message>
        <source>%1 is %2, expected %3</source>
        <translation>%1 ist %2, erwartet: %3</translation>
    </message>
    <message>
        <source>all %1 required members present, each of the right type</source>
        <translation>alle %1 erforderlichen Elemente vorhanden, jeweils mit dem richtigen Typ</translation>
    </message>
    <message>
        <source>SHA-256 of the payload bytes is %1, as recorded</source>
        <translation>SHA-256 der Payload-Bytes ist %1, wie aufgezeichnet</translation>
    </message>
    <message>
        <source>SHA-256 of the payload bytes is %1, but the export records %2</source>
        <translation>SHA-256 der Payload-Bytes ist %1, der Export verzeichnet aber %2</translation>
    </message>
    <message>
        <source>%1 payload bytes; recorded: %2</source>
        <translation>%1 Payload-Bytes; aufgezeichnet: %2</translation>
    </message>
    <message>
        <source>the payload bytes are not valid JSON: %1</source>
        <translation>die Payload-Bytes sind kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>the parsed payload equals the payload bytes</source>
        <translation>die geparste Payload entspricht den Payload-Bytes</translation>
    </message>
    <message>
        <source>the parsed payload differs from what the payload bytes say</source>
        <translation>die geparste Payload weicht von dem ab, was die Payload-Bytes aussagen</translation>
    </message>
    <message>
        <source>the payload bytes are exactly JSON.stringify of the parsed payload</source>
        <translation>die Payload-Bytes sind exakt JSON.stringify der geparsten Payload</translation>
    </message>
    <message>
        <source>the payload bytes are not JSON.stringify of the parsed payload (extra whitespace, reordered keys or other edits)</source>
        <translation>die Payload-Bytes sind nicht JSON.stringify der geparsten Payload (zusätzliche Leerzeichen, umsortierte Schlüssel oder andere Änderungen)</translation>
    </message>
    <message>
        <source>each of the %1 payload keys has its documentation</source>
        <translation>jeder der %1 Payload-Schlüssel hat seine Dokumentation</translation>
    </message>
    <message>
        <source>payload keys without documentation: %1; documented as sent: %2</source>
        <translation>Payload-Schlüssel ohne Dokumentation: %1; als gesendet dokumentiert: %2</translation>
    </message>
    <message>
        <source>the payload&apos;s version is %1, the export says Directus %2</source>
        <translation>die Version in der Payload ist %1, der Export nennt Directus %2</translation>
    </message>
    <message>
        <source>the payload&apos;s database is %1, the export says %2</source>
        <translation>die Datenbank in der Payload ist %1, der Export nennt %2</translation>
    </message>
    <message>
        <source>the Directus version and database family agree with the payload</source>
        <translation>Directus-Version und Datenbankfamilie stimmen mit der Payload überein</translation>
    </message>
</context>
<context>
    <name>ComposeEnvironment</name>
    <message>
        <source>The compose file %1 does not exist.</source>
        <translation>Die Compose-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not valid YAML: %2</source>
        <translation>%1 ist kein gültiges YAML: %2</translation>
    </message>
    <message>
        <source>%1 has no services: section.</source>
        <translation>%1 hat keinen Abschnitt services:.</translation>
    </message>
    <message>
        <source>%1 has no service &quot;%2&quot;; it has: %3.</source>
        <translation>%1 hat keinen Dienst „%2“; vorhanden sind: %3.</translation>
    </message>
    <message>
        <source>No service in %1 uses a Directus image; name the Directus service with --service (services: %2).</source>
        <translation>Kein Dienst in %1 verwendet ein Directus-Image; geben Sie den Directus-Dienst mit --service an (Dienste: %2).</translation>
    </message>
    <message>
        <source>Several services in %1 use a Directus image (%2); choose one with --service.</source>
        <translation>Mehrere Dienste in %1 verwenden ein Directus-Image (%2); wählen Sie einen mit --service aus.</translation>
    </message>
    <message>
        <source>%1, service %2</source>
        <translation>%1, Dienst %2</translation>
    </message>
    <message>
        <source>%1 names env_file %2, which does not exist.</source>
        <translation>%1 nennt env_file %2, die nicht existiert.</translation>
    </message>
    <message>
        <source>%1 (env_file of %2)</source>
        <translation>%1 (env_file von %2)</translation>
    </message>
    <message>
        <source>%1, environment:</source>
        <translation>%1, environment:</translation>
    </message>
    <message>
        <source>%1 sets %2 without a value: Compose takes it from the shell that runs it, which the inspector cannot see; pass --env %2=... if the server has it.</source>
        <translation>%1 setzt %2 ohne Wert: Compose übernimmt ihn aus der Shell, in der es läuft, und die kann der Inspector nicht sehen; übergeben Sie --env %2=..., falls der Server ihn hat.</translation>
    </message>
    <message>
        <source>%1 uses ${%2}, which is not set in %3; Compose would take it from its shell (an empty value is used here).</source>
        <translation>%1 verwendet ${%2}, das in %3 nicht gesetzt ist; Compose würde den Wert aus seiner Shell übernehmen (hier wird ein leerer Wert verwendet).</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Passwort im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Use &amp;SSL/TLS</source>
        <translation>&amp;SSL/TLS verwenden</translation>
    </message>
    <message>
        <source>Connect to a Directus database</source>
        <translation>Mit einer Directus-Datenbank verbinden</translation>
    </message>
    <message>
        <source>e.g. Production CMS</source>
        <translation>z. B. Produktiv-CMS</translation>
    </message>
    <message>
        <source>The Directus version the server runs (reported as `version`).</source>
        <translation>Die Directus-Version, die der Server ausführt (gemeldet als `version`).</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Database driver</source>
        <translation>Datenbanktreiber</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Passwort im System-Schlüsselbund merken</translation>
    </message>
    <message>
        <source>Use SSL</source>
        <translation>SSL verwenden</translation>
    </message>
    <message>
        <source>Directus version</source>
        <translation>Directus-Version</translation>
    </message>
    <message>
        <source>The password is kept only in the system keychain, never in a file.</source>
        <translation>Das Passwort wird nur im System-Schlüsselbund gespeichert, niemals in einer Datei.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the password is not stored: you will be asked for it each time you connect.</source>
        <translation>Es ist kein System-Schlüsselbund verfügbar, daher wird das Passwort nicht gespeichert: Sie werden bei jeder Verbindung danach gefragt.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Driver:</source>
        <translation>&amp;Treiber:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Directus &amp;version:</source>
        <translation>Directus-&amp;Version:</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>MySQL / MariaDB</source>
        <translation>MySQL / MariaDB</translation>
    </message>
    <message>
        <source>CockroachDB</source>
        <translation>CockroachDB</translation>
    </message>
    <message>
        <source>Microsoft SQL Server</source>
        <translation>Microsoft SQL Server</translation>
    </message>
    <message>
        <source>Oracle</source>
        <translation>Oracle</translation>
    </message>
</context>
<context>
    <name>DatabaseSettings</name>
    <message>
        <source>DB_CONNECTION_STRING is not a %1 URL (expected %2://user:password@host:port/database).</source>
        <translation>DB_CONNECTION_STRING ist keine %1-URL (erwartet: %2://user:password@host:port/database).</translation>
    </message>
    <message>
        <source>the server environment</source>
        <translation>die Serverumgebung</translation>
    </message>
    <message>
        <source>DB_CLIENT is not set (looked in %1). Directus needs it to start; set it in the project&apos;s configuration or pass --env DB_CLIENT=... if the server sets it in its environment.</source>
        <translation>DB_CLIENT ist nicht gesetzt (gesucht in %1). Directus benötigt den Wert zum Starten; setzen Sie ihn in der Konfiguration des Projekts oder übergeben Sie --env DB_CLIENT=..., falls der Server ihn in seiner Umgebung setzt.</translation>
    </message>
    <message>
        <source>Unknown DB_CLIENT &quot;%1&quot; (in %2): Directus 12.4.1 would not start. Use one of sqlite3, pg, mysql, cockroachdb, mssql, oracledb.</source>
        <translation>Unbekannter DB_CLIENT „%1“ (in %2): Directus 12.4.1 würde nicht starten. Verwenden Sie einen der Werte sqlite3, pg, mysql, cockroachdb, mssql, oracledb.</translation>
    </message>
    <message>
        <source>DB_CLIENT=%1 needs %2, which %3 not set (looked in %4). Directus would not start.</source>
        <translation>DB_CLIENT=%1 benötigt %2; %3 nicht gesetzt (gesucht in %4). Directus würde nicht starten.</translation>
    </message>
    <message>
        <source>is</source>
        <translation>dieser Wert ist</translation>
    </message>
    <message>
        <source>are</source>
        <translation>diese Werte sind</translation>
    </message>
    <message>
        <source>DB_CLIENT &quot;%1&quot; (%2) is valid for Directus, but this version of the inspector can only read SQLite, PostgreSQL and MySQL/MariaDB databases.</source>
        <translation>DB_CLIENT „%1“ (%2) ist für Directus gültig, aber diese Version des Inspectors kann nur SQLite-, PostgreSQL- und MySQL/MariaDB-Datenbanken lesen.</translation>
    </message>
</context>
<context>
    <name>DirectusDecryptor</name>
    <message>
        <source>scrypt parameters N=%1, r=%2, p=%3 are not unsigned 32-bit integers</source>
        <translation>die scrypt-Parameter N=%1, r=%2, p=%3 sind keine vorzeichenlosen 32-Bit-Ganzzahlen</translation>
    </message>
    <message>
        <source>scrypt parameters N=%1, r=%2, p=%3 are invalid</source>
        <translation>die scrypt-Parameter N=%1, r=%2, p=%3 sind ungültig</translation>
    </message>
    <message>
        <source>scrypt parameters N=%1, r=%2, p=%3 need more than Node&apos;s 32 MiB limit</source>
        <translation>die scrypt-Parameter N=%1, r=%2, p=%3 benötigen mehr als das 32-MiB-Limit von Node</translation>
    </message>
    <message numerus="yes">
        <source>not an encrypted value (%n part(s) instead of 9)</source>
        <translation>
            <numerusform>kein verschlüsselter Wert (%n Teil statt 9)</numerusform>
            <numerusform>kein verschlüsselter Wert (%n Teile statt 9)</numerusform>
        </translation>
    </message>
    <message>
        <source>unsupported format version</source>
        <translation>nicht unterstützte Formatversion</translation>
    </message>
    <message>
        <source>unsupported key derivation</source>
        <translation>nicht unterstützte Schlüsselableitung</translation>
    </message>
    <message>
        <source>salt, IV or tag is empty</source>
        <translation>Salt, IV oder Tag ist leer</translation>
    </message>
    <message>
        <source>the IV decodes to no bytes</source>
        <translation>der IV ergibt dekodiert keine Bytes</translation>
    </message>
    <message numerus="yes">
        <source>the authentication tag has %n byte(s), which Node does not accept</source>
        <translation>
            <numerusform>das Authentifizierungs-Tag hat %n Byte, was Node nicht akzeptiert</numerusform>
            <numerusform>das Authentifizierungs-Tag hat %n Bytes, was Node nicht akzeptiert</numerusform>
        </translation>
    </message>
    <message>
        <source>scrypt key derivation failed</source>
        <translation>scrypt-Schlüsselableitung fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>the IV length (%n byte(s)) is not accepted</source>
        <translation>
            <numerusform>die IV-Länge (%n Byte) wird nicht akzeptiert</numerusform>
            <numerusform>die IV-Länge (%n Bytes) wird nicht akzeptiert</numerusform>
        </translation>
    </message>
    <message>
        <source>decryption failed</source>
        <translation>Entschlüsselung fehlgeschlagen</translation>
    </message>
    <message>
        <source>the authentication tag is not accepted</source>
        <translation>das Authentifizierungs-Tag wird nicht akzeptiert</translation>
    </message>
    <message>
        <source>wrong SECRET or damaged value (authentication failed)</source>
        <translation>falsches SECRET oder beschädigter Wert (Authentifizierung fehlgeschlagen)</translation>
    </message>
</context>
<context>
    <name>DotenvEditor</name>
    <message>
        <source>the file is not valid UTF-8, so it cannot be edited without risking other bytes; add the line %1=%2 by hand</source>
        <translation>die Datei ist kein gültiges UTF-8 und kann daher nicht bearbeitet werden, ohne andere Bytes zu gefährden; fügen Sie die Zeile %1=%2 von Hand hinzu</translation>
    </message>
    <message>
        <source>dotenv would read other values differently after the change; add the line %1=%2 by hand</source>
        <translation>dotenv würde nach der Änderung andere Werte anders lesen; fügen Sie die Zeile %1=%2 von Hand hinzu</translation>
    </message>
</context>
<context>
    <name>EnvironmentFields</name>
    <message>
        <source>Reading the configuration</source>
        <translation>Konfiguration wird gelesen</translation>
    </message>
    <message>
        <source>node_modules/directus/package.json was not found; the version was %1</source>
        <translation>node_modules/directus/package.json wurde nicht gefunden; Herkunft der Version: %1</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write a compliance export: the exact payload, its SHA-256, the opt-out state, the redaction verdicts and each field&apos;s documentation, as one JSON file that `verify` can check later.</source>
        <translation>Einen Compliance-Export schreiben: die exakte Payload, ihren SHA-256, den Opt-out-Status, die Ergebnisse der Schwärzungsprüfung und die Dokumentation jedes Felds, als eine JSON-Datei, die `verify` später prüfen kann.</translation>
    </message>
    <message>
        <source>The export file to write (required).</source>
        <translation>Die zu schreibende Exportdatei (erforderlich).</translation>
    </message>
    <message>
        <source>Name the export file with --output FILE, e.g.
  telemetry-inspector export /srv/directus --output telemetry-export.json</source>
        <translation>Geben Sie die Exportdatei mit --output FILE an, z. B.
  telemetry-inspector export /srv/directus --output telemetry-export.json</translation>
    </message>
    <message>
        <source>The export was written, but not recorded in the report history: %1</source>
        <translation>Der Export wurde geschrieben, aber nicht im Berichtsverlauf erfasst: %1</translation>
    </message>
    <message>
        <source>the entry could not be stored</source>
        <translation>der Eintrag konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Wrote %1: %2 payload bytes, SHA-256 %3.
</source>
        <translation>%1 geschrieben: %2 Payload-Bytes, SHA-256 %3.
</translation>
    </message>
    <message>
        <source>Directus would send nothing: %1. The export records the tolerant reading and this reason.</source>
        <translation>Directus würde nichts senden: %1. Der Export enthält die tolerante Lesart und diesen Grund.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Compliance Export</source>
        <translation>Compliance-Export</translation>
    </message>
    <message>
        <source>Write a compliance export</source>
        <translation>Compliance-Export schreiben</translation>
    </message>
    <message>
        <source>One JSON file with the exact report bytes and their SHA-256, the opt-out state, the redaction checks and each field&apos;s documentation. `telemetry-inspector verify FILE` checks it later. It holds no secret.</source>
        <translation>Eine JSON-Datei mit den exakten Bytes des Berichts und ihrem SHA-256, dem Opt-out-Status, den Schwärzungsprüfungen und der Dokumentation jedes Felds. `telemetry-inspector verify FILE` prüft sie später. Sie enthält keine Geheimnisse.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Exportdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the export file</source>
        <translation>Exportdatei auswählen</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Exportstatus</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Write the export file</source>
        <translation>Exportdatei schreiben</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>Show the written file in its folder</source>
        <translation>Die geschriebene Datei in ihrem Ordner anzeigen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save the compliance export</source>
        <translation>Compliance-Export speichern</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>There is no report to export.</source>
        <translation>Es gibt keinen Bericht zum Exportieren.</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes): the report&apos;s %3 bytes, SHA-256 %4.</source>
        <translation>%1 geschrieben (%2 Bytes): die %3 Bytes des Berichts, SHA-256 %4.</translation>
    </message>
    <message>
        <source>Checking that the database still gives this report, then writing %1…</source>
        <translation>Es wird geprüft, ob die Datenbank noch diesen Bericht ergibt; dann wird %1 geschrieben…</translation>
    </message>
    <message>
        <source>The database changed since the report was computed, so the export would not be the report you reviewed. Compute it again (F5), review it, then export.</source>
        <translation>Die Datenbank hat sich geändert, seit der Bericht berechnet wurde; der Export wäre also nicht der Bericht, den Sie geprüft haben. Berechnen Sie ihn neu (F5), prüfen Sie ihn und exportieren Sie dann.</translation>
    </message>
</context>
<context>
    <name>ExtensionCount</name>
    <message>
        <source>Discovering extensions</source>
        <translation>Erweiterungen werden ermittelt</translation>
    </message>
    <message>
        <source>directus_extensions lacks column(s) %1 (an older schema)</source>
        <translation>directus_extensions fehlen die Spalte(n) %1 (ein älteres Schema)</translation>
    </message>
    <message>
        <source>table directus_extensions is missing</source>
        <translation>Tabelle directus_extensions fehlt</translation>
    </message>
    <message>
        <source>extension discovery fails as a whole, so Directus counts 0: %1</source>
        <translation>die Ermittlung der Erweiterungen schlägt insgesamt fehl, daher zählt Directus 0: %1</translation>
    </message>
</context>
<context>
    <name>ExtensionCounter</name>
    <message>
        <source>sync: removes %1, no longer an entry of bundle %2</source>
        <translation>sync: entfernt %1, kein Eintrag des Bundles %2 mehr</translation>
    </message>
    <message>
        <source>sync: adds entry row %1/%2 to bundle %3</source>
        <translation>sync: fügt Eintragszeile %1/%2 zum Bundle %3 hinzu</translation>
    </message>
    <message>
        <source>sync: that bundle row is itself a child row, so Directus fails or drops the new entry by the random order of UUIDs (assumed here: it sorts last)</source>
        <translation>sync: diese Bundle-Zeile ist selbst eine Kindzeile, daher schlägt Directus fehl oder verwirft den neuen Eintrag je nach zufälliger Reihenfolge der UUIDs (hier angenommen: sie wird zuletzt einsortiert)</translation>
    </message>
    <message>
        <source>sync: renames legacy row %1 to folder %2</source>
        <translation>sync: benennt die Altzeile %1 in Ordner %2 um</translation>
    </message>
    <message>
        <source>sync: adds row %1/%2 (enabled)</source>
        <translation>sync: fügt Zeile %1/%2 hinzu (aktiviert)</translation>
    </message>
    <message>
        <source>sync: adds entry row %1/%2 to bundle %3 (enabled)</source>
        <translation>sync: fügt Eintragszeile %1/%2 zum Bundle %3 hinzu (aktiviert)</translation>
    </message>
    <message>
        <source>extension discovery failed (%1), so no row resolves to an extension</source>
        <translation>die Ermittlung der Erweiterungen ist fehlgeschlagen (%1), daher wird keine Zeile einer Erweiterung zugeordnet</translation>
    </message>
    <message>
        <source>%1: its bundle row %2 is missing or resolves to nothing, so it is dropped</source>
        <translation>%1: seine Bundle-Zeile %2 fehlt oder wird keiner Erweiterung zugeordnet, daher wird es verworfen</translation>
    </message>
    <message>
        <source>directus_extensions row %1 (%2) names row %3 as its bundle, but that row resolves to type %4, not a bundle; Directus throws and the report fails</source>
        <translation>directus_extensions-Zeile %1 (%2) nennt Zeile %3 als ihr Bundle, aber diese Zeile wird als Typ %4 aufgelöst, nicht als Bundle; Directus löst einen Fehler aus und der Bericht schlägt fehl</translation>
    </message>
    <message>
        <source>%1: not an entry of bundle %2, so it is dropped</source>
        <translation>%1: kein Eintrag des Bundles %2, daher verworfen</translation>
    </message>
    <message>
        <source>%1: no such extension was discovered, not counted</source>
        <translation>%1: keine solche Erweiterung wurde gefunden, nicht gezählt</translation>
    </message>
    <message>
        <source>%1: a bundle, never counted itself</source>
        <translation>%1: ein Bundle, wird selbst nie gezählt</translation>
    </message>
    <message>
        <source>%1: %2, disabled, not counted</source>
        <translation>%1: %2, deaktiviert, nicht gezählt</translation>
    </message>
    <message>
        <source>%1: %2, enabled, counted</source>
        <translation>%1: %2, aktiviert, gezählt</translation>
    </message>
</context>
<context>
    <name>ExtensionDiscovery</name>
    <message>
        <source>%1%2 must be a string</source>
        <translation>%1%2 muss ein String sein</translation>
    </message>
    <message>
        <source>%1%2 has the wrong type (%3)</source>
        <translation>%1%2 hat den falschen Typ (%3)</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1.%2 must be a string</source>
        <translation>%1.%2 muss ein String sein</translation>
    </message>
    <message>
        <source>%1%2 must be an object with app and api</source>
        <translation>%1%2 muss ein Objekt mit app und api sein</translation>
    </message>
    <message>
        <source>%1sandbox must be an object</source>
        <translation>%1sandbox muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1requestedScopes must be an object</source>
        <translation>%1requestedScopes muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1request must be an object</source>
        <translation>%1request muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1request needs urls (strings) and methods (HTTP verbs)</source>
        <translation>%1request benötigt urls (Strings) und methods (HTTP-Verben)</translation>
    </message>
    <message>
        <source>%1type is not an app, API or hybrid extension type</source>
        <translation>%1type ist kein Erweiterungstyp für App, API oder Hybrid</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1entries must be an array</source>
        <translation>%1entries muss ein Array sein</translation>
    </message>
    <message>
        <source>%1type is not a known extension type</source>
        <translation>%1type ist kein bekannter Erweiterungstyp</translation>
    </message>
    <message>
        <source>package.json is not a JSON object</source>
        <translation>package.json ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>type must be &quot;module&quot; or &quot;commonjs&quot;</source>
        <translation>type muss „module“ oder „commonjs“ sein</translation>
    </message>
    <message>
        <source>the %1 extensions folder %2 exists but is not a readable directory</source>
        <translation>der Erweiterungsordner %2 (%1) existiert, ist aber kein lesbares Verzeichnis</translation>
    </message>
    <message>
        <source>%1 in the %2 extensions folder cannot be read (a broken symlink?)</source>
        <translation>%1 im Erweiterungsordner (%2) kann nicht gelesen werden (ein defekter symbolischer Link?)</translation>
    </message>
    <message>
        <source>the manifest of the %1 extension &quot;%2&quot; is invalid: %3</source>
        <translation>das Manifest der Erweiterung „%2“ (%1) ist ungültig: %3</translation>
    </message>
    <message>
        <source>%1 does not exist, so no module extensions are counted; Directus itself would find no extensions at all (report 0) unless its working directory has a package.json, as installs normally do</source>
        <translation>%1 existiert nicht, daher werden keine Modul-Erweiterungen gezählt; Directus selbst würde überhaupt keine Erweiterungen finden (Bericht: 0), es sei denn, sein Arbeitsverzeichnis enthält eine package.json, wie es bei Installationen üblich ist</translation>
    </message>
    <message>
        <source>%1 is missing or is not valid JSON</source>
        <translation>%1 fehlt oder ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>dependencies of %1 that do not resolve to a package.json here, so they are not counted as module extensions (not installed, not exporting ./package.json, or only in Node&apos;s global folders, which the inspector does not search): %2</source>
        <translation>Abhängigkeiten von %1, die hier zu keiner package.json aufgelöst werden und daher nicht als Modul-Erweiterungen gezählt werden (nicht installiert, ./package.json nicht exportiert oder nur in den globalen Ordnern von Node, die der Inspector nicht durchsucht): %2</translation>
    </message>
    <message>
        <source>the manifest of the package extension &quot;%1&quot; is invalid: %2</source>
        <translation>das Manifest der Paket-Erweiterung „%1“ ist ungültig: %2</translation>
    </message>
</context>
<context>
    <name>FieldCatalog</name>
    <message>
        <source>Your project&apos;s public URL (the value of PUBLIC_URL).</source>
        <translation>Die öffentliche URL Ihres Projekts (der Wert von PUBLIC_URL).</translation>
    </message>
    <message>
        <source>The Directus version in use.</source>
        <translation>Die verwendete Directus-Version.</translation>
    </message>
    <message>
        <source>The database vendor in use, not its contents or connection details.</source>
        <translation>Der verwendete Datenbankhersteller, nicht deren Inhalt oder Verbindungsdaten.</translation>
    </message>
    <message>
        <source>Number of Insights dashboards.</source>
        <translation>Anzahl der Insights-Dashboards.</translation>
    </message>
    <message>
        <source>Number of files in the system.</source>
        <translation>Anzahl der Dateien im System.</translation>
    </message>
    <message>
        <source>Number of active flows.</source>
        <translation>Anzahl der aktiven Flows.</translation>
    </message>
    <message>
        <source>Number of roles.</source>
        <translation>Anzahl der Rollen.</translation>
    </message>
    <message>
        <source>Number of shares.</source>
        <translation>Anzahl der Freigaben.</translation>
    </message>
    <message>
        <source>Number of active users with admin access.</source>
        <translation>Anzahl der aktiven Benutzer mit Administratorzugriff.</translation>
    </message>
    <message>
        <source>Number of active users who can access the app but are not admins.</source>
        <translation>Anzahl der aktiven Benutzer, die auf die App zugreifen können, aber keine Administratoren sind.</translation>
    </message>
    <message>
        <source>Number of active users who can only access the API.</source>
        <translation>Anzahl der aktiven Benutzer, die nur auf die API zugreifen können.</translation>
    </message>
    <message>
        <source>Number of user-created collections.</source>
        <translation>Anzahl der von Benutzern angelegten Collections.</translation>
    </message>
    <message>
        <source>Total number of items across all non-system collections.</source>
        <translation>Gesamtzahl der Einträge in allen Nicht-System-Collections.</translation>
    </message>
    <message>
        <source>The largest number of fields in any single collection.</source>
        <translation>Die größte Anzahl an Feldern in einer einzelnen Collection.</translation>
    </message>
    <message>
        <source>Total number of fields across all collections.</source>
        <translation>Gesamtzahl der Felder in allen Collections.</translation>
    </message>
    <message>
        <source>Number of enabled extensions (bundle entries counted one by one).</source>
        <translation>Anzahl der aktivierten Erweiterungen (Bundle-Einträge einzeln gezählt).</translation>
    </message>
    <message>
        <source>Total size of the database in bytes.</source>
        <translation>Gesamtgröße der Datenbank in Bytes.</translation>
    </message>
    <message>
        <source>Combined size of stored files in bytes.</source>
        <translation>Gesamtgröße der gespeicherten Dateien in Bytes.</translation>
    </message>
    <message>
        <source>Whether WebSockets are enabled.</source>
        <translation>Ob WebSockets aktiviert sind.</translation>
    </message>
    <message>
        <source>A random identifier generated for your project, not derived from any personal or project data.</source>
        <translation>Eine zufällige, für Ihr Projekt erzeugte Kennung, die nicht aus personen- oder projektbezogenen Daten abgeleitet ist.</translation>
    </message>
    <message>
        <source>Whether the Model Context Protocol server is enabled in the project settings.</source>
        <translation>Ob der Model-Context-Protocol-Server in den Projekteinstellungen aktiviert ist.</translation>
    </message>
    <message>
        <source>Whether MCP clients are allowed to delete items.</source>
        <translation>Ob MCP-Clients Einträge löschen dürfen.</translation>
    </message>
    <message>
        <source>Whether the MCP system prompt is enabled.</source>
        <translation>Ob der MCP-Systemprompt aktiviert ist.</translation>
    </message>
    <message>
        <source>Number of URLs configured for the visual editor.</source>
        <translation>Anzahl der für den visuellen Editor konfigurierten URLs.</translation>
    </message>
    <message>
        <source>Whether an OpenAI API key is stored (the key itself is never sent).</source>
        <translation>Ob ein OpenAI-API-Schlüssel gespeichert ist (der Schlüssel selbst wird nie gesendet).</translation>
    </message>
    <message>
        <source>Whether an Anthropic API key is stored (the key itself is never sent).</source>
        <translation>Ob ein Anthropic-API-Schlüssel gespeichert ist (der Schlüssel selbst wird nie gesendet).</translation>
    </message>
    <message>
        <source>Whether a custom AI system prompt is set (the prompt itself is never sent).</source>
        <translation>Ob ein eigener KI-Systemprompt gesetzt ist (der Prompt selbst wird nie gesendet).</translation>
    </message>
    <message>
        <source>Whether collaborative editing is enabled.</source>
        <translation>Ob die gemeinsame Bearbeitung aktiviert ist.</translation>
    </message>
    <message>
        <source>GET requests since the last report.</source>
        <translation>GET-Anfragen seit dem letzten Bericht.</translation>
    </message>
    <message>
        <source>SEARCH requests since the last report.</source>
        <translation>SEARCH-Anfragen seit dem letzten Bericht.</translation>
    </message>
    <message>
        <source>POST requests since the last report.</source>
        <translation>POST-Anfragen seit dem letzten Bericht.</translation>
    </message>
    <message>
        <source>PUT requests since the last report.</source>
        <translation>PUT-Anfragen seit dem letzten Bericht.</translation>
    </message>
    <message>
        <source>PATCH requests since the last report.</source>
        <translation>PATCH-Anfragen seit dem letzten Bericht.</translation>
    </message>
    <message>
        <source>DELETE requests since the last report.</source>
        <translation>DELETE-Anfragen seit dem letzten Bericht.</translation>
    </message>
    <message>
        <source>Requests answered from the response cache since the last report (already counted by method).</source>
        <translation>Aus dem Antwort-Cache beantwortete Anfragen seit dem letzten Bericht (bereits nach Methode gezählt).</translation>
    </message>
    <message>
        <source>Total API requests since the last report (GET, SEARCH, POST, PUT, PATCH and DELETE; cache hits are not added again).</source>
        <translation>Gesamtzahl der API-Anfragen seit dem letzten Bericht (GET, SEARCH, POST, PUT, PATCH und DELETE; Cache-Treffer werden nicht erneut addiert).</translation>
    </message>
    <message>
        <source>Instance and Environment</source>
        <translation>Instanz und Umgebung</translation>
    </message>
    <message>
        <source>Content and Schema Counts</source>
        <translation>Anzahl von Inhalten und Schema</translation>
    </message>
    <message>
        <source>Users and Access</source>
        <translation>Benutzer und Zugriff</translation>
    </message>
    <message>
        <source>Features in Use</source>
        <translation>Verwendete Funktionen</translation>
    </message>
    <message>
        <source>API Request Volume</source>
        <translation>API-Anfragevolumen</translation>
    </message>
</context>
<context>
    <name>FieldCounts</name>
    <message>
        <source>Counting fields</source>
        <translation>Felder werden gezählt</translation>
    </message>
    <message>
        <source>table directus_fields (column collection) is missing</source>
        <translation>Tabelle directus_fields (Spalte collection) fehlt</translation>
    </message>
</context>
<context>
    <name>GateCommand</name>
    <message>
        <source>  personal data: an owner registration (email masked in the history)</source>
        <translation>  personenbezogene Daten: eine Eigentümer-Registrierung (E-Mail im Verlauf maskiert)</translation>
    </message>
    <message>
        <source>  redaction: %1</source>
        <translation>  Schwärzung: %1</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>  diff against the computed report: UNEXPECTED changes</source>
        <translation>  Vergleich mit dem berechneten Bericht: UNERWARTETE Änderungen</translation>
    </message>
    <message>
        <source>  diff against the computed report: identical</source>
        <translation>  Vergleich mit dem berechneten Bericht: identisch</translation>
    </message>
    <message>
        <source>  diff against the computed report: only api_requests* (expected)</source>
        <translation>  Vergleich mit dem berechneten Bericht: nur api_requests* (erwartet)</translation>
    </message>
    <message>
        <source>  forward to: %1</source>
        <translation>  weiterleiten an: %1</translation>
    </message>
    <message>
        <source>  forwarded: %1%2%3</source>
        <translation>  weitergeleitet: %1%2%3</translation>
    </message>
    <message>
        <source>  note: %1</source>
        <translation>  Hinweis: %1</translation>
    </message>
    <message>
        <source>Receive this project&apos;s Directus server&apos;s own reports on a local address, check them against the database, and forward them (at once, or with --hold after `gate approve ID`). Ctrl-C stops.
Other forms: gate list | gate approve ID [PROJECT_DIR] | gate discard ID</source>
        <translation>Die eigenen Berichte des Directus-Servers dieses Projekts an einer lokalen Adresse empfangen, mit der Datenbank abgleichen und weiterleiten (sofort oder mit --hold erst nach `gate approve ID`). Strg+C beendet.
Weitere Formen: gate list | gate approve ID [PROJECT_DIR] | gate discard ID</translation>
    </message>
    <message>
        <source>Listen on ADDRESS:PORT (default 127.0.0.1:8787).</source>
        <translation>Auf ADDRESS:PORT lauschen (Standard 127.0.0.1:8787).</translation>
    </message>
    <message>
        <source>Hold each report for review instead of forwarding it.</source>
        <translation>Jeden Bericht zur Prüfung zurückhalten, statt ihn weiterzuleiten.</translation>
    </message>
    <message>
        <source>Forward to this intake (default: the project&apos;s TELEMETRY_URL; owner registrations: COMPLIANCE_URL).</source>
        <translation>An diesen Empfangsendpunkt weiterleiten (Standard: TELEMETRY_URL des Projekts; Eigentümer-Registrierungen: COMPLIANCE_URL).</translation>
    </message>
    <message>
        <source>Allow a --listen address other hosts can reach (no TLS; not recommended).</source>
        <translation>Eine --listen-Adresse zulassen, die andere Hosts erreichen können (kein TLS; nicht empfohlen).</translation>
    </message>
    <message>
        <source>--listen must be ADDRESS:PORT with a numeric address, e.g. 127.0.0.1:8787.</source>
        <translation>--listen muss ADDRESS:PORT mit numerischer Adresse sein, z. B. 127.0.0.1:8787.</translation>
    </message>
    <message>
        <source>The forward destination %1 is this gate itself (TELEMETRY_URL in the project points here). Give the real intake with --forward-to, e.g. --forward-to https://telemetry.directus.io.</source>
        <translation>Das Weiterleitungsziel %1 ist dieses Gate selbst (TELEMETRY_URL im Projekt zeigt hierher). Geben Sie den echten Empfangsendpunkt mit --forward-to an, z. B. --forward-to https://telemetry.directus.io.</translation>
    </message>
    <message>
        <source>Cannot set up the Ctrl-C handler.</source>
        <translation>Der Strg+C-Handler kann nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>stopping after the running forward…</source>
        <translation>wird nach der laufenden Weiterleitung beendet…</translation>
    </message>
    <message>
        <source>refused %1 from %2: %3</source>
        <translation>%1 von %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>%1 empfangen</translation>
    </message>
    <message>
        <source>forwarded %1</source>
        <translation>%1 weitergeleitet</translation>
    </message>
    <message>
        <source>review gate listening on %1:%2 (%3) for %4; reports are %5</source>
        <translation>Prüf-Gate lauscht auf %1:%2 (%3) für %4; Berichte werden %5</translation>
    </message>
    <message>
        <source>hold for review</source>
        <translation>zur Prüfung zurückhalten</translation>
    </message>
    <message>
        <source>pass-through</source>
        <translation>durchreichen</translation>
    </message>
    <message>
        <source>held until `gate approve ID`; approved ones go to %1</source>
        <translation>bis `gate approve ID` zurückgehalten; freigegebene gehen an %1</translation>
    </message>
    <message>
        <source>forwarded to %1</source>
        <translation>an %1 weitergeleitet</translation>
    </message>
    <message>
        <source>on the Directus server set TELEMETRY_URL=http://%1:%2 (Directus posts to /v1/metrics)</source>
        <translation>auf dem Directus-Server TELEMETRY_URL=http://%1:%2 setzen (Directus sendet per POST an /v1/metrics)</translation>
    </message>
    <message>
        <source>review gate stopped</source>
        <translation>Prüf-Gate beendet</translation>
    </message>
    <message>
        <source>List the reports the review gate received, newest last.</source>
        <translation>Die vom Prüf-Gate empfangenen Berichte auflisten, die neuesten zuletzt.</translation>
    </message>
    <message>
        <source>The review gate has received nothing yet.
</source>
        <translation>Das Prüf-Gate hat noch nichts empfangen.
</translation>
    </message>
    <message>
        <source>Forward a held report with its original bytes. The Authorization header is never stored: it is taken from the project&apos;s TELEMETRY_AUTHORIZATION (PROJECT_DIR defaults to the folder the report was received for).</source>
        <translation>Einen zurückgehaltenen Bericht mit seinen Original-Bytes weiterleiten. Der Authorization-Header wird nie gespeichert: Er wird aus TELEMETRY_AUTHORIZATION des Projekts übernommen (PROJECT_DIR ist standardmäßig der Ordner, für den der Bericht empfangen wurde).</translation>
    </message>
    <message>
        <source>Discard a held report: it is never forwarded. Some licences require reports to reach Directus; discarding may breach them.</source>
        <translation>Einen zurückgehaltenen Bericht verwerfen: Er wird nie weitergeleitet. Manche Lizenzen verlangen, dass Berichte Directus erreichen; das Verwerfen kann dagegen verstoßen.</translation>
    </message>
    <message>
        <source>Forward to this intake (default: where the gate that held it would send it).</source>
        <translation>An diesen Empfangsendpunkt weiterleiten (Standard: wohin das Gate, das ihn zurückgehalten hat, ihn senden würde).</translation>
    </message>
    <message>
        <source>Usage: telemetry-inspector %1 ID%2</source>
        <translation>Aufruf: telemetry-inspector %1 ID%2</translation>
    </message>
    <message>
        <source>There is no received report #%1.</source>
        <translation>Es gibt keinen empfangenen Bericht #%1.</translation>
    </message>
    <message>
        <source>Discarded #%1: it will not be forwarded.
</source>
        <translation>#%1 verworfen: Er wird nicht weitergeleitet.
</translation>
    </message>
    <message>
        <source>Received report #%1 is %2, not held.</source>
        <translation>Der empfangene Bericht #%1 hat den Status %2 und ist nicht zurückgehalten.</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>%1 geprüft</translation>
    </message>
</context>
<context>
    <name>GateStateText</name>
    <message>
        <source>true, the default</source>
        <translation>true, der Standardwert</translation>
    </message>
    <message>
        <source>on (TELEMETRY=%1)</source>
        <translation>ein (TELEMETRY=%1)</translation>
    </message>
    <message>
        <source>off (TELEMETRY=%1)</source>
        <translation>aus (TELEMETRY=%1)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Directus sends a report every 6 hours</source>
        <translation>Directus sendet alle 6 Stunden einen Bericht</translation>
    </message>
    <message>
        <source>Directus sends no reports</source>
        <translation>Directus sendet keine Berichte</translation>
    </message>
    <message>
        <source>none verified (%1)</source>
        <translation>keine verifiziert (%1)</translation>
    </message>
    <message>
        <source>verified (%1), from %2, expires %3</source>
        <translation>verifiziert (%1), von %2, läuft ab am %3</translation>
    </message>
</context>
<context>
    <name>GateTextFormatter</name>
    <message>
        <source>enabled by TELEMETRY</source>
        <translation>durch TELEMETRY aktiviert</translation>
    </message>
    <message>
        <source>required by licence (the built-in Core licence)</source>
        <translation>von der Lizenz verlangt (der eingebauten Core-Lizenz)</translation>
    </message>
    <message>
        <source>required by licence</source>
        <translation>von der Lizenz verlangt</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>abgemeldet (Opt-out)</translation>
    </message>
    <message>
        <source>Requested:   %1 (TELEMETRY=%2)
</source>
        <translation>Angefordert: %1 (TELEMETRY=%2)
</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Effective:   %1, %2
</source>
        <translation>Wirksam:     %1, %2
</translation>
    </message>
    <message>
        <source>Why:         %1
</source>
        <translation>Grund:       %1
</translation>
    </message>
    <message>
        <source>Licence:     verified (%1), from %2, expires %3
</source>
        <translation>Lizenz:      verifiziert (%1), von %2, läuft ab am %3
</translation>
    </message>
    <message>
        <source>Licence:     none verified (%1)
</source>
        <translation>Lizenz:      keine verifiziert (%1)
</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>There is no history entry &quot;%1&quot; in %2; `telemetry-inspector history` lists them.</source>
        <translation>Es gibt keinen Verlaufseintrag „%1“ in %2; `telemetry-inspector history` listet sie auf.</translation>
    </message>
    <message>
        <source>List the reports the inspector computed, sent and exported.</source>
        <translation>Die vom Inspector berechneten, gesendeten und exportierten Berichte auflisten.</translation>
    </message>
    <message>
        <source>With --diff: the newer entry.</source>
        <translation>Mit --diff: der neuere Eintrag.</translation>
    </message>
    <message>
        <source>Show the field changes from entry A to entry B.</source>
        <translation>Die Feldänderungen von Eintrag A zu Eintrag B anzeigen.</translation>
    </message>
    <message>
        <source>Print the exact bytes of one entry.</source>
        <translation>Die exakten Bytes eines Eintrags ausgeben.</translation>
    </message>
    <message>
        <source>Usage: telemetry-inspector history [--diff A B | --show ID]</source>
        <translation>Aufruf: telemetry-inspector history [--diff A B | --show ID]</translation>
    </message>
    <message>
        <source>#%1 (%2) → #%3 (%4):
</source>
        <translation>#%1 (%2) → #%3 (%4):
</translation>
    </message>
    <message>
        <source>  no changes
</source>
        <translation>  keine Änderungen
</translation>
    </message>
    <message>
        <source>The history in %1 is empty.
</source>
        <translation>Der Verlauf in %1 ist leer.
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>TRIGGER</source>
        <translation>AUSLÖSER</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>DESTINATION / ERROR</source>
        <translation>ZIEL / FEHLER</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Report History</source>
        <translation>Berichtsverlauf</translation>
    </message>
    <message>
        <source>Report history</source>
        <translation>Berichtsverlauf</translation>
    </message>
    <message>
        <source>Select one entry to see its bytes, or two (Ctrl+click, Shift+arrows) to see what changed between them. Kept in %1.</source>
        <translation>Wählen Sie einen Eintrag, um seine Bytes zu sehen, oder zwei (Strg+Klick, Umschalt+Pfeiltasten), um die Änderungen zwischen ihnen zu sehen. Gespeichert in %1.</translation>
    </message>
    <message>
        <source>The history cannot be opened, so there is nothing to show.</source>
        <translation>Der Verlauf kann nicht geöffnet werden, daher gibt es nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>History entries</source>
        <translation>Verlaufseinträge</translation>
    </message>
    <message>
        <source>Selected entry, or the changes between two entries</source>
        <translation>Ausgewählter Eintrag oder die Änderungen zwischen zwei Einträgen</translation>
    </message>
    <message>
        <source>Close the history</source>
        <translation>Verlauf schließen</translation>
    </message>
    <message>
        <source>No reports recorded yet.</source>
        <translation>Noch keine Berichte aufgezeichnet.</translation>
    </message>
    <message>
        <source>Select an entry, or two to compare.</source>
        <translation>Wählen Sie einen Eintrag oder zwei zum Vergleichen.</translation>
    </message>
    <message>
        <source>#%1 %2 at %3</source>
        <translation>#%1 %2 um %3</translation>
    </message>
    <message>
        <source>Destination: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Outcome: %1%2</source>
        <translation>Ergebnis: %1%2</translation>
    </message>
    <message>
        <source>, HTTP %1</source>
        <translation>, HTTP %1</translation>
    </message>
    <message>
        <source>Answer or error: %1</source>
        <translation>Antwort oder Fehler: %1</translation>
    </message>
    <message>
        <source>%1 bytes, SHA-256 %2</source>
        <translation>%1 Bytes, SHA-256 %2</translation>
    </message>
    <message>
        <source>Select exactly two entries to compare them.</source>
        <translation>Wählen Sie genau zwei Einträge aus, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>Changes from #%1 to #%2:
</source>
        <translation>Änderungen von #%1 zu #%2:
</translation>
    </message>
    <message>
        <source>no field changed</source>
        <translation>kein Feld geändert</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Destination or file</source>
        <translation>Ziel oder Datei</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>InstanceFacts</name>
    <message>
        <source>secret configuration value</source>
        <translation>geheimer Konfigurationswert</translation>
    </message>
    <message>
        <source>configuration value</source>
        <translation>Konfigurationswert</translation>
    </message>
    <message>
        <source>the database (not opened)</source>
        <translation>die Datenbank (nicht geöffnet)</translation>
    </message>
    <message>
        <source>collection name</source>
        <translation>Collection-Name</translation>
    </message>
    <message>
        <source>field name</source>
        <translation>Feldname</translation>
    </message>
    <message>
        <source>role name</source>
        <translation>Rollenname</translation>
    </message>
    <message>
        <source>policy name</source>
        <translation>Richtlinienname</translation>
    </message>
    <message>
        <source>flow name</source>
        <translation>Flow-Name</translation>
    </message>
    <message>
        <source>dashboard name</source>
        <translation>Dashboard-Name</translation>
    </message>
    <message>
        <source>share name</source>
        <translation>Freigabename</translation>
    </message>
    <message>
        <source>folder name</source>
        <translation>Ordnername</translation>
    </message>
    <message>
        <source>file name or title</source>
        <translation>Dateiname oder -titel</translation>
    </message>
    <message>
        <source>user email</source>
        <translation>Benutzer-E-Mail</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>stored AI key, AI prompt or licence token</source>
        <translation>gespeicherter KI-Schlüssel, KI-Prompt oder Lizenz-Token</translation>
    </message>
</context>
<context>
    <name>IntakeRequestParser</name>
    <message>
        <source>The request head is larger than %1 bytes.</source>
        <translation>Der Anfragekopf ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <source>Header lines must end with CRLF.</source>
        <translation>Header-Zeilen müssen mit CRLF enden.</translation>
    </message>
    <message>
        <source>The request line is not &quot;METHOD /path HTTP/1.1&quot;.</source>
        <translation>Die Anfragezeile hat nicht die Form „METHOD /path HTTP/1.1“.</translation>
    </message>
    <message>
        <source>Only HTTP/1.1 is supported.</source>
        <translation>Nur HTTP/1.1 wird unterstützt.</translation>
    </message>
    <message>
        <source>The request target must be a path starting with &quot;/&quot;.</source>
        <translation>Das Anfrageziel muss ein Pfad sein, der mit „/“ beginnt.</translation>
    </message>
    <message>
        <source>Folded header lines are not accepted.</source>
        <translation>Gefaltete Header-Zeilen werden nicht akzeptiert.</translation>
    </message>
    <message>
        <source>A header line has no &quot;name: value&quot; form.</source>
        <translation>Eine Header-Zeile hat nicht die Form „name: value“.</translation>
    </message>
    <message>
        <source>A header name contains characters HTTP does not allow.</source>
        <translation>Ein Header-Name enthält Zeichen, die HTTP nicht erlaubt.</translation>
    </message>
    <message>
        <source>A header value contains control characters.</source>
        <translation>Ein Header-Wert enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>The request has more than %1 headers.</source>
        <translation>Die Anfrage hat mehr als %1 Header.</translation>
    </message>
    <message>
        <source>An HTTP/1.1 request must have a Host header.</source>
        <translation>Eine HTTP/1.1-Anfrage muss einen Host-Header haben.</translation>
    </message>
    <message>
        <source>Transfer-Encoding (chunked) is not supported; send a Content-Length.</source>
        <translation>Transfer-Encoding (chunked) wird nicht unterstützt; senden Sie eine Content-Length.</translation>
    </message>
    <message>
        <source>The request has conflicting Content-Length headers.</source>
        <translation>Die Anfrage hat widersprüchliche Content-Length-Header.</translation>
    </message>
    <message>
        <source>A Content-Length header is required.</source>
        <translation>Ein Content-Length-Header ist erforderlich.</translation>
    </message>
    <message>
        <source>The Content-Length is not a number.</source>
        <translation>Die Content-Length ist keine Zahl.</translation>
    </message>
    <message>
        <source>The body is larger than %1 bytes.</source>
        <translation>Der Body ist größer als %1 Bytes.</translation>
    </message>
</context>
<context>
    <name>JsonConfigEditor</name>
    <message>
        <source>the file cannot be edited safely (%1); set &quot;%2&quot;: %3 in it by hand</source>
        <translation>die Datei kann nicht sicher bearbeitet werden (%1); setzen Sie &quot;%2&quot;: %3 darin von Hand</translation>
    </message>
    <message>
        <source>it does not start with a JSON object</source>
        <translation>sie beginnt nicht mit einem JSON-Objekt</translation>
    </message>
    <message>
        <source>expected a key at byte %1</source>
        <translation>Schlüssel erwartet bei Byte %1</translation>
    </message>
    <message>
        <source>expected &quot;:&quot; at byte %1</source>
        <translation>„:“ erwartet bei Byte %1</translation>
    </message>
    <message>
        <source>unreadable value at byte %1</source>
        <translation>unlesbarer Wert bei Byte %1</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;}&quot; at byte %1</source>
        <translation>„,“ oder „}“ erwartet bei Byte %1</translation>
    </message>
    <message>
        <source>unexpected text after the object at byte %1</source>
        <translation>unerwarteter Text nach dem Objekt bei Byte %1</translation>
    </message>
</context>
<context>
    <name>LicenseVerifier</name>
    <message>
        <source>not a JWT (expected three dot-separated parts)</source>
        <translation>kein JWT (erwartet: drei durch Punkte getrennte Teile)</translation>
    </message>
    <message>
        <source>not a JWT (a part is not base64url)</source>
        <translation>kein JWT (ein Teil ist nicht base64url)</translation>
    </message>
    <message>
        <source>not a JWT (header or payload is not a JSON object)</source>
        <translation>kein JWT (Header oder Payload ist kein JSON-Objekt)</translation>
    </message>
    <message>
        <source>signed with %1, not EdDSA</source>
        <translation>mit %1 signiert, nicht mit EdDSA</translation>
    </message>
    <message>
        <source>the signature does not match Directus&apos;s licence key (%1)</source>
        <translation>die Signatur passt nicht zum Lizenzschlüssel von Directus (%1)</translation>
    </message>
    <message>
        <source>issued by &quot;%1&quot;, not directus-licensing-service</source>
        <translation>ausgestellt von „%1“, nicht von directus-licensing-service</translation>
    </message>
    <message>
        <source>not issued for the audience &quot;directus&quot;</source>
        <translation>nicht für die Zielgruppe (audience) „directus“ ausgestellt</translation>
    </message>
    <message>
        <source>has no expiry (exp), which Directus requires</source>
        <translation>hat kein Ablaufdatum (exp), das Directus verlangt</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Directus Telemetry Inspector</source>
        <translation>Directus Telemetry Inspector</translation>
    </message>
    <message>
        <source>Open a Directus project folder (File ▸ Open Project Folder…, Ctrl+O), the demo project (Ctrl+D) or connect to a database (Ctrl+Shift+O). Nothing is sent: the inspector only reads.</source>
        <translation>Öffnen Sie einen Directus-Projektordner (Datei ▸ Projektordner öffnen…, Strg+O), das Demoprojekt (Strg+D) oder verbinden Sie sich mit einer Datenbank (Strg+Umschalt+O). Es wird nichts gesendet: Der Inspector liest nur.</translation>
    </message>
    <message>
        <source>&amp;Open Project Folder…</source>
        <translation>Projektordner ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open the folder a Directus server runs in (the one with .env)</source>
        <translation>Den Ordner öffnen, in dem ein Directus-Server läuft (den mit der .env)</translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation>&amp;Demoprojekt öffnen</translation>
    </message>
    <message>
        <source>Open the small blog project bundled with the inspector</source>
        <translation>Das kleine, mit dem Inspector mitgelieferte Blog-Projekt öffnen</translation>
    </message>
    <message>
        <source>&amp;Connect to Database…</source>
        <translation>Mit Datenbank &amp;verbinden…</translation>
    </message>
    <message>
        <source>Inspect a Directus database whose project folder is not on this machine</source>
        <translation>Eine Directus-Datenbank untersuchen, deren Projektordner nicht auf diesem Rechner liegt</translation>
    </message>
    <message>
        <source>&amp;Compute Again</source>
        <translation>&amp;Neu berechnen</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Filter Fields</source>
        <translation>Felder &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>Alle &amp;ausklappen</translation>
    </message>
    <message>
        <source>C&amp;ollapse All</source>
        <translation>Alle &amp;einklappen</translation>
    </message>
    <message>
        <source>&amp;Send Now…</source>
        <translation>Jetzt &amp;senden…</translation>
    </message>
    <message>
        <source>Review the report, then send it to the project&apos;s TELEMETRY_URL</source>
        <translation>Den Bericht prüfen und dann an die TELEMETRY_URL des Projekts senden</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Every report computed, sent or exported; compare two</source>
        <translation>Jeder berechnete, gesendete oder exportierte Bericht; zwei vergleichen</translation>
    </message>
    <message>
        <source>&amp;Telemetry On/Off…</source>
        <translation>&amp;Telemetrie ein/aus…</translation>
    </message>
    <message>
        <source>Set TELEMETRY in the project&apos;s configuration file, after review</source>
        <translation>TELEMETRY nach Prüfung in der Konfigurationsdatei des Projekts setzen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Write a compliance export of this report</source>
        <translation>Einen Compliance-Export dieses Berichts schreiben</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Recent Projects</source>
        <translation>&amp;Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>Saved Co&amp;nnections</source>
        <translation>&amp;Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Re&amp;port</source>
        <translation>&amp;Bericht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>&lt;b&gt;Directus Telemetry Inspector&lt;/b&gt; %1&lt;br&gt;Shows the anonymous usage report a Directus instance would send, before it leaves the server.</source>
        <translation>&lt;b&gt;Directus Telemetry Inspector&lt;/b&gt; %1&lt;br&gt;Zeigt den anonymen Nutzungsbericht, den eine Directus-Instanz senden würde, bevor er den Server verlässt.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Geöffnetes Projekt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Filter fields by key, description or value (Ctrl+F)</source>
        <translation>Felder nach Schlüssel, Beschreibung oder Wert filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter fields</source>
        <translation>Felder filtern</translation>
    </message>
    <message>
        <source>Report fields by category</source>
        <translation>Berichtsfelder nach Kategorie</translation>
    </message>
    <message>
        <source>Report views</source>
        <translation>Berichtsansichten</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>Be&amp;richt</translation>
    </message>
    <message>
        <source>Raw &amp;JSON</source>
        <translation>Roh-&amp;JSON</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Berichtsfortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel computing the report</source>
        <translation>Berechnung des Berichts abbrechen</translation>
    </message>
    <message>
        <source>Open the folder your Directus server runs in (with .env)</source>
        <translation>Den Ordner öffnen, in dem Ihr Directus-Server läuft (mit der .env)</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source>This project cannot be read: %1
What to do: choose the folder Directus runs in — the one holding .env, package.json and node_modules/directus — or fix the file named above.</source>
        <translation>Dieses Projekt kann nicht gelesen werden: %1
Was zu tun ist: Wählen Sie den Ordner, in dem Directus läuft – den mit .env, package.json und node_modules/directus –, oder korrigieren Sie die oben genannte Datei.</translation>
    </message>
    <message>
        <source>The demo project was not found next to the program. What to do: reinstall, or open resources/demo from the source folder with Open Project Folder…</source>
        <translation>Das Demoprojekt wurde neben dem Programm nicht gefunden. Was zu tun ist: Neu installieren oder resources/demo aus dem Quellordner über „Projektordner öffnen…“ öffnen.</translation>
    </message>
    <message>
        <source>Demo project: %1</source>
        <translation>Demoprojekt: %1</translation>
    </message>
    <message>
        <source>These connection settings cannot be used: %1
What to do: check the driver, host and database in the connection form.</source>
        <translation>Diese Verbindungseinstellungen können nicht verwendet werden: %1
Was zu tun ist: Prüfen Sie Treiber, Host und Datenbank im Verbindungsformular.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>That saved connection no longer exists.</source>
        <translation>Diese gespeicherte Verbindung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>No system keychain: enter the password.</source>
        <translation>Kein System-Schlüsselbund: Geben Sie das Passwort ein.</translation>
    </message>
    <message>
        <source>No password is stored for this connection.</source>
        <translation>Für diese Verbindung ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>The keychain did not give the password (%1).</source>
        <translation>Der Schlüsselbund hat das Passwort nicht herausgegeben (%1).</translation>
    </message>
    <message>
        <source>No system keychain is available, so the password was not stored; you will be asked for it next time.</source>
        <translation>Es ist kein System-Schlüsselbund verfügbar, daher wurde das Passwort nicht gespeichert; Sie werden beim nächsten Mal danach gefragt.</translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain: %1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Opening the database read-only…</source>
        <translation>Datenbank wird schreibgeschützt geöffnet…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Computing the report was cancelled; nothing was read further. Press F5 to compute it again.</source>
        <translation>Die Berechnung des Berichts wurde abgebrochen; es wurde nichts weiter gelesen. Drücken Sie F5, um ihn erneut zu berechnen.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>What to do: fix the DB_* values in the project&apos;s configuration (or the connection form) and press F5.</source>
        <translation>Was zu tun ist: Korrigieren Sie die DB_*-Werte in der Konfiguration des Projekts (oder im Verbindungsformular) und drücken Sie F5.</translation>
    </message>
    <message>
        <source>What to do: check that the database is reachable and is the one Directus uses, then press F5.</source>
        <translation>Was zu tun ist: Prüfen Sie, ob die Datenbank erreichbar ist und ob es die ist, die Directus verwendet, und drücken Sie dann F5.</translation>
    </message>
    <message>
        <source>Report computed; nothing was sent.</source>
        <translation>Bericht berechnet; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Directus would send nothing: %1. The values shown are the tolerant reading, each affected one marked approximate.</source>
        <translation>Directus würde nichts senden: %1. Die angezeigten Werte sind die tolerante Lesart; jeder betroffene Wert ist als ungefähr markiert.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Takes effect at the next start</source>
        <translation>Wirkt beim nächsten Start</translation>
    </message>
    <message>
        <source>The language changes the next time the inspector starts.</source>
        <translation>Die Sprache ändert sich beim nächsten Start des Inspectors.</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Review &amp;Gate…</source>
        <translation>Prüf-&amp;Gate…</translation>
    </message>
    <message>
        <source>Receive the server&apos;s own reports, check them and forward them at once or after approval</source>
        <translation>Die eigenen Berichte des Servers empfangen, prüfen und sofort oder nach Freigabe weiterleiten</translation>
    </message>
</context>
<context>
    <name>OptOutCommand</name>
    <message>
        <source>Set TELEMETRY=true in the project&apos;s configuration file (only that value changes).</source>
        <translation>TELEMETRY=true in der Konfigurationsdatei des Projekts setzen (nur dieser Wert ändert sich).</translation>
    </message>
    <message>
        <source>Set TELEMETRY=false in the project&apos;s configuration file (only that value changes). Without a licence that allows it, Directus 12.4.1 ignores the setting.</source>
        <translation>TELEMETRY=false in der Konfigurationsdatei des Projekts setzen (nur dieser Wert ändert sich). Ohne eine Lizenz, die das erlaubt, ignoriert Directus 12.4.1 diese Einstellung.</translation>
    </message>
    <message>
        <source>Write without asking.</source>
        <translation>Ohne Rückfrage schreiben.</translation>
    </message>
    <message>
        <source>When the project has no configuration file, create one holding only TELEMETRY (only in a folder Directus runs in).</source>
        <translation>Hat das Projekt keine Konfigurationsdatei, eine anlegen, die nur TELEMETRY enthält (nur in einem Ordner, in dem Directus läuft).</translation>
    </message>
    <message>
        <source>Try: telemetry-inspector %1 --help</source>
        <translation>Versuchen Sie: telemetry-inspector %1 --help</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <source>Append to</source>
        <translation>ergänzen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>ändern</translation>
    </message>
    <message>
        <source>%1 %2:
</source>
        <translation>%2 %1:
</translation>
    </message>
    <message>
        <source>  line %1
</source>
        <translation>  Zeile %1
</translation>
    </message>
    <message>
        <source>Write this change? [y/N] </source>
        <translation>Diese Änderung schreiben? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was changed.
</source>
        <translation>Es wurde nichts geändert.
</translation>
    </message>
    <message>
        <source>Created %1.
</source>
        <translation>%1 angelegt.
</translation>
    </message>
    <message>
        <source>Changed %1 (the previous version is kept as %2).
</source>
        <translation>%1 geändert (die vorherige Version ist als %2 erhalten).
</translation>
    </message>
    <message>
        <source>The configuration cannot be read back: %1</source>
        <translation>Die Konfiguration kann nicht zurückgelesen werden: %1</translation>
    </message>
    <message>
        <source>Whether Directus will report depends on its licence, which cannot be read: %1</source>
        <translation>Ob Directus Berichte sendet, hängt von seiner Lizenz ab, die nicht gelesen werden kann: %1</translation>
    </message>
</context>
<context>
    <name>OutputWriter</name>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ProjectConfig</name>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>it is not a regular file (a folder, pipe or device)</source>
        <translation>sie ist keine reguläre Datei (ein Ordner, eine Pipe oder ein Gerät)</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB, too large to be configuration</source>
        <translation>sie ist größer als %1 MiB, zu groß für eine Konfiguration</translation>
    </message>
    <message>
        <source>The configuration file %1 is JavaScript, which the inspector cannot run. Export the values it produces to a .env, .json or .yaml file and pass that with --config FILE.</source>
        <translation>Die Konfigurationsdatei %1 ist JavaScript, das der Inspector nicht ausführen kann. Exportieren Sie die erzeugten Werte in eine .env-, .json- oder .yaml-Datei und übergeben Sie diese mit --config FILE.</translation>
    </message>
    <message>
        <source>Cannot read the configuration file %1: %2. Directus would refuse to start with it; check the file and its permissions.</source>
        <translation>Die Konfigurationsdatei %1 kann nicht gelesen werden: %2. Directus würde damit nicht starten; prüfen Sie die Datei und ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>The configuration file %1 is not valid JSON: %2. Directus would refuse to start; fix the file.</source>
        <translation>Die Konfigurationsdatei %1 ist kein gültiges JSON: %2. Directus würde nicht starten; korrigieren Sie die Datei.</translation>
    </message>
    <message>
        <source>The configuration file %1 is not valid YAML: %2. Directus would refuse to start; fix the file.</source>
        <translation>Die Konfigurationsdatei %1 ist kein gültiges YAML: %2. Directus würde nicht starten; korrigieren Sie die Datei.</translation>
    </message>
    <message>
        <source>The configuration file %1 must hold one object of KEY: value pairs at the top level, but holds a %2.</source>
        <translation>Die Konfigurationsdatei %1 muss auf oberster Ebene ein Objekt aus KEY: value-Paaren enthalten, enthält aber ein(e) %2.</translation>
    </message>
    <message>
        <source>%1 is a file, not a Directus project folder. Pass the folder that holds the project&apos;s .env and node_modules, or the file itself with --config.</source>
        <translation>%1 ist eine Datei, kein Directus-Projektordner. Übergeben Sie den Ordner mit der .env und node_modules des Projekts oder die Datei selbst mit --config.</translation>
    </message>
    <message>
        <source>The project folder %1 does not exist. Pass the folder that holds the Directus project&apos;s .env and node_modules.</source>
        <translation>Der Projektordner %1 existiert nicht. Übergeben Sie den Ordner mit der .env und node_modules des Directus-Projekts.</translation>
    </message>
    <message>
        <source>The configuration path %1 is a folder; Directus expects a file there (.env, .json or .yaml).</source>
        <translation>Der Konfigurationspfad %1 ist ein Ordner; Directus erwartet dort eine Datei (.env, .json oder .yaml).</translation>
    </message>
    <message>
        <source>The configuration file %1 does not exist.</source>
        <translation>Die Konfigurationsdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>There is no configuration file at %1: only the server environment you supplied and Directus&apos;s defaults are used.</source>
        <translation>Unter %1 gibt es keine Konfigurationsdatei: Es werden nur die von Ihnen angegebene Serverumgebung und die Standardwerte von Directus verwendet.</translation>
    </message>
    <message>
        <source>server environment</source>
        <translation>Serverumgebung</translation>
    </message>
    <message>
        <source>%1 (from %2) names the file %3, which cannot be read: %4. Directus would refuse to start; make the file readable to the inspector.</source>
        <translation>%1 (aus %2) nennt die Datei %3, die nicht gelesen werden kann: %4. Directus würde nicht starten; machen Sie die Datei für den Inspector lesbar.</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (aus %2)</translation>
    </message>
    <message>
        <source>Directus default</source>
        <translation>Directus-Standardwert</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 has no &quot;version&quot; string (%2). Reinstall Directus, or give the version with --directus-version.</source>
        <translation>%1 hat keinen String „version“ (%2). Installieren Sie Directus neu oder geben Sie die Version mit --directus-version an.</translation>
    </message>
    <message>
        <source>the field is missing</source>
        <translation>das Feld fehlt</translation>
    </message>
    <message>
        <source>--directus-version %1 was ignored: the project&apos;s installed Directus is %2 (node_modules/directus/package.json), and that is what it sends.</source>
        <translation>--directus-version %1 wurde ignoriert: Das im Projekt installierte Directus ist %2 (node_modules/directus/package.json), und diese Version sendet es.</translation>
    </message>
    <message>
        <source>The version %1 was %2: %3 is missing, so the inspector cannot check it.</source>
        <translation>Version %1 (Herkunft: %2): %3 fehlt, daher kann der Inspector sie nicht prüfen.</translation>
    </message>
    <message>
        <source>%1 is missing, so this folder does not look like a Directus install and the version Directus sends is unknown. Pass the Directus project folder, or give the version with --directus-version VERSION.</source>
        <translation>%1 fehlt, daher sieht dieser Ordner nicht nach einer Directus-Installation aus und die Version, die Directus sendet, ist unbekannt. Übergeben Sie den Directus-Projektordner oder geben Sie die Version mit --directus-version VERSION an.</translation>
    </message>
    <message>
        <source>Cannot read the environment file %1 given with --env-file: %2.</source>
        <translation>Die mit --env-file angegebene Umgebungsdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>ProjectOptions</name>
    <message>
        <source>The Directus project folder (holding .env, package.json and node_modules). Default: the current folder.</source>
        <translation>Der Directus-Projektordner (mit .env, package.json und node_modules). Standard: der aktuelle Ordner.</translation>
    </message>
    <message>
        <source>Read this configuration file instead of the project&apos;s .env (like CONFIG_PATH).</source>
        <translation>Diese Konfigurationsdatei statt der .env des Projekts lesen (wie CONFIG_PATH).</translation>
    </message>
    <message>
        <source>A variable the server has in its process environment (Docker, systemd, …). Repeatable.</source>
        <translation>Eine Variable, die der Server in seiner Prozessumgebung hat (Docker, systemd, …). Wiederholbar.</translation>
    </message>
    <message>
        <source>Variables the server has in its process environment, as a dotenv file.</source>
        <translation>Variablen, die der Server in seiner Prozessumgebung hat, als dotenv-Datei.</translation>
    </message>
    <message>
        <source>Treat this shell&apos;s environment as the server&apos;s (only when the server runs with it).</source>
        <translation>Die Umgebung dieser Shell als die des Servers behandeln (nur, wenn der Server mit ihr läuft).</translation>
    </message>
    <message>
        <source>Take the server&apos;s environment from this Docker Compose file (environment: and env_file: of the Directus service). --env-file and --env override it.</source>
        <translation>Die Umgebung des Servers aus dieser Docker-Compose-Datei übernehmen (environment: und env_file: des Directus-Dienstes). --env-file und --env überschreiben sie.</translation>
    </message>
    <message>
        <source>The compose service to read (default: the one whose image is Directus).</source>
        <translation>Der zu lesende Compose-Dienst (Standard: der, dessen Image Directus ist).</translation>
    </message>
    <message>
        <source>Ask for the database password (not echoed) instead of using DB_PASSWORD.</source>
        <translation>Nach dem Datenbankpasswort fragen (ohne Anzeige), statt DB_PASSWORD zu verwenden.</translation>
    </message>
    <message>
        <source>Give up connecting to a database server after SECONDS (default 10).</source>
        <translation>Den Verbindungsaufbau zu einem Datenbankserver nach SECONDS aufgeben (Standard 10).</translation>
    </message>
    <message>
        <source>Give up on a database query after SECONDS (default 120).</source>
        <translation>Eine Datenbankabfrage nach SECONDS aufgeben (Standard 120).</translation>
    </message>
    <message>
        <source>The Directus version, when node_modules/directus/package.json is not in the project.</source>
        <translation>Die Directus-Version, wenn node_modules/directus/package.json nicht im Projekt liegt.</translation>
    </message>
    <message>
        <source>--service needs --compose FILE.</source>
        <translation>--service benötigt --compose FILE.</translation>
    </message>
    <message>
        <source>Expected one project folder, got %1: %2</source>
        <translation>Ein Projektordner erwartet, %1 erhalten: %2</translation>
    </message>
    <message>
        <source>No Directus project in the current folder (%1 has no .env and no node_modules/directus). Pass the project folder, e.g.
  telemetry-inspector report /srv/directus
or a configuration file with --config FILE.</source>
        <translation>Kein Directus-Projekt im aktuellen Ordner (%1 hat keine .env und kein node_modules/directus). Übergeben Sie den Projektordner, z. B.
  telemetry-inspector report /srv/directus
oder eine Konfigurationsdatei mit --config FILE.</translation>
    </message>
    <message>
        <source>--inherit-env</source>
        <translation>--inherit-env</translation>
    </message>
    <message>
        <source>--env-file %1</source>
        <translation>--env-file %1</translation>
    </message>
    <message>
        <source>--env expects KEY=VALUE, got &quot;%1&quot;.</source>
        <translation>--env erwartet KEY=VALUE, erhalten: „%1“.</translation>
    </message>
    <message>
        <source>--env</source>
        <translation>--env</translation>
    </message>
    <message>
        <source>taken from the image tag of compose service %1 (%2)</source>
        <translation>aus dem Image-Tag des Compose-Dienstes %1 (%2)</translation>
    </message>
    <message>
        <source>Database password: </source>
        <translation>Datenbankpasswort: </translation>
    </message>
    <message>
        <source>--ask-password: no password was entered.</source>
        <translation>--ask-password: Es wurde kein Passwort eingegeben.</translation>
    </message>
    <message>
        <source>typed at --ask-password</source>
        <translation>eingegeben bei --ask-password</translation>
    </message>
    <message>
        <source>The server&apos;s environment, from %1 (service %2):</source>
        <translation>Die Umgebung des Servers, aus %1 (Dienst %2):</translation>
    </message>
    <message>
        <source>%1: %2 (the config file wins over %3)</source>
        <translation>%1: %2 (die Konfigurationsdatei hat Vorrang vor %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (overrides %3)</source>
        <translation>%1: %2 (überschreibt %3)</translation>
    </message>
</context>
<context>
    <name>RawJsonView</name>
    <message>
        <source>&amp;Indent for reading</source>
        <translation>Zum Lesen &amp;einrücken</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Raw JSON that would be sent</source>
        <translation>Roh-JSON, das gesendet würde</translation>
    </message>
    <message>
        <source>Indent the JSON for reading</source>
        <translation>JSON zum Lesen einrücken</translation>
    </message>
    <message>
        <source>Shows the same report indented. The bytes that are sent are the compact ones.</source>
        <translation>Zeigt denselben Bericht eingerückt. Gesendet werden die kompakten Bytes.</translation>
    </message>
    <message>
        <source>Copy the JSON to the clipboard</source>
        <translation>JSON in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Size of the report that would be sent</source>
        <translation>Größe des Berichts, der gesendet würde</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>Noch kein Bericht</translation>
    </message>
    <message>
        <source>%1 bytes would be sent</source>
        <translation>%1 Bytes würden gesendet</translation>
    </message>
</context>
<context>
    <name>ReadOnlyConnection</name>
    <message>
        <source>The server at %1 has no database &quot;%2&quot; that user &quot;%3&quot; may use: it does not exist, or DB_USER has no rights on it. Check DB_DATABASE (or the database in DB_CONNECTION_STRING).</source>
        <translation>Der Server unter %1 hat keine Datenbank „%2“, die Benutzer „%3“ verwenden darf: Sie existiert nicht, oder DB_USER hat keine Rechte darauf. Prüfen Sie DB_DATABASE (oder die Datenbank in DB_CONNECTION_STRING).</translation>
    </message>
    <message>
        <source>The server at %1 refused user &quot;%2&quot;: wrong password or user (check DB_USER and DB_PASSWORD, or use --ask-password).</source>
        <translation>Der Server unter %1 hat Benutzer „%2“ abgewiesen: falsches Passwort oder falscher Benutzer (prüfen Sie DB_USER und DB_PASSWORD oder verwenden Sie --ask-password).</translation>
    </message>
    <message>
        <source>The server at %1 has no database &quot;%2&quot;. Check DB_DATABASE (or the database in DB_CONNECTION_STRING).</source>
        <translation>Der Server unter %1 hat keine Datenbank „%2“. Prüfen Sie DB_DATABASE (oder die Datenbank in DB_CONNECTION_STRING).</translation>
    </message>
    <message>
        <source>TLS to %1 failed. If the server requires TLS set DB_SSL=true; if it offers none, remove DB_SSL; for a private CA set DB_SSL__CA_FILE; DB_SSL__REJECT_UNAUTHORIZED=false skips certificate checks.</source>
        <translation>TLS zu %1 ist fehlgeschlagen. Verlangt der Server TLS, setzen Sie DB_SSL=true; bietet er keins an, entfernen Sie DB_SSL; für eine private CA setzen Sie DB_SSL__CA_FILE; DB_SSL__REJECT_UNAUTHORIZED=false überspringt die Zertifikatsprüfung.</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 seconds. Is the host reachable from here (firewall, Docker network)? Values that only resolve inside Compose can be overridden with --env DB_HOST=... --env DB_PORT=....</source>
        <translation>Keine Antwort von %1 innerhalb von %2 Sekunden. Ist der Host von hier aus erreichbar (Firewall, Docker-Netzwerk)? Werte, die nur innerhalb von Compose auflösbar sind, lassen sich mit --env DB_HOST=... --env DB_PORT=.... überschreiben.</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; does not resolve from here. If it is a Docker Compose service name, pass --env DB_HOST=&lt;address reachable from this machine&gt;.</source>
        <translation>Der Hostname „%1“ lässt sich von hier aus nicht auflösen. Ist es ein Docker-Compose-Dienstname, übergeben Sie --env DB_HOST=&lt;von diesem Rechner erreichbare Adresse&gt;.</translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1. Is the database server running, and are DB_HOST and DB_PORT right for this machine? (Inside Docker Compose the server may only be reachable as a service name; pass --env DB_HOST=... --env DB_PORT=....)</source>
        <translation>Unter %1 nimmt nichts Verbindungen an. Läuft der Datenbankserver, und sind DB_HOST und DB_PORT für diesen Rechner richtig? (Innerhalb von Docker Compose ist der Server eventuell nur über einen Dienstnamen erreichbar; übergeben Sie --env DB_HOST=... --env DB_PORT=....)</translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>Verbindung zu %1 nicht möglich.</translation>
    </message>
    <message>
        <source>%1 Server said: %2</source>
        <translation>%1 Meldung des Servers: %2</translation>
    </message>
    <message>
        <source>Reading %1 databases is not supported by this version of the inspector.</source>
        <translation>Das Lesen von %1-Datenbanken wird von dieser Version des Inspectors nicht unterstützt.</translation>
    </message>
    <message>
        <source>The SQLite database %1 (DB_FILENAME) does not exist. Check DB_FILENAME in the project&apos;s configuration; relative paths are resolved against the project folder.</source>
        <translation>Die SQLite-Datenbank %1 (DB_FILENAME) existiert nicht. Prüfen Sie DB_FILENAME in der Konfiguration des Projekts; relative Pfade werden relativ zum Projektordner aufgelöst.</translation>
    </message>
    <message>
        <source>The SQLite database %1 (DB_FILENAME) is not a readable file. Check its permissions.</source>
        <translation>Die SQLite-Datenbank %1 (DB_FILENAME) ist keine lesbare Datei. Prüfen Sie ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed; install the package libqt6sql6-sqlite.</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert; installieren Sie das Paket libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>Could not open the SQLite database %1: %2</source>
        <translation>Die SQLite-Datenbank %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable SQLite database (%2). Is DB_FILENAME pointing at the right file, and is the file intact?</source>
        <translation>%1 ist keine lesbare SQLite-Datenbank (%2). Zeigt DB_FILENAME auf die richtige Datei, und ist die Datei intakt?</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; install the package libqt6sql6-psql.</source>
        <translation>Der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert; installieren Sie das Paket libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>Could not set DB_SEARCH_PATH on %1: %2</source>
        <translation>DB_SEARCH_PATH konnte auf %1 nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <source>%1 did not accept a read-only session (%2); the inspector will not read it through a writable connection.</source>
        <translation>%1 hat keine schreibgeschützte Sitzung akzeptiert (%2); der Inspector liest die Datenbank nicht über eine beschreibbare Verbindung.</translation>
    </message>
    <message>
        <source>Qt&apos;s MySQL/MariaDB driver (QMYSQL) is not installed; install the package libqt6sql6-mysql.</source>
        <translation>Der MySQL/MariaDB-Treiber von Qt (QMYSQL) ist nicht installiert; installieren Sie das Paket libqt6sql6-mysql.</translation>
    </message>
    <message>
        <source>TLS was asked for (DB_SSL), but the server offers no TLS, so the session is not encrypted</source>
        <translation>TLS wurde angefordert (DB_SSL), aber der Server bietet kein TLS an, daher ist die Sitzung nicht verschlüsselt</translation>
    </message>
</context>
<context>
    <name>ReceivedReportsDialog</name>
    <message>
        <source>Review Gate — %1</source>
        <translation>Prüf-Gate – %1</translation>
    </message>
    <message>
        <source>Review gate: reports received from the Directus server</source>
        <translation>Prüf-Gate: vom Directus-Server empfangene Berichte</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Adresse zum Lauschen</translation>
    </message>
    <message>
        <source>A loopback address: 127.0.0.1 or ::1</source>
        <translation>Eine Loopback-Adresse: 127.0.0.1 oder ::1</translation>
    </message>
    <message>
        <source>Listen port</source>
        <translation>Port zum Lauschen</translation>
    </message>
    <message>
        <source>any free</source>
        <translation>beliebiger freier</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Hold for review</source>
        <translation>Zur Prüfung zurückhalten</translation>
    </message>
    <message>
        <source>Pass-through</source>
        <translation>Durchreichen</translation>
    </message>
    <message>
        <source>Forward to</source>
        <translation>Weiterleiten an</translation>
    </message>
    <message>
        <source>the real intake, e.g. https://telemetry.directus.io</source>
        <translation>der echte Empfangsendpunkt, z. B. https://telemetry.directus.io</translation>
    </message>
    <message>
        <source>the project&apos;s TELEMETRY_URL (%1)</source>
        <translation>die TELEMETRY_URL des Projekts (%1)</translation>
    </message>
    <message>
        <source>The real intake approved reports go to. Leave empty for the project&apos;s TELEMETRY_URL (owner registrations: COMPLIANCE_URL).</source>
        <translation>Der echte Empfangsendpunkt, an den freigegebene Berichte gehen. Leer lassen für die TELEMETRY_URL des Projekts (Eigentümer-Registrierungen: COMPLIANCE_URL).</translation>
    </message>
    <message>
        <source>&amp;Start Listening</source>
        <translation>Lauschen &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>&amp;Forward to:</source>
        <translation>&amp;Weiterleiten an:</translation>
    </message>
    <message>
        <source>Gate status</source>
        <translation>Gate-Status</translation>
    </message>
    <message>
        <source>How to point the server at the gate</source>
        <translation>Wie Sie den Server auf das Gate verweisen</translation>
    </message>
    <message>
        <source>Gate error</source>
        <translation>Gate-Fehler</translation>
    </message>
    <message>
        <source>Received reports</source>
        <translation>Empfangene Berichte</translation>
    </message>
    <message>
        <source>Selected report</source>
        <translation>Ausgewählter Bericht</translation>
    </message>
    <message>
        <source>Exact bytes received</source>
        <translation>Exakte empfangene Bytes</translation>
    </message>
    <message>
        <source>Redaction findings</source>
        <translation>Befunde der Schwärzungsprüfung</translation>
    </message>
    <message>
        <source>Field diff against the computed report</source>
        <translation>Feldvergleich mit dem berechneten Bericht</translation>
    </message>
    <message>
        <source>Details of the selected report</source>
        <translation>Details des ausgewählten Berichts</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <source>Received &amp;Bytes</source>
        <translation>Empfangene &amp;Bytes</translation>
    </message>
    <message>
        <source>&amp;Redaction</source>
        <translation>S&amp;chwärzung</translation>
    </message>
    <message>
        <source>&amp;Diff</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <source>&amp;Approve (Forward)…</source>
        <translation>&amp;Freigeben (weiterleiten)…</translation>
    </message>
    <message>
        <source>D&amp;iscard…</source>
        <translation>V&amp;erwerfen…</translation>
    </message>
    <message>
        <source>Close the review gate (it keeps listening)</source>
        <translation>Prüf-Gate schließen (es lauscht weiter)</translation>
    </message>
    <message>
        <source>The history cannot be opened, so received reports could not be recorded; the gate does not start.</source>
        <translation>Der Verlauf kann nicht geöffnet werden, daher könnten empfangene Berichte nicht aufgezeichnet werden; das Gate startet nicht.</translation>
    </message>
    <message>
        <source>“%1” is not a numeric address: use 127.0.0.1 or ::1.</source>
        <translation>„%1“ ist keine numerische Adresse: Verwenden Sie 127.0.0.1 oder ::1.</translation>
    </message>
    <message>
        <source>%1 is not a loopback address: the gate would accept reports (and Authorization headers) from the network. The window listens on 127.0.0.1 or ::1 only; for another address use `telemetry-inspector gate --allow-non-loopback` on the command line.</source>
        <translation>%1 ist keine Loopback-Adresse: Das Gate würde Berichte (und Authorization-Header) aus dem Netzwerk annehmen. Das Fenster lauscht nur auf 127.0.0.1 oder ::1; für eine andere Adresse verwenden Sie `telemetry-inspector gate --allow-non-loopback` auf der Kommandozeile.</translation>
    </message>
    <message>
        <source>“%1” is not an http(s) URL to forward to.</source>
        <translation>„%1“ ist keine http(s)-URL, an die weitergeleitet werden kann.</translation>
    </message>
    <message>
        <source>What to do: choose another port (another program, or a `gate` command, may be listening on it), or 0 for any free port.</source>
        <translation>Was zu tun ist: Wählen Sie einen anderen Port (ein anderes Programm oder ein `gate`-Befehl lauscht möglicherweise darauf) oder 0 für einen beliebigen freien Port.</translation>
    </message>
    <message>
        <source>The forward destination %1 is this gate itself (TELEMETRY_URL in the project points here). Enter the real intake under Forward to, e.g. https://telemetry.directus.io.</source>
        <translation>Das Weiterleitungsziel %1 ist dieses Gate selbst (TELEMETRY_URL im Projekt zeigt hierher). Geben Sie den echten Empfangsendpunkt unter „Weiterleiten an“ ein, z. B. https://telemetry.directus.io.</translation>
    </message>
    <message>
        <source>hold for review</source>
        <translation>zur Prüfung zurückhalten</translation>
    </message>
    <message>
        <source>pass-through</source>
        <translation>durchreichen</translation>
    </message>
    <message numerus="yes">
        <source>%n held</source>
        <translation>
            <numerusform>%n zurückgehalten</numerusform>
            <numerusform>%n zurückgehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Listening on %1, %2, %3</source>
        <translation>Lauscht auf %1, %2, %3</translation>
    </message>
    <message>
        <source>On the Directus server set TELEMETRY_URL=%1 (and COMPLIANCE_URL=%1 for owner registrations), then restart it. Approved reports go to %2.</source>
        <translation>Setzen Sie auf dem Directus-Server TELEMETRY_URL=%1 (und COMPLIANCE_URL=%1 für Eigentümer-Registrierungen) und starten Sie ihn dann neu. Freigegebene Berichte gehen an %2.</translation>
    </message>
    <message>
        <source>nowhere yet (set Forward to)</source>
        <translation>noch nirgendwohin (setzen Sie „Weiterleiten an“)</translation>
    </message>
    <message>
        <source>Not listening, %1</source>
        <translation>Lauscht nicht, %1</translation>
    </message>
    <message>
        <source>Start listening, then set TELEMETRY_URL=http://%1:PORT on the Directus server so it posts its reports here. Reports received by a `telemetry-inspector gate` command appear here too.</source>
        <translation>Starten Sie das Lauschen und setzen Sie dann auf dem Directus-Server TELEMETRY_URL=http://%1:PORT, damit er seine Berichte hierher sendet. Berichte, die ein `telemetry-inspector gate`-Befehl empfangen hat, erscheinen ebenfalls hier.</translation>
    </message>
    <message>
        <source>&amp;Stop Listening</source>
        <translation>Lauschen &amp;stoppen</translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation>Lauschen stoppen</translation>
    </message>
    <message>
        <source>Start listening</source>
        <translation>Lauschen starten</translation>
    </message>
    <message>
        <source>Nothing received yet.</source>
        <translation>Noch nichts empfangen.</translation>
    </message>
    <message>
        <source>Select a received report.</source>
        <translation>Wählen Sie einen empfangenen Bericht.</translation>
    </message>
    <message>
        <source>#%1 %2, received %3 from %4</source>
        <translation>#%1 %2, empfangen am %3 von %4</translation>
    </message>
    <message>
        <source>Personal data: an owner registration carries the owner&apos;s name and email; the email addresses are masked in what is stored and shown.</source>
        <translation>Personenbezogene Daten: Eine Eigentümer-Registrierung enthält Namen und E-Mail des Eigentümers; die E-Mail-Adressen sind in den gespeicherten und angezeigten Daten maskiert.</translation>
    </message>
    <message>
        <source>%1 bytes, SHA-256 %2</source>
        <translation>%1 Bytes, SHA-256 %2</translation>
    </message>
    <message>
        <source>Content-Type: %1</source>
        <translation>Content-Type: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Authorization: sent by the server (the value is never stored)</source>
        <translation>Authorization: vom Server gesendet (der Wert wird nie gespeichert)</translation>
    </message>
    <message>
        <source>Authorization: none</source>
        <translation>Authorization: keiner</translation>
    </message>
    <message>
        <source>Redaction: %1</source>
        <translation>Schwärzung: %1</translation>
    </message>
    <message>
        <source>Diff against the computed report: %1</source>
        <translation>Vergleich mit dem berechneten Bericht: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Approve forwards it to: %1</source>
        <translation>Freigabe leitet weiter an: %1</translation>
    </message>
    <message>
        <source>Forwarded to: %1</source>
        <translation>Weitergeleitet an: %1</translation>
    </message>
    <message>
        <source>Forward outcome: %1</source>
        <translation>Weiterleitungsergebnis: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>No redaction check ran.</source>
        <translation>Es wurde keine Schwärzungsprüfung ausgeführt.</translation>
    </message>
    <message>
        <source>An owner registration is not a report: there is nothing to compare it with.</source>
        <translation>Eine Eigentümer-Registrierung ist kein Bericht: Es gibt nichts, womit sie verglichen werden könnte.</translation>
    </message>
    <message>
        <source>Against the report computed from the database when it arrived%1: %2</source>
        <translation>Verglichen mit dem Bericht, der beim Eingang aus der Datenbank berechnet wurde%1: %2</translation>
    </message>
    <message>
        <source> (history entry #%1)</source>
        <translation> (Verlaufseintrag #%1)</translation>
    </message>
    <message>
        <source>api_requests* differ by design (only the server counts requests); lines marked ! are unexpected.</source>
        <translation>api_requests* weichen bestimmungsgemäß ab (nur der Server zählt Anfragen); mit ! markierte Zeilen sind unerwartet.</translation>
    </message>
    <message>
        <source>Forward #%1 (%2, %3 bytes, SHA-256 %4…) to
%5

The exact bytes received are sent, with the Authorization header the server sent (or the project&apos;s TELEMETRY_AUTHORIZATION).</source>
        <translation>#%1 (%2, %3 Bytes, SHA-256 %4…) weiterleiten an
%5

Es werden die exakten empfangenen Bytes gesendet, mit dem Authorization-Header, den der Server gesendet hat (oder TELEMETRY_AUTHORIZATION des Projekts).</translation>
    </message>
    <message>
        <source>(nowhere known: set Forward to)</source>
        <translation>(kein Ziel bekannt: setzen Sie „Weiterleiten an“)</translation>
    </message>
    <message>
        <source>Careful: the checks flagged this report (redaction %1, diff %2).</source>
        <translation>Achtung: Die Prüfungen haben diesen Bericht beanstandet (Schwärzung %1, Vergleich %2).</translation>
    </message>
    <message>
        <source>Approve and Forward</source>
        <translation>Freigeben und weiterleiten</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Weiterleiten</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discard #%1? It will never be forwarded. Some licences require reports to reach Directus; discarding may breach them.</source>
        <translation>#%1 verwerfen? Der Eintrag wird nie weitergeleitet. Manche Lizenzen verlangen, dass Berichte Directus erreichen; das Verwerfen kann dagegen verstoßen.</translation>
    </message>
</context>
<context>
    <name>ReceivedReportsModel</name>
    <message>
        <source>owner registration (personal data)</source>
        <translation>Eigentümer-Registrierung (personenbezogene Daten)</translation>
    </message>
    <message>
        <source>report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>UNEXPECTED changes</source>
        <translation>UNERWARTETE Änderungen</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>nicht verglichen</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>identisch</translation>
    </message>
    <message>
        <source>only api_requests* (expected)</source>
        <translation>nur api_requests* (erwartet)</translation>
    </message>
    <message>
        <source>held</source>
        <translation>zurückgehalten</translation>
    </message>
    <message>
        <source>forwarding…</source>
        <translation>wird weitergeleitet…</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>weitergeleitet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>not forwarded</source>
        <translation>nicht weitergeleitet</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Redaction</source>
        <translation>Schwärzung</translation>
    </message>
    <message>
        <source>Diff against computed</source>
        <translation>Vergleich mit berechnetem Bericht</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Forward outcome</source>
        <translation>Weiterleitungsergebnis</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
</context>
<context>
    <name>RedactionChecker</name>
    <message>
        <source>case-insensitive, in decoded JSON strings; values shorter than %1 characters, only digits, or true/false/null are not searched</source>
        <translation>ohne Beachtung der Groß-/Kleinschreibung, in dekodierten JSON-Strings; Werte kürzer als %1 Zeichen, reine Ziffernfolgen sowie true/false/null werden nicht gesucht</translation>
    </message>
    <message>
        <source>nothing to compare with: %1</source>
        <translation>nichts zum Vergleichen: %1</translation>
    </message>
    <message>
        <source>no values were read</source>
        <translation>es wurden keine Werte gelesen</translation>
    </message>
    <message>
        <source>a %1 (%2) appears in %3</source>
        <translation>ein(e) %1 (%2) erscheint in %3</translation>
    </message>
    <message>
        <source>checked %1; %2 found (%3)</source>
        <translation>%1 geprüft; %2 gefunden (%3)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>. Not readable, so not checked: %1</source>
        <translation>. Nicht lesbar, daher nicht geprüft: %1</translation>
    </message>
    <message>
        <source>Only documented keys, each of its documented type</source>
        <translation>Nur dokumentierte Schlüssel, jeweils mit ihrem dokumentierten Typ</translation>
    </message>
    <message>
        <source>the payload is not a JSON object</source>
        <translation>die Payload ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the payload is not valid JSON: %1</source>
        <translation>die Payload ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>unknown key %1 (%2)</source>
        <translation>unbekannter Schlüssel %1 (%2)</translation>
    </message>
    <message>
        <source>%1 should be %2 but is %3 %4</source>
        <translation>%1 sollte %2 sein, ist aber %3 %4</translation>
    </message>
    <message>
        <source>documented key %1 is missing</source>
        <translation>dokumentierter Schlüssel %1 fehlt</translation>
    </message>
    <message>
        <source>checked %1 keys against the %2 documented keys and their types; %3 finding(s)</source>
        <translation>%1 Schlüssel gegen die %2 dokumentierten Schlüssel und ihre Typen geprüft; %3 Befund(e)</translation>
    </message>
    <message>
        <source>No names from the database</source>
        <translation>Keine Namen aus der Datenbank</translation>
    </message>
    <message>
        <source>No user emails or names</source>
        <translation>Keine Benutzer-E-Mails oder -Namen</translation>
    </message>
    <message>
        <source>No secrets, keys, tokens or prompts</source>
        <translation>Keine Geheimnisse, Schlüssel, Tokens oder Prompts</translation>
    </message>
    <message>
        <source>%1 (%2) in %3</source>
        <translation>%1 (%2) in %3</translation>
    </message>
    <message>
        <source>an API-key-shaped string</source>
        <translation>ein String in der Form eines API-Schlüssels</translation>
    </message>
    <message>
        <source>a JWT-shaped string</source>
        <translation>ein String in der Form eines JWT</translation>
    </message>
    <message>
        <source>a long high-entropy token</source>
        <translation>ein langes Token mit hoher Entropie</translation>
    </message>
    <message>
        <source>; credential shapes searched: sk-…, JWT, tokens of 24+ characters with ≥ 3.5 bits of entropy per character (UUIDs excepted): %1 found</source>
        <translation>; gesuchte Formen von Zugangsdaten: sk-…, JWT, Tokens ab 24 Zeichen mit ≥ 3,5 Bit Entropie pro Zeichen (außer UUIDs): %1 gefunden</translation>
    </message>
    <message>
        <source>No URL but PUBLIC_URL</source>
        <translation>Keine URL außer PUBLIC_URL</translation>
    </message>
    <message>
        <source>a URL with host %1 in %2</source>
        <translation>eine URL mit Host %1 in %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>found %1 URL(s); allowed host: %2 (from PUBLIC_URL)</source>
        <translation>%1 URL(s) gefunden; erlaubter Host: %2 (aus PUBLIC_URL)</translation>
    </message>
    <message>
        <source>none, PUBLIC_URL has no host</source>
        <translation>keiner, PUBLIC_URL hat keinen Host</translation>
    </message>
    <message>
        <source>No other configuration values</source>
        <translation>Keine anderen Konfigurationswerte</translation>
    </message>
</context>
<context>
    <name>RedactionMask</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedactionModel</name>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>Nicht prüfbar</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
</context>
<context>
    <name>RedactionPanel</name>
    <message>
        <source>&lt;b&gt;Redaction check&lt;/b&gt;</source>
        <translation>&lt;b&gt;Schwärzungsprüfung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Proves, against this instance&apos;s own names, people and secrets, that the report carries none of them.</source>
        <translation>Weist anhand der eigenen Namen, Personen und Geheimnisse dieser Instanz nach, dass der Bericht keine davon enthält.</translation>
    </message>
    <message>
        <source>Redaction check result</source>
        <translation>Ergebnis der Schwärzungsprüfung</translation>
    </message>
    <message>
        <source>Redaction checks</source>
        <translation>Schwärzungsprüfungen</translation>
    </message>
    <message>
        <source>Evidence for the selected check</source>
        <translation>Nachweis für die ausgewählte Prüfung</translation>
    </message>
    <message>
        <source>Select a check to see its evidence.</source>
        <translation>Wählen Sie eine Prüfung aus, um ihren Nachweis zu sehen.</translation>
    </message>
    <message>
        <source>%1 of %2 checks found something that should not leave the server.</source>
        <translation>%1 von %2 Prüfungen haben etwas gefunden, das den Server nicht verlassen sollte.</translation>
    </message>
    <message>
        <source>No leak found, but %1 of %2 checks could not run.</source>
        <translation>Kein Leck gefunden, aber %1 von %2 Prüfungen konnten nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>All %1 checks pass: the report carries none of this instance&apos;s names, people, secrets or settings.</source>
        <translation>Alle %1 Prüfungen bestanden: Der Bericht enthält keine Namen, Personen, Geheimnisse oder Einstellungen dieser Instanz.</translation>
    </message>
    <message>
        <source>The checks run when a report has been computed.</source>
        <translation>Die Prüfungen laufen, sobald ein Bericht berechnet wurde.</translation>
    </message>
</context>
<context>
    <name>RedactionTextFormatter</name>
    <message>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>N/A </source>
        <translation>N/A </translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Compute the anonymous usage report this Directus project would send, without sending it.</source>
        <translation>Den anonymen Nutzungsbericht berechnen, den dieses Directus-Projekt senden würde, ohne ihn zu senden.</translation>
    </message>
    <message>
        <source>json (the bytes Directus sends; default) or table.</source>
        <translation>json (die Bytes, die Directus sendet; Standard) oder table.</translation>
    </message>
    <message>
        <source>Indent the JSON for reading (not the bytes that are sent).</source>
        <translation>JSON zum Lesen einrücken (nicht die Bytes, die gesendet werden).</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In FILE statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Show progress on standard error, with the database&apos;s own row estimates (marked as such) while the exact counts run.</source>
        <translation>Fortschritt auf der Standardfehlerausgabe anzeigen, mit den eigenen Zeilenschätzungen der Datenbank (als solche markiert), während die exakten Zählungen laufen.</translation>
    </message>
    <message>
        <source>--format must be json or table, not &quot;%1&quot;.</source>
        <translation>--format muss json oder table sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>collections: %1; items ≈ %2 (estimate from the database&apos;s statistics for %3 of %1 tables; the exact count is running)</source>
        <translation>Collections: %1; Einträge ≈ %2 (Schätzung aus den Statistiken der Datenbank für %3 von %1 Tabellen; die exakte Zählung läuft)</translation>
    </message>
    <message>
        <source>Directus would send nothing: %1. The output above is the tolerant reading, with the affected values marked approximate.</source>
        <translation>Directus würde nichts senden: %1. Die obige Ausgabe ist die tolerante Lesart; die betroffenen Werte sind als ungefähr markiert.</translation>
    </message>
</context>
<context>
    <name>ReportDiff</name>
    <message>
        <source>the older report is not a JSON object (%1)</source>
        <translation>der ältere Bericht ist kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation>falscher Typ</translation>
    </message>
    <message>
        <source>the newer report is not a JSON object (%1)</source>
        <translation>der neuere Bericht ist kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>+ %1 %2 (added)</source>
        <translation>+ %1 %2 (hinzugefügt)</translation>
    </message>
    <message>
        <source>- %1 %2 (removed)</source>
        <translation>- %1 %2 (entfernt)</translation>
    </message>
</context>
<context>
    <name>ReportEngine</name>
    <message>
        <source>Checking the database</source>
        <translation>Datenbank wird geprüft</translation>
    </message>
    <message>
        <source>%1 is not a Directus database: it has no %2 table(s). Check DB_FILENAME / DB_DATABASE in the project&apos;s configuration.</source>
        <translation>%1 ist keine Directus-Datenbank: Ihr fehlen die Tabelle(n) %2. Prüfen Sie DB_FILENAME / DB_DATABASE in der Konfiguration des Projekts.</translation>
    </message>
    <message>
        <source>table %1 is missing</source>
        <translation>Tabelle %1 fehlt</translation>
    </message>
    <message>
        <source>Listing the collections</source>
        <translation>Collections werden aufgelistet</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 collections counted)</source>
        <translation>%1 (%2 von %3 Collections gezählt)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 collections counted</source>
        <translation>%1: %2 von %3 Collections gezählt</translation>
    </message>
    <message>
        <source>Checking the report for leaks</source>
        <translation>Bericht wird auf Lecks geprüft</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The database user (DB_USER) needs SELECT on every table Directus reads for the report.</source>
        <translation>Der Datenbankbenutzer (DB_USER) benötigt SELECT auf jede Tabelle, die Directus für den Bericht liest.</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Das Lesen von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>From the statistics of %1 of %2 collections; the exact count replaces it when counting is done.</source>
        <translation>Aus der Statistik von %1 der %2 Collections; die genaue Zählung ersetzt den Wert, sobald sie fertig ist.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost at the step &quot;%2&quot;: %3. No report was made (a partial report is never shown). Check that the server is running and try again.</source>
        <translation>Die Verbindung zu %1 ging verloren beim Schritt „%2“: %3. Es wurde kein Bericht erstellt (ein unvollständiger Bericht wird nie angezeigt). Prüfen Sie, ob der Server läuft, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Reading %1 failed at the step &quot;%2&quot;: %3. No report was made.</source>
        <translation>Das Lesen von %1 ist beim Schritt „%2“ fehlgeschlagen: %3. Es wurde kein Bericht erstellt.</translation>
    </message>
</context>
<context>
    <name>ReportGate</name>
    <message>
        <source>not checked: an owner registration carries the owner&apos;s name and email by design</source>
        <translation>nicht geprüft: Eine Eigentümer-Registrierung enthält bestimmungsgemäß Namen und E-Mail des Eigentümers</translation>
    </message>
    <message>
        <source>nowhere to forward it: COMPLIANCE_URL is not set and no --forward-to was given</source>
        <translation>kein Weiterleitungsziel: COMPLIANCE_URL ist nicht gesetzt und --forward-to wurde nicht angegeben</translation>
    </message>
    <message>
        <source>The review gate cannot record the report: %1</source>
        <translation>Das Prüf-Gate kann den Bericht nicht aufzeichnen: %1</translation>
    </message>
    <message>
        <source>Held for review as #%1.</source>
        <translation>Zur Prüfung zurückgehalten als #%1.</translation>
    </message>
    <message>
        <source>Received as #%1; forwarding.</source>
        <translation>Empfangen als #%1; wird weitergeleitet.</translation>
    </message>
    <message>
        <source>could not check: %1</source>
        <translation>Prüfung nicht möglich: %1</translation>
    </message>
    <message>
        <source>! could not compute the report to compare with: %1</source>
        <translation>! der Bericht zum Vergleich konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>There is no received report #%1.</source>
        <translation>Es gibt keinen empfangenen Bericht #%1.</translation>
    </message>
    <message>
        <source>Received report #%1 is %2, not held.</source>
        <translation>Der empfangene Bericht #%1 hat den Status %2 und ist nicht zurückgehalten.</translation>
    </message>
    <message>
        <source>Owner registration #%1 was stored with its email masked; only the gate process that received it holds the original. Approve it there, or discard it (Directus sends it again daily while the project is pending).</source>
        <translation>Die Eigentümer-Registrierung #%1 wurde mit maskierter E-Mail gespeichert; nur der Gate-Prozess, der sie empfangen hat, hat das Original. Geben Sie sie dort frei oder verwerfen Sie sie (Directus sendet sie täglich erneut, solange das Projekt aussteht).</translation>
    </message>
    <message>
        <source>Report #%1 came with an Authorization header, which is never stored, and the project sets no TELEMETRY_AUTHORIZATION; give it with --env TELEMETRY_AUTHORIZATION=… or approve it in the running gate.</source>
        <translation>Bericht #%1 kam mit einem Authorization-Header, der nie gespeichert wird, und das Projekt setzt kein TELEMETRY_AUTHORIZATION; geben Sie ihn mit --env TELEMETRY_AUTHORIZATION=… an oder geben Sie den Bericht im laufenden Gate frei.</translation>
    </message>
    <message>
        <source>Nowhere to forward #%1: COMPLIANCE_URL is not set and no --forward-to was given.</source>
        <translation>Kein Weiterleitungsziel für #%1: COMPLIANCE_URL ist nicht gesetzt und --forward-to wurde nicht angegeben.</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>Received report #%1 changed meanwhile (approved or discarded elsewhere).</source>
        <translation>Der empfangene Bericht #%1 hat sich inzwischen geändert (anderswo freigegeben oder verworfen).</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>could not check: the gate stopped before the check finished</source>
        <translation>nicht geprüft: das Prüf-Gate wurde vor dem Ende der Prüfung beendet</translation>
    </message>
    <message>
        <source>Received report #%1 is still being checked; approve or discard it once the check has finished.</source>
        <translation>Der empfangene Bericht #%1 wird noch geprüft; geben Sie ihn frei oder verwerfen Sie ihn, sobald die Prüfung abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>ReportHistory</name>
    <message>
        <source>Cannot create the history folder %1.</source>
        <translation>Der Verlaufsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the history database %1: %2</source>
        <translation>Die Verlaufsdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The history database %1 is damaged (%2); move it away to start a new history.</source>
        <translation>Die Verlaufsdatenbank %1 ist beschädigt (%2); verschieben Sie sie, um einen neuen Verlauf zu beginnen.</translation>
    </message>
    <message>
        <source>The history database %1 was written by a newer version of the inspector.</source>
        <translation>Die Verlaufsdatenbank %1 wurde von einer neueren Version des Inspectors geschrieben.</translation>
    </message>
    <message>
        <source>Cannot create the history in %1: %2</source>
        <translation>Der Verlauf kann in %1 nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write to the history %1: %2</source>
        <translation>In den Verlauf %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot update received report %1 in the history %2: %3</source>
        <translation>Der empfangene Bericht %1 kann im Verlauf %2 nicht aktualisiert werden: %3</translation>
    </message>
</context>
<context>
    <name>ReportIntake</name>
    <message>
        <source>%1 is not a loopback address: the gate would accept reports (and Authorization headers) from the network. Use 127.0.0.1, or allow it explicitly.</source>
        <translation>%1 ist keine Loopback-Adresse: Das Gate würde Berichte (und Authorization-Header) aus dem Netzwerk annehmen. Verwenden Sie 127.0.0.1 oder erlauben Sie es ausdrücklich.</translation>
    </message>
    <message>
        <source>Listening on %1, which is reachable from other hosts, without TLS: anyone who can reach it can post reports, and Authorization headers cross the network in clear text.</source>
        <translation>Lauscht auf %1, das von anderen Hosts erreichbar ist, ohne TLS: Jeder, der es erreicht, kann Berichte senden, und Authorization-Header gehen im Klartext über das Netzwerk.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Lauschen auf %1:%2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>too many connections</source>
        <translation>zu viele Verbindungen</translation>
    </message>
    <message>
        <source>No complete request within %1 ms of connecting.</source>
        <translation>Keine vollständige Anfrage innerhalb von %1 ms nach dem Verbindungsaufbau.</translation>
    </message>
    <message>
        <source>Not found: this is a Directus telemetry review gate; it accepts POST /v1/metrics and POST /v1/owner only.</source>
        <translation>Nicht gefunden: Dies ist ein Prüf-Gate für Directus-Telemetrie; es akzeptiert nur POST /v1/metrics und POST /v1/owner.</translation>
    </message>
    <message>
        <source>Method not allowed: %1 accepts POST only.</source>
        <translation>Methode nicht erlaubt: %1 akzeptiert nur POST.</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>(not sent)</source>
        <translation>(nicht gesendet)</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>ungefähr</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (%2 fields)</source>
        <translation>%1 (%2 Felder)</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Aus: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Exactness</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Computed from</source>
        <translation>Berechnet aus</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>wird berechnet…</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
</context>
<context>
    <name>ReportSender</name>
    <message>
        <source>The send was cancelled.</source>
        <translation>Der Versand wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1:%2 had not finished answering after %3 ms; gave up.</source>
        <translation>%1:%2 hatte nach %3 ms noch nicht fertig geantwortet; aufgegeben.</translation>
    </message>
    <message>
        <source>No connection to %1:%2 within %3 ms.</source>
        <translation>Keine Verbindung zu %1:%2 innerhalb von %3 ms.</translation>
    </message>
    <message>
        <source>More than %1 redirects; fetch gives up there.</source>
        <translation>Mehr als %1 Weiterleitungen; fetch gibt an dieser Stelle auf.</translation>
    </message>
    <message>
        <source>Redirected to %1, which fetch does not follow.</source>
        <translation>Weitergeleitet an %1, dem fetch nicht folgt.</translation>
    </message>
    <message>
        <source>[%1]</source>
        <translation>[%1]</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>%1:%2 refused the connection (is anything listening there?)</source>
        <translation>%1:%2 hat die Verbindung abgelehnt (lauscht dort überhaupt etwas?)</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved (DNS).</source>
        <translation>Der Hostname %1 konnte nicht aufgelöst werden (DNS).</translation>
    </message>
    <message>
        <source>No progress from %1:%2 for %3 ms; gave up.</source>
        <translation>Kein Fortschritt von %1:%2 seit %3 ms; aufgegeben.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was not accepted: %2</source>
        <translation>Das TLS-Zertifikat von %1 wurde nicht akzeptiert: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection in the middle of its answer (HTTP %2).</source>
        <translation>%1 hat die Verbindung mitten in der Antwort geschlossen (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>Sending to %1 failed: %2</source>
        <translation>Senden an %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ReportTextFormatter</name>
    <message>
        <source>Directus would send nothing: %1</source>
        <translation>Directus würde nichts senden: %1</translation>
    </message>
    <message>
        <source>The values below are what an older or tolerant reading gives; those affected are marked ≈.</source>
        <translation>Die Werte unten entsprechen einer älteren oder toleranten Lesart; betroffene Werte sind mit ≈ markiert.</translation>
    </message>
    <message>
        <source>(left out)</source>
        <translation>(ausgelassen)</translation>
    </message>
    <message>
        <source>≈ approximate   ? not in the database (kept by the server)</source>
        <translation>≈ ungefähr   ? nicht in der Datenbank (vom Server gehalten)</translation>
    </message>
</context>
<context>
    <name>RequestCounters</name>
    <message>
        <source>Request counters</source>
        <translation>Anfragezähler</translation>
    </message>
    <message>
        <source>counted in the server&apos;s memory or Redis, not in the database; shown as 0</source>
        <translation>im Arbeitsspeicher des Servers oder in Redis gezählt, nicht in der Datenbank; als 0 angezeigt</translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <source>Act as the reporter: send this project&apos;s report on Directus&apos;s schedule until stopped with Ctrl-C.</source>
        <translation>Als Reporter arbeiten: den Bericht dieses Projekts nach dem Zeitplan von Directus senden, bis mit Strg+C beendet wird.</translation>
    </message>
    <message>
        <source>immediate (as Directus 12.4.1: the startup report goes out at once; default) or random (wait up to 30 minutes first).</source>
        <translation>immediate (wie Directus 12.4.1: der Startbericht geht sofort hinaus; Standard) oder random (zuerst bis zu 30 Minuten warten).</translation>
    </message>
    <message>
        <source>--startup-delay must be immediate or random.</source>
        <translation>--startup-delay muss immediate oder random sein.</translation>
    </message>
    <message>
        <source>Telemetry is off for this project (%1): Directus schedules nothing, and neither does the inspector.</source>
        <translation>Die Telemetrie ist für dieses Projekt aus (%1): Directus plant nichts, und der Inspector auch nicht.</translation>
    </message>
    <message>
        <source>Cannot set up the Ctrl-C handler.</source>
        <translation>Der Strg+C-Handler kann nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>%1 report: sending %2 bytes (SHA-256 %3) to %4</source>
        <translation>Bericht (%1): %2 Bytes (SHA-256 %3) werden an %4 gesendet</translation>
    </message>
    <message>
        <source>delivered: %1</source>
        <translation>zugestellt: %1</translation>
    </message>
    <message>
        <source>not delivered (%1): %2</source>
        <translation>nicht zugestellt (%1): %2</translation>
    </message>
    <message>
        <source>%1 report skipped: %2</source>
        <translation>Bericht (%1) übersprungen: %2</translation>
    </message>
    <message>
        <source>next report at %1</source>
        <translation>nächster Bericht um %1</translation>
    </message>
    <message>
        <source>next report at %1 plus a random wait of up to 30 minutes</source>
        <translation>nächster Bericht um %1 zuzüglich einer zufälligen Wartezeit von bis zu 30 Minuten</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>wird beendet</translation>
    </message>
    <message>
        <source>reporting for %1 on Directus&apos;s schedule (cron 0 */6 * * *, local time); Ctrl-C stops</source>
        <translation>Berichte für %1 nach dem Zeitplan von Directus (cron 0 */6 * * *, Ortszeit); Strg+C beendet</translation>
    </message>
    <message numerus="yes">
        <source>stopped after %n attempt(s)</source>
        <translation>
            <numerusform>nach %n Versuch beendet</numerusform>
            <numerusform>nach %n Versuchen beendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>Send the anonymous usage report of a Directus project to its TELEMETRY_URL, after review.</source>
        <translation>Den anonymen Nutzungsbericht eines Directus-Projekts nach Prüfung an seine TELEMETRY_URL senden.</translation>
    </message>
    <message>
        <source>Show what would be sent and where; send nothing.</source>
        <translation>Anzeigen, was wohin gesendet würde; nichts senden.</translation>
    </message>
    <message>
        <source>Send without asking (needed when not on a terminal).</source>
        <translation>Ohne Rückfrage senden (erforderlich, wenn nicht an einem Terminal).</translation>
    </message>
    <message>
        <source>Give up when the intake makes no progress for SECONDS (default 300, as Directus).</source>
        <translation>Aufgeben, wenn der Empfangsendpunkt SECONDS lang keinen Fortschritt macht (Standard 300, wie Directus).</translation>
    </message>
    <message>
        <source>--timeout expects seconds between 0 and 3600.</source>
        <translation>--timeout erwartet Sekunden zwischen 0 und 3600.</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.
</source>
        <translation>Probelauf: Es wurde nichts gesendet.
</translation>
    </message>
    <message>
        <source>Not sending: standard input is not a terminal, so nobody can confirm. Review the output above and run again with --yes to send it.</source>
        <translation>Es wird nicht gesendet: Die Standardeingabe ist kein Terminal, daher kann niemand bestätigen. Prüfen Sie die Ausgabe oben und führen Sie den Befehl mit --yes erneut aus, um zu senden.</translation>
    </message>
    <message>
        <source>Send these %1 bytes to %2? [y/N]</source>
        <translation>Diese %1 Bytes an %2 senden? [y/N]</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Nicht gesendet.</translation>
    </message>
    <message>
        <source>history entry #%1</source>
        <translation>Verlaufseintrag #%1</translation>
    </message>
    <message>
        <source>not recorded: %1</source>
        <translation>nicht aufgezeichnet: %1</translation>
    </message>
    <message>
        <source>Sent: %1 in %2 ms (%3).
</source>
        <translation>Gesendet: %1 in %2 ms (%3).
</translation>
    </message>
    <message>
        <source>Not delivered (%1): %2 (%3)</source>
        <translation>Nicht zugestellt (%1): %2 (%3)</translation>
    </message>
</context>
<context>
    <name>SendReportDialog</name>
    <message>
        <source>Send Report Now</source>
        <translation>Bericht jetzt senden</translation>
    </message>
    <message>
        <source>Review and send the report</source>
        <translation>Bericht prüfen und senden</translation>
    </message>
    <message>
        <source>Review what would be sent. Nothing leaves this computer until you press Send.</source>
        <translation>Prüfen Sie, was gesendet würde. Nichts verlässt diesen Computer, bevor Sie auf „Senden“ klicken.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Request headers (Authorization masked)</source>
        <translation>Anfrage-Header (Authorization maskiert)</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>Where the Authorization value comes from</source>
        <translation>Herkunft des Authorization-Werts</translation>
    </message>
    <message>
        <source>Authorization:</source>
        <translation>Authorization:</translation>
    </message>
    <message>
        <source>Override TELEMETRY_AUTHORIZATION (kept in the keychain)</source>
        <translation>TELEMETRY_AUTHORIZATION überschreiben (im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>Authorization override</source>
        <translation>Authorization-Überschreibung</translation>
    </message>
    <message>
        <source>&amp;Use and Keep in Keychain</source>
        <translation>Ver&amp;wenden und im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Use the override and keep it in the keychain</source>
        <translation>Die Überschreibung verwenden und im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>&amp;Forget Override</source>
        <translation>Überschreibung &amp;vergessen</translation>
    </message>
    <message>
        <source>Forget the Authorization override</source>
        <translation>Die Authorization-Überschreibung vergessen</translation>
    </message>
    <message>
        <source>Requested telemetry state</source>
        <translation>Angeforderter Telemetriestatus</translation>
    </message>
    <message>
        <source>Effective telemetry state</source>
        <translation>Wirksamer Telemetriestatus</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Reading the licence…</source>
        <translation>Lizenz wird gelesen…</translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation>Angefordert:</translation>
    </message>
    <message>
        <source>Effective:</source>
        <translation>Wirksam:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <source>Size and SHA-256 of the bytes</source>
        <translation>Größe und SHA-256 der Bytes</translation>
    </message>
    <message>
        <source>Bytes:</source>
        <translation>Bytes:</translation>
    </message>
    <message>
        <source>Report bytes and changes</source>
        <translation>Berichts-Bytes und Änderungen</translation>
    </message>
    <message>
        <source>The exact bytes that would be sent</source>
        <translation>Die exakten Bytes, die gesendet würden</translation>
    </message>
    <message>
        <source>Changes since the last delivered report</source>
        <translation>Änderungen seit dem letzten zugestellten Bericht</translation>
    </message>
    <message>
        <source>Exact &amp;Bytes</source>
        <translation>Exakte &amp;Bytes</translation>
    </message>
    <message>
        <source>&amp;Changes Since Last Sent</source>
        <translation>Ä&amp;nderungen seit dem letzten Versand</translation>
    </message>
    <message>
        <source>Why the report cannot be sent</source>
        <translation>Warum der Bericht nicht gesendet werden kann</translation>
    </message>
    <message>
        <source>Send result</source>
        <translation>Sendeergebnis</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send the report now</source>
        <translation>Den Bericht jetzt senden</translation>
    </message>
    <message>
        <source>Close without sending</source>
        <translation>Schließen, ohne zu senden</translation>
    </message>
    <message>
        <source>No system keychain: the override is used in this window only.</source>
        <translation>Kein System-Schlüsselbund: Die Überschreibung gilt nur in diesem Fenster.</translation>
    </message>
    <message>
        <source>The keychain refused it (%1): used in this window only.</source>
        <translation>Der Schlüsselbund hat sie abgelehnt (%1): Sie gilt nur in diesem Fenster.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Whether Directus reports cannot be decided: %1</source>
        <translation>Ob Directus Berichte sendet, lässt sich nicht entscheiden: %1</translation>
    </message>
    <message>
        <source>the override kept in the keychain (masked above)</source>
        <translation>die im Schlüsselbund gespeicherte Überschreibung (oben maskiert)</translation>
    </message>
    <message>
        <source>TELEMETRY_AUTHORIZATION in the project&apos;s configuration</source>
        <translation>TELEMETRY_AUTHORIZATION in der Konfiguration des Projekts</translation>
    </message>
    <message>
        <source>none: TELEMETRY_AUTHORIZATION is not set</source>
        <translation>keiner: TELEMETRY_AUTHORIZATION ist nicht gesetzt</translation>
    </message>
    <message>
        <source>%1 bytes (one line; wrapped below only for reading), SHA-256 %2</source>
        <translation>%1 Bytes (eine Zeile; unten nur zum Lesen umbrochen), SHA-256 %2</translation>
    </message>
    <message>
        <source>&amp;Send to %1</source>
        <translation>An %1 &amp;senden</translation>
    </message>
    <message>
        <source>No report of this project was delivered before (per the history).</source>
        <translation>Von diesem Projekt wurde bisher kein Bericht zugestellt (laut Verlauf).</translation>
    </message>
    <message>
        <source>Since #%1, delivered %2:
</source>
        <translation>Seit #%1, zugestellt am %2:
</translation>
    </message>
    <message>
        <source>no field changed</source>
        <translation>kein Feld geändert</translation>
    </message>
    <message>
        <source>The history cannot be opened: this send would not be recorded.</source>
        <translation>Der Verlauf kann nicht geöffnet werden: Dieser Versand würde nicht aufgezeichnet.</translation>
    </message>
    <message>
        <source>Cancel Send</source>
        <translation>Senden abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running send</source>
        <translation>Den laufenden Versand abbrechen</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Wird an %1 gesendet…</translation>
    </message>
    <message>
        <source>Recorded as history entry #%1.</source>
        <translation>Als Verlaufseintrag #%1 aufgezeichnet.</translation>
    </message>
    <message>
        <source>Not recorded: the history is not available.</source>
        <translation>Nicht aufgezeichnet: Der Verlauf ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Delivered: %1 in %2 ms. %3</source>
        <translation>Zugestellt: %1 in %2 ms. %3</translation>
    </message>
    <message>
        <source>Not delivered (%1): %2. %3</source>
        <translation>Nicht zugestellt (%1): %2. %3</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>SendResult</name>
    <message>
        <source>HTTP %1: accepted</source>
        <translation>HTTP %1: angenommen</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
</context>
<context>
    <name>SendReview</name>
    <message>
        <source>Directus would send nothing: %1. The tolerant reading is not sent.</source>
        <translation>Directus würde nichts senden: %1. Die tolerante Lesart wird nicht gesendet.</translation>
    </message>
    <message>
        <source>Telemetry is off for this project: %1</source>
        <translation>Die Telemetrie ist für dieses Projekt aus: %1</translation>
    </message>
    <message>
        <source>Destination: %1
</source>
        <translation>Ziel:        %1
</translation>
    </message>
    <message>
        <source>             (TELEMETRY_URL = %1)
</source>
        <translation>             (TELEMETRY_URL = %1)
</translation>
    </message>
    <message>
        <source>Headers:
</source>
        <translation>Header:
</translation>
    </message>
    <message>
        <source>Telemetry:
</source>
        <translation>Telemetrie:
</translation>
    </message>
    <message>
        <source>Body (%1 bytes, SHA-256 %2):
</source>
        <translation>Body (%1 Bytes, SHA-256 %2):
</translation>
    </message>
    <message>
        <source>Changes: no report from this project was delivered before.
</source>
        <translation>Änderungen: Von diesem Projekt wurde bisher kein Bericht zugestellt.
</translation>
    </message>
    <message>
        <source>the last delivered report (#%1, %2)</source>
        <translation>dem letzten zugestellten Bericht (#%1, %2)</translation>
    </message>
    <message>
        <source>Changes: cannot compare with %1: %2
</source>
        <translation>Änderungen: Vergleich mit %1 nicht möglich: %2
</translation>
    </message>
    <message>
        <source>Changes: none since %1.
</source>
        <translation>Änderungen: keine seit %1.
</translation>
    </message>
    <message>
        <source>Changes since %1:
  %2
</source>
        <translation>Änderungen seit %1:
  %2
</translation>
    </message>
    <message>
        <source>Cannot send: %1
</source>
        <translation>Senden nicht möglich: %1
</translation>
    </message>
</context>
<context>
    <name>SettingsFields</name>
    <message>
        <source>Reading project settings</source>
        <translation>Projekteinstellungen werden gelesen</translation>
    </message>
    <message>
        <source>SECRET is not known to the inspector, so this only says a value is stored; Directus sends true only if it decrypts with the server&apos;s SECRET (pass --env SECRET=... or --env-file)</source>
        <translation>SECRET ist dem Inspector nicht bekannt, daher sagt dies nur, dass ein Wert gespeichert ist; Directus sendet true nur, wenn er sich mit dem SECRET des Servers entschlüsseln lässt (übergeben Sie --env SECRET=... oder --env-file)</translation>
    </message>
    <message>
        <source>SECRET is empty</source>
        <translation>SECRET ist leer</translation>
    </message>
    <message>
        <source>a value is stored but does not decrypt with SECRET (%1), so Directus sends false</source>
        <translation>ein Wert ist gespeichert, lässt sich aber nicht mit SECRET entschlüsseln (%1), daher sendet Directus false</translation>
    </message>
    <message>
        <source>table directus_settings is missing</source>
        <translation>Tabelle directus_settings fehlt</translation>
    </message>
    <message>
        <source>directus_settings lacks column(s) %1</source>
        <translation>directus_settings fehlen die Spalte(n) %1</translation>
    </message>
</context>
<context>
    <name>SizeFields</name>
    <message>
        <source>Measuring the database and stored files</source>
        <translation>Datenbank und gespeicherte Dateien werden vermessen</translation>
    </message>
    <message>
        <source>the size query failed, so Directus sends 0: %1</source>
        <translation>die Größenabfrage ist fehlgeschlagen, daher sendet Directus 0: %1</translation>
    </message>
    <message>
        <source>column directus_files.filesize is missing</source>
        <translation>Spalte directus_files.filesize fehlt</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Show whether this Directus project reports, why, where to, and when the next report is due.</source>
        <translation>Anzeigen, ob dieses Directus-Projekt Berichte sendet, warum, wohin und wann der nächste Bericht fällig ist.</translation>
    </message>
    <message>
        <source>Project:     %1
</source>
        <translation>Projekt:     %1
</translation>
    </message>
    <message>
        <source>Destination: %1%2
</source>
        <translation>Ziel:        %1%2
</translation>
    </message>
    <message>
        <source> (invalid: %1)</source>
        <translation> (ungültig: %1)</translation>
    </message>
    <message>
        <source>Authorization: %1
</source>
        <translation>Authorization: %1
</translation>
    </message>
    <message>
        <source>none (TELEMETRY_AUTHORIZATION is not set)</source>
        <translation>keiner (TELEMETRY_AUTHORIZATION ist nicht gesetzt)</translation>
    </message>
    <message>
        <source>Next send:   %1, then a random wait of up to 30 minutes (cron 0 */6 * * *, local time)
</source>
        <translation>Nächster Versand: %1, danach eine zufällige Wartezeit von bis zu 30 Minuten (cron 0 */6 * * *, Ortszeit)
</translation>
    </message>
    <message>
        <source>Next send:   none; Directus schedules nothing while telemetry is off
</source>
        <translation>Nächster Versand: keiner; Directus plant nichts, solange die Telemetrie aus ist
</translation>
    </message>
    <message>
        <source>Last sent:   #%1, %2 to %3 (HTTP %4)
</source>
        <translation>Letzter Versand:  #%1, %2 an %3 (HTTP %4)
</translation>
    </message>
    <message>
        <source>Last sent:   never (by this inspector)
</source>
        <translation>Letzter Versand:  nie (durch diesen Inspector)
</translation>
    </message>
</context>
<context>
    <name>TelemetryGate</name>
    <message>
        <source>SECRET is not known to the inspector</source>
        <translation>SECRET ist dem Inspector nicht bekannt</translation>
    </message>
    <message>
        <source>the stored licence token cannot be decrypted (%1)</source>
        <translation>das gespeicherte Lizenz-Token kann nicht entschlüsselt werden (%1)</translation>
    </message>
    <message>
        <source>LICENSE_KEY is set but no token was activated yet (activation happens online at server start)</source>
        <translation>LICENSE_KEY ist gesetzt, aber es wurde noch kein Token aktiviert (die Aktivierung erfolgt online beim Serverstart)</translation>
    </message>
    <message>
        <source>no licence token</source>
        <translation>kein Lizenz-Token</translation>
    </message>
    <message>
        <source>TELEMETRY is %1, so Directus sends a report every 6 hours.</source>
        <translation>TELEMETRY ist %1, daher sendet Directus alle 6 Stunden einen Bericht.</translation>
    </message>
    <message>
        <source>TELEMETRY is %1 (off), but it is ignored: without a verified licence (%2) Directus runs under its built-in Core licence, which requires telemetry.</source>
        <translation>TELEMETRY ist %1 (aus), wird aber ignoriert: Ohne verifizierte Lizenz (%2) läuft Directus unter seiner eingebauten Core-Lizenz, die Telemetrie verlangt.</translation>
    </message>
    <message>
        <source>TELEMETRY is %1 (off), but the licence (from %2) requires telemetry, so Directus still sends reports.</source>
        <translation>TELEMETRY ist %1 (aus), aber die Lizenz (aus %2) verlangt Telemetrie, daher sendet Directus weiterhin Berichte.</translation>
    </message>
    <message>
        <source>TELEMETRY is %1 and the licence (from %2) does not require telemetry: Directus sends nothing.</source>
        <translation>TELEMETRY ist %1 und die Lizenz (aus %2) verlangt keine Telemetrie: Directus sendet nichts.</translation>
    </message>
</context>
<context>
    <name>TelemetryReporter</name>
    <message>
        <source>the previous report is still being sent</source>
        <translation>der vorherige Bericht wird noch gesendet</translation>
    </message>
    <message>
        <source>telemetry is off: %1</source>
        <translation>Telemetrie ist aus: %1</translation>
    </message>
    <message>
        <source>no report could be built, so Directus would send nothing: %1</source>
        <translation>es konnte kein Bericht erstellt werden, daher würde Directus nichts senden: %1</translation>
    </message>
</context>
<context>
    <name>TelemetryRequest</name>
    <message>
        <source>TELEMETRY_AUTHORIZATION contains a line break or NUL; fetch rejects such a header.</source>
        <translation>TELEMETRY_AUTHORIZATION enthält einen Zeilenumbruch oder NUL; fetch lehnt einen solchen Header ab.</translation>
    </message>
    <message>
        <source>TELEMETRY_AUTHORIZATION contains characters outside Latin-1; fetch rejects such a header.</source>
        <translation>TELEMETRY_AUTHORIZATION enthält Zeichen außerhalb von Latin-1; fetch lehnt einen solchen Header ab.</translation>
    </message>
    <message>
        <source>TELEMETRY_URL &quot;%1&quot; is not an absolute URL, so new URL() throws and Directus sends nothing.</source>
        <translation>TELEMETRY_URL „%1“ ist keine absolute URL, daher wirft new URL() einen Fehler und Directus sendet nichts.</translation>
    </message>
    <message>
        <source>TELEMETRY_URL uses the scheme &quot;%1&quot;; fetch only posts over http and https.</source>
        <translation>TELEMETRY_URL verwendet das Schema „%1“; fetch sendet nur über http und https.</translation>
    </message>
    <message>
        <source>TELEMETRY_URL contains a user name or password; fetch refuses such URLs.</source>
        <translation>TELEMETRY_URL enthält einen Benutzernamen oder ein Passwort; fetch lehnt solche URLs ab.</translation>
    </message>
    <message numerus="yes">
        <source>%1•••••••• (%n characters)</source>
        <translation>
            <numerusform>%1•••••••• (%n Zeichen)</numerusform>
            <numerusform>%1•••••••• (%n Zeichen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TelemetrySwitch</name>
    <message>
        <source>%1 is a symbolic link to %2, which does not exist. Fix the link (Directus cannot read it either), then try again.</source>
        <translation>%1 ist ein symbolischer Link auf %2, das nicht existiert. Korrigieren Sie den Link (Directus kann ihn ebenfalls nicht lesen) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, outside the project folder %3. The inspector does not write through such a link, because the file it leads to may be shared with something else. Set TELEMETRY in %2 yourself, or replace the link with a copy of the file and try again.</source>
        <translation>%1 ist ein symbolischer Link auf %2, außerhalb des Projektordners %3. Der Inspector schreibt nicht über einen solchen Link, weil die Zieldatei mit etwas anderem geteilt sein kann. Setzen Sie TELEMETRY selbst in %2 oder ersetzen Sie den Link durch eine Kopie der Datei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; the inspector only edits ordinary configuration files.</source>
        <translation>%1 ist keine reguläre Datei; der Inspector bearbeitet nur gewöhnliche Konfigurationsdateien.</translation>
    </message>
    <message>
        <source>%1 is read-only for you (owner %2, mode %3). Nothing was changed. Make it writable (e.g. chmod u+w %1) or run the inspector as a user who may change it, then try again.</source>
        <translation>%1 ist für Sie schreibgeschützt (Eigentümer %2, Modus %3). Es wurde nichts geändert. Machen Sie die Datei beschreibbar (z. B. chmod u+w %1) oder führen Sie den Inspector als ein Benutzer aus, der sie ändern darf, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The folder %1 is not writable for you, and a safe replacement of %2 needs to create a temporary file and the backup there. Nothing was changed. Run the inspector as a user who may write in %1.</source>
        <translation>Der Ordner %1 ist für Sie nicht beschreibbar, und ein sicheres Ersetzen von %2 erfordert, dort eine temporäre Datei und die Sicherung anzulegen. Es wurde nichts geändert. Führen Sie den Inspector als ein Benutzer aus, der in %1 schreiben darf.</translation>
    </message>
    <message>
        <source>TELEMETRY is read from the file %1 (named by TELEMETRY_FILE), and that wins over a TELEMETRY line. Nothing was changed. Write %2 into %1, or remove TELEMETRY_FILE, then try again.</source>
        <translation>TELEMETRY wird aus der Datei %1 gelesen (angegeben durch TELEMETRY_FILE), und das hat Vorrang vor einer TELEMETRY-Zeile. Es wurde nichts geändert. Schreiben Sie %2 in %1 oder entfernen Sie TELEMETRY_FILE und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>the server environment</source>
        <translation>die Serverumgebung</translation>
    </message>
    <message>
        <source>Directus&apos;s default</source>
        <translation>Standardwert von Directus</translation>
    </message>
    <message>
        <source>TELEMETRY already asks for telemetry to be %1 (value %2, from %3); nothing to change.</source>
        <translation>TELEMETRY verlangt bereits, dass die Telemetrie %1 ist (Wert %2, aus %3); nichts zu ändern.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>eingeschaltet</translation>
    </message>
    <message>
        <source>off</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <source>Only true and 1 count as on, so %1 means off.</source>
        <translation>Nur true und 1 gelten als ein, daher bedeutet %1 aus.</translation>
    </message>
    <message>
        <source>TELEMETRY is also set (to %1) in the server environment you gave. Directus lets its configuration file override the environment, so the file&apos;s value wins; remove it from the environment (compose file, systemd unit) too, so the two do not disagree.</source>
        <translation>TELEMETRY ist außerdem (auf %1) in der von Ihnen angegebenen Serverumgebung gesetzt. Bei Directus überschreibt die Konfigurationsdatei die Umgebung, daher hat der Wert aus der Datei Vorrang; entfernen Sie ihn auch aus der Umgebung (Compose-Datei, systemd-Unit), damit beide nicht voneinander abweichen.</translation>
    </message>
    <message>
        <source>TELEMETRY=%1 comes from the server environment: change it there (compose `environment:`, systemd `Environment=`, the pod spec) to %2 and restart Directus.</source>
        <translation>TELEMETRY=%1 stammt aus der Serverumgebung: Ändern Sie den Wert dort (Compose `environment:`, systemd `Environment=`, die Pod-Spezifikation) auf %2 und starten Sie Directus neu.</translation>
    </message>
    <message>
        <source>Set TELEMETRY=%1 where the server gets its environment (compose `environment:`, systemd `Environment=`, the pod spec) and restart Directus.</source>
        <translation>Setzen Sie TELEMETRY=%1 dort, wo der Server seine Umgebung erhält (Compose `environment:`, systemd `Environment=`, die Pod-Spezifikation), und starten Sie Directus neu.</translation>
    </message>
    <message>
        <source>There is no configuration file at %1, so this Directus is configured through its environment and a file edit alone may not reach it. %2 If Directus really runs in %3 and reads %1, run again with --create-config to create it with only that line.</source>
        <translation>Unter %1 gibt es keine Konfigurationsdatei, daher wird dieses Directus über seine Umgebung konfiguriert, und eine Dateiänderung allein erreicht es möglicherweise nicht. %2 Wenn Directus wirklich in %3 läuft und %1 liest, führen Sie den Befehl erneut mit --create-config aus, um die Datei mit nur dieser Zeile anzulegen.</translation>
    </message>
    <message>
        <source>There is no configuration file at %1, and %2 is not a Directus install (no node_modules/directus), so a new file there would probably not be read. %3</source>
        <translation>Unter %1 gibt es keine Konfigurationsdatei, und %2 ist keine Directus-Installation (kein node_modules/directus), daher würde eine neue Datei dort wahrscheinlich nicht gelesen. %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Nothing was changed.</source>
        <translation>%1 kann nicht gelesen werden: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, too large to be configuration; nothing was changed.</source>
        <translation>%1 ist größer als %2 MiB, zu groß für eine Konfiguration; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot set TELEMETRY in %1: %2. Nothing was changed.</source>
        <translation>TELEMETRY kann in %1 nicht gesetzt werden: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The entry before TELEMETRY gains the comma JSON requires between entries.</source>
        <translation>Der Eintrag vor TELEMETRY erhält das Komma, das JSON zwischen Einträgen verlangt.</translation>
    </message>
    <message>
        <source>TELEMETRY is written %1 times in %2; Directus uses the last one. Every occurrence is changed, so the file does not contradict itself.</source>
        <translation>TELEMETRY steht %1-mal in %2; Directus verwendet das letzte Vorkommen. Jedes Vorkommen wird geändert, damit sich die Datei nicht selbst widerspricht.</translation>
    </message>
    <message>
        <source>The edit of %1 would change more than TELEMETRY when Directus reads the file, so nothing was changed. Set TELEMETRY=%2 in it by hand.</source>
        <translation>Die Bearbeitung von %1 würde beim Lesen durch Directus mehr als TELEMETRY ändern, daher wurde nichts geändert. Setzen Sie TELEMETRY=%2 darin von Hand.</translation>
    </message>
    <message>
        <source>%1 appeared since the change was planned; nothing was changed. Run the command again.</source>
        <translation>%1 ist entstanden, seit die Änderung geplant wurde; es wurde nichts geändert. Führen Sie den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>%1 now leads to %2 instead of %3; nothing was changed. Run the command again.</source>
        <translation>%1 führt jetzt zu %2 statt zu %3; es wurde nichts geändert. Führen Sie den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>%1 changed since the change was planned (someone else edited it?); nothing was changed. Run the command again.</source>
        <translation>%1 hat sich geändert, seit die Änderung geplant wurde (von jemand anderem bearbeitet?); es wurde nichts geändert. Führen Sie den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>Cannot create the backup %1: %2. Nothing was changed.</source>
        <translation>Die Sicherung %1 kann nicht angelegt werden: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2. Nothing was changed.</source>
        <translation>Die Sicherung %1 kann nicht geschrieben werden: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 was not changed.</source>
        <translation>%1 wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot keep the owner (user %2, group %3) and mode of %1 on the new file; run the inspector as that user.</source>
        <translation>Eigentümer (Benutzer %2, Gruppe %3) und Modus von %1 können für die neue Datei nicht beibehalten werden; führen Sie den Inspector als dieser Benutzer aus.</translation>
    </message>
    <message>
        <source>Plainly: without a licence, Directus 12.4.1 ignores TELEMETRY=false and keeps sending reports. Only a licence that does not require telemetry lets the opt-out take effect.</source>
        <translation>Klartext: Ohne Lizenz ignoriert Directus 12.4.1 TELEMETRY=false und sendet weiterhin Berichte. Nur eine Lizenz, die keine Telemetrie verlangt, lässt das Opt-out wirksam werden.</translation>
    </message>
    <message>
        <source>Plainly: this licence requires telemetry, so the opt-out has no effect while it is active.</source>
        <translation>Klartext: Diese Lizenz verlangt Telemetrie, daher hat das Opt-out keine Wirkung, solange sie aktiv ist.</translation>
    </message>
    <message>
        <source>Directus reads its configuration only when it starts: restart Directus (e.g. `docker compose restart directus` or `systemctl restart directus`) for the change to apply.</source>
        <translation>Directus liest seine Konfiguration nur beim Start: Starten Sie Directus neu (z. B. `docker compose restart directus` oder `systemctl restart directus`), damit die Änderung wirksam wird.</translation>
    </message>
</context>
<context>
    <name>TelemetryToggleDialog</name>
    <message>
        <source>Telemetry On/Off</source>
        <translation>Telemetrie ein/aus</translation>
    </message>
    <message>
        <source>Turn telemetry on or off</source>
        <translation>Telemetrie ein- oder ausschalten</translation>
    </message>
    <message>
        <source>What this changes</source>
        <translation>Was sich dadurch ändert</translation>
    </message>
    <message>
        <source>Reading the configuration and the licence…</source>
        <translation>Konfiguration und Lizenz werden gelesen…</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>Konfigurationsdatei</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Old and new TELEMETRY line</source>
        <translation>Alte und neue TELEMETRY-Zeile</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Änderung:</translation>
    </message>
    <message>
        <source>Requested telemetry state</source>
        <translation>Angeforderter Telemetriestatus</translation>
    </message>
    <message>
        <source>Effective telemetry state</source>
        <translation>Wirksamer Telemetriestatus</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation>Angefordert:</translation>
    </message>
    <message>
        <source>Effective:</source>
        <translation>Wirksam:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Write the Change</source>
        <translation>Änderung schreiben</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Schließen, ohne etwas zu ändern</translation>
    </message>
    <message>
        <source>The project&apos;s configuration cannot be read: %1</source>
        <translation>Die Konfiguration des Projekts kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The licence cannot be read: %1</source>
        <translation>Die Lizenz kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 angelegt.</translation>
    </message>
    <message>
        <source>Changed %1; the previous version is kept as %2.</source>
        <translation>%1 geändert; die vorherige Version ist als %2 erhalten.</translation>
    </message>
    <message>
        <source>Whether Directus will report depends on its licence, which cannot be read: %1</source>
        <translation>Ob Directus Berichte sendet, hängt von seiner Lizenz ab, die nicht gelesen werden kann: %1</translation>
    </message>
    <message>
        <source>Done. Once Directus restarts:</source>
        <translation>Erledigt. Nach dem Neustart von Directus:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Telemetry is turned off in the configuration. Turn it on (TELEMETRY=true)?</source>
        <translation>Die Telemetrie ist in der Konfiguration ausgeschaltet. Einschalten (TELEMETRY=true)?</translation>
    </message>
    <message>
        <source>Telemetry is on in the configuration. Turn it off (TELEMETRY=false)?</source>
        <translation>Die Telemetrie ist in der Konfiguration eingeschaltet. Ausschalten (TELEMETRY=false)?</translation>
    </message>
    <message>
        <source>&amp;Turn Telemetry On</source>
        <translation>Telemetrie &amp;einschalten</translation>
    </message>
    <message>
        <source>&amp;Turn Telemetry Off</source>
        <translation>Telemetrie &amp;ausschalten</translation>
    </message>
    <message>
        <source>(nothing to change)</source>
        <translation>(nichts zu ändern)</translation>
    </message>
    <message>
        <source>line %1 (new)</source>
        <translation>Zeile %1 (neu)</translation>
    </message>
    <message>
        <source>- (no TELEMETRY line: Directus&apos;s default, true, applies)</source>
        <translation>- (keine TELEMETRY-Zeile: Der Standardwert von Directus, true, gilt)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Expected once Directus restarts: it sends a report every 6 hours.</source>
        <translation>Erwartet nach dem Neustart von Directus: Es sendet alle 6 Stunden einen Bericht.</translation>
    </message>
    <message>
        <source>Expected once Directus restarts: it still sends reports. Telemetry is required by the Core licence, since there is no verified licence (%1).</source>
        <translation>Erwartet nach dem Neustart von Directus: Es sendet weiterhin Berichte. Die Core-Lizenz verlangt Telemetrie, da es keine verifizierte Lizenz gibt (%1).</translation>
    </message>
    <message>
        <source>Expected once Directus restarts: it still sends reports. Telemetry is required by the licence.</source>
        <translation>Erwartet nach dem Neustart von Directus: Es sendet weiterhin Berichte. Die Lizenz verlangt Telemetrie.</translation>
    </message>
    <message>
        <source>Expected once Directus restarts: it sends no reports (the licence allows opting out).</source>
        <translation>Erwartet nach dem Neustart von Directus: Es sendet keine Berichte (die Lizenz erlaubt das Opt-out).</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Es wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>The file was changed, but the configuration cannot be read back: %1</source>
        <translation>Die Datei wurde geändert, aber die Konfiguration kann nicht zurückgelesen werden: %1</translation>
    </message>
    <message>
        <source>Written. Reading the licence…</source>
        <translation>Geschrieben. Lizenz wird gelesen…</translation>
    </message>
</context>
<context>
    <name>UserCounts</name>
    <message>
        <source>Counting users by access level</source>
        <translation>Benutzer werden nach Zugriffsstufe gezählt</translation>
    </message>
    <message>
        <source>table directus_users is missing</source>
        <translation>Tabelle directus_users fehlt</translation>
    </message>
    <message>
        <source>table %1 is missing (a Directus 10 schema?)</source>
        <translation>Tabelle %1 fehlt (ein Directus-10-Schema?)</translation>
    </message>
    <message>
        <source>column directus_roles.parent is missing; roles inherit nothing</source>
        <translation>Spalte directus_roles.parent fehlt; Rollen erben nichts</translation>
    </message>
    <message>
        <source>%1 active users are counted as %2 admin and app seats: Directus counts a user with a direct app policy and an inherited admin role twice; max(0, …) hides the overlap here</source>
        <translation>%1 aktive Benutzer werden als %2 Admin- und App-Plätze gezählt: Directus zählt einen Benutzer mit direkter App-Richtlinie und geerbter Admin-Rolle doppelt; max(0, …) verdeckt hier die Überschneidung</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Check a compliance export written by `export`: structure, SHA-256 and payload consistency.</source>
        <translation>Einen mit `export` geschriebenen Compliance-Export prüfen: Struktur, SHA-256 und Konsistenz der Payload.</translation>
    </message>
    <message>
        <source>The export file.</source>
        <translation>Die Exportdatei.</translation>
    </message>
    <message>
        <source>Try: telemetry-inspector verify --help</source>
        <translation>Versuchen Sie: telemetry-inspector verify --help</translation>
    </message>
    <message>
        <source>Name one export file, e.g. telemetry-inspector verify telemetry-export.json</source>
        <translation>Geben Sie eine Exportdatei an, z. B. telemetry-inspector verify telemetry-export.json</translation>
    </message>
    <message>
        <source>Cannot read the export %1: %2</source>
        <translation>Der Export %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, far larger than any export; is it the right file?</source>
        <translation>%1 ist %2 Bytes groß, weit größer als jeder Export; ist das die richtige Datei?</translation>
    </message>
    <message>
        <source>%1 does not verify: it was changed after it was written, or is not a compliance export.</source>
        <translation>%1 lässt sich nicht verifizieren: Die Datei wurde nach dem Schreiben geändert oder ist kein Compliance-Export.</translation>
    </message>
    <message>
        <source>%1 verifies: the payload bytes, their SHA-256 and the parsed payload agree.
</source>
        <translation>%1 wurde verifiziert: Die Payload-Bytes, ihr SHA-256 und die geparste Payload stimmen überein.
</translation>
    </message>
</context>
<context>
    <name>YamlConfigEditor</name>
    <message>
        <source>%1, which the inspector does not edit automatically; set %2: %3 in the file by hand</source>
        <translation>%1; so etwas bearbeitet der Inspector nicht automatisch; setzen Sie %2: %3 von Hand in der Datei</translation>
    </message>
    <message>
        <source>line %1 has content on a document marker</source>
        <translation>Zeile %1 hat Inhalt auf einer Dokumentmarkierung</translation>
    </message>
    <message>
        <source>the top level of the file is not a simple KEY: value mapping (line %1)</source>
        <translation>die oberste Ebene der Datei ist keine einfache KEY: value-Zuordnung (Zeile %1)</translation>
    </message>
    <message>
        <source>%1 on line %2 has a value that spans several lines</source>
        <translation>%1 in Zeile %2 hat einen Wert, der sich über mehrere Zeilen erstreckt</translation>
    </message>
    <message>
        <source>%1 on line %2 has a quoted value that does not end on that line</source>
        <translation>%1 in Zeile %2 hat einen Wert in Anführungszeichen, der nicht in dieser Zeile endet</translation>
    </message>
    <message>
        <source>%1 on line %2 is written as a block scalar, flow value, anchor, alias or tag</source>
        <translation>%1 in Zeile %2 ist als Block-Skalar, Flow-Wert, Anker, Alias oder Tag geschrieben</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The desktop window needs a display (DISPLAY or WAYLAND_DISPLAY is not set). On a server, use a command instead:</source>
        <translation>Das Desktop-Fenster benötigt eine Anzeige (DISPLAY oder WAYLAND_DISPLAY ist nicht gesetzt). Verwenden Sie auf einem Server stattdessen einen Befehl:</translation>
    </message>
    <message>
        <source>--language needs a language code, for example: --language de</source>
        <translation>--language braucht einen Sprachcode, zum Beispiel: --language de</translation>
    </message>
    <message>
        <source>Could not start the desktop window %1: %2. Reinstall the package; the commands work without it (telemetry-inspector --help).</source>
        <translation>Das Desktop-Fenster %1 konnte nicht gestartet werden: %2. Installieren Sie das Paket neu; die Befehle funktionieren auch ohne es (telemetry-inspector --help).</translation>
    </message>
</context>
</TS>
