<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BasicCounts</name>
    <message>
        <source>Counting dashboards, files, flows, roles and shares</source>
        <translation>Contando paneles, archivos, flujos, roles y elementos compartidos</translation>
    </message>
    <message>
        <source>table %1 is missing</source>
        <translation>falta la tabla %1</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check that the report carries none of this instance&apos;s names, people, secrets or settings.</source>
        <translation>Comprueba que el informe no contiene ningún nombre, persona, secreto ni ajuste de esta instancia.</translation>
    </message>
    <message>
        <source>Check this JSON payload (e.g. one captured from the server) instead of the computed report.</source>
        <translation>Comprobar esta carga útil JSON (p. ej., una capturada del servidor) en lugar del informe calculado.</translation>
    </message>
    <message>
        <source>Cannot read the payload %1: %2</source>
        <translation>No se puede leer la carga útil %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, far larger than any report; is it the right file?</source>
        <translation>%1 ocupa %2 bytes, mucho más que cualquier informe; ¿es el archivo correcto?</translation>
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
        <translation>Uso: telemetry-inspector [gui [--demo | PROJECT_DIR] | &lt;comando&gt; [opciones]]

Vea exactamente qué envía una instancia autoalojada de Directus en su informe de uso anónimo.

Sin comando (o con `gui`) se abre la ventana de escritorio.

Comandos:
  report [PROJECT_DIR]   calcular el informe que Directus enviaría (no se envía nada)
  check [PROJECT_DIR]    demostrar que el informe no contiene nombres, personas, secretos ni ajustes
  status [PROJECT_DIR]   si Directus envía informes (solicitado, efectivo, motivo) y cuándo el próximo
  send [PROJECT_DIR]     revisar el informe y después enviarlo (--dry-run no envía nada)
  schedule [PROJECT_DIR] enviar según la planificación de Directus hasta Ctrl-C
  history                los informes calculados, enviados y exportados; --diff A B
  opt-out [PROJECT_DIR]  establecer TELEMETRY=false en el archivo de configuración del proyecto
  opt-in [PROJECT_DIR]   establecer TELEMETRY=true en el archivo de configuración del proyecto
  export [PROJECT_DIR] --output FILE
                         escribir una exportación de cumplimiento (carga útil, SHA-256, estado, veredictos)
  verify FILE            comprobar una exportación de cumplimiento
  gate [PROJECT_DIR]     recibir los informes del propio servidor: comprobar, reenviar o retener
  gate list|approve|discard  los informes recibidos por la pasarela; su cola de revisión

Opciones:
  --help, -h             este texto; `telemetry-inspector &lt;comando&gt; --help` para un comando
  --version              la versión del inspector
</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido «%1».</translation>
    </message>
</context>
<context>
    <name>CollectionsAndItems</name>
    <message>
        <source>Counting collections and items</source>
        <translation>Contando colecciones y elementos</translation>
    </message>
    <message>
        <source>Directus reads the &apos;.&apos; in table %1 as a schema separator, so its count fails</source>
        <translation>Directus interpreta el «.» de la tabla %1 como separador de esquema, por lo que su recuento falla</translation>
    </message>
</context>
<context>
    <name>CommandSupport</name>
    <message>
        <source>Keep the report history in DIR (default: %1).</source>
        <translation>Guardar el historial de informes en DIR (predeterminado: %1).</translation>
    </message>
    <message>
        <source>Try: telemetry-inspector %1 --help</source>
        <translation>Pruebe: telemetry-inspector %1 --help</translation>
    </message>
</context>
<context>
    <name>ComplianceExport</name>
    <message>
        <source>Cannot write the export %1: %2</source>
        <translation>No se puede escribir la exportación %1: %2</translation>
    </message>
</context>
<context>
    <name>ComplianceExportVerifier</name>
    <message>
        <source>one JSON object</source>
        <translation>un objeto JSON</translation>
    </message>
    <message>
        <source>the document is a JSON %1, not an object</source>
        <translation>el documento es de tipo JSON %1, no un objeto</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>format &quot;%1&quot; version %2 (expected &quot;%3&quot; version %4)</source>
        <translation>formato «%1» versión %2 (se esperaba «%3» versión %4)</translation>
    </message>
    <message>
        <source>%1 is %2, expected %3</source>
        <translation>%1 es %2; se esperaba %3</translation>
    </message>
    <message>
        <source>all %1 required members present, each of the right type</source>
        <translation>están los %1 miembros obligatorios, cada uno del tipo correcto</translation>
    </message>
    <message>
        <source>SHA-256 of the payload bytes is %1, as recorded</source>
        <translation>el SHA-256 de los bytes de la carga útil es %1, como está registrado</translation>
    </message>
    <message>
        <source>SHA-256 of the payload bytes is %1, but the export records %2</source>
        <translation>el SHA-256 de los bytes de la carga útil es %1, pero la exportación registra %2</translation>
    </message>
    <message>
        <source>%1 payload bytes; recorded: %2</source>
        <translation>%1 bytes de carga útil; registrados: %2</translation>
    </message>
    <message>
        <source>the payload bytes are not valid JSON: %1</source>
        <translation>los bytes de la carga útil no son JSON válido: %1</translation>
    </message>
    <message>
        <source>the parsed payload equals the payload bytes</source>
        <translation>la carga útil analizada coincide con los bytes de la carga útil</translation>
    </message>
    <message>
        <source>the parsed payload differs from what the payload bytes say</source>
        <translation>la carga útil analizada difiere de lo que dicen los bytes de la carga útil</translation>
    </message>
    <message>
        <source>the payload bytes are exactly JSON.stringify of the parsed payload</source>
        <translation>los bytes de la carga útil son exactamente JSON.stringify de la carga útil analizada</translation>
    </message>
    <message>
        <source>the payload bytes are not JSON.stringify of the parsed payload (extra whitespace, reordered keys or other edits)</source>
        <translation>los bytes de la carga útil no son JSON.stringify de la carga útil analizada (espacios sobrantes, claves reordenadas u otras modificaciones)</translation>
    </message>
    <message>
        <source>each of the %1 payload keys has its documentation</source>
        <translation>cada una de las %1 claves de la carga útil tiene su documentación</translation>
    </message>
    <message>
        <source>payload keys without documentation: %1; documented as sent: %2</source>
        <translation>claves de la carga útil sin documentación: %1; documentadas como enviadas: %2</translation>
    </message>
    <message>
        <source>the payload&apos;s version is %1, the export says Directus %2</source>
        <translation>la versión de la carga útil es %1; la exportación indica Directus %2</translation>
    </message>
    <message>
        <source>the payload&apos;s database is %1, the export says %2</source>
        <translation>la base de datos de la carga útil es %1; la exportación indica %2</translation>
    </message>
    <message>
        <source>the Directus version and database family agree with the payload</source>
        <translation>la versión de Directus y la familia de base de datos coinciden con la carga útil</translation>
    </message>
</context>
<context>
    <name>ComposeEnvironment</name>
    <message>
        <source>The compose file %1 does not exist.</source>
        <translation>El archivo compose %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not valid YAML: %2</source>
        <translation>%1 no es YAML válido: %2</translation>
    </message>
    <message>
        <source>%1 has no services: section.</source>
        <translation>%1 no tiene sección services:.</translation>
    </message>
    <message>
        <source>%1 has no service &quot;%2&quot;; it has: %3.</source>
        <translation>%1 no tiene ningún servicio «%2»; tiene: %3.</translation>
    </message>
    <message>
        <source>No service in %1 uses a Directus image; name the Directus service with --service (services: %2).</source>
        <translation>Ningún servicio de %1 usa una imagen de Directus; indique el servicio de Directus con --service (servicios: %2).</translation>
    </message>
    <message>
        <source>Several services in %1 use a Directus image (%2); choose one with --service.</source>
        <translation>Varios servicios de %1 usan una imagen de Directus (%2); elija uno con --service.</translation>
    </message>
    <message>
        <source>%1, service %2</source>
        <translation>%1, servicio %2</translation>
    </message>
    <message>
        <source>%1 names env_file %2, which does not exist.</source>
        <translation>%1 indica el env_file %2, que no existe.</translation>
    </message>
    <message>
        <source>%1 (env_file of %2)</source>
        <translation>%1 (env_file de %2)</translation>
    </message>
    <message>
        <source>%1, environment:</source>
        <translation>%1, environment:</translation>
    </message>
    <message>
        <source>%1 sets %2 without a value: Compose takes it from the shell that runs it, which the inspector cannot see; pass --env %2=... if the server has it.</source>
        <translation>%1 define %2 sin valor: Compose lo toma del shell que lo ejecuta, que el inspector no puede ver; pase --env %2=... si el servidor lo tiene.</translation>
    </message>
    <message>
        <source>%1 uses ${%2}, which is not set in %3; Compose would take it from its shell (an empty value is used here).</source>
        <translation>%1 usa ${%2}, que no está definida en %3; Compose la tomaría de su shell (aquí se usa un valor vacío).</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>Use &amp;SSL/TLS</source>
        <translation>Usar &amp;SSL/TLS</translation>
    </message>
    <message>
        <source>Connect to a Directus database</source>
        <translation>Conectar a una base de datos de Directus</translation>
    </message>
    <message>
        <source>e.g. Production CMS</source>
        <translation>p. ej., CMS de producción</translation>
    </message>
    <message>
        <source>The Directus version the server runs (reported as `version`).</source>
        <translation>La versión de Directus que ejecuta el servidor (se informa como `version`).</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>Database driver</source>
        <translation>Controlador de base de datos</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>Use SSL</source>
        <translation>Usar SSL</translation>
    </message>
    <message>
        <source>Directus version</source>
        <translation>Versión de Directus</translation>
    </message>
    <message>
        <source>The password is kept only in the system keychain, never in a file.</source>
        <translation>La contraseña se guarda solo en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the password is not stored: you will be asked for it each time you connect.</source>
        <translation>No hay ningún llavero del sistema disponible, así que la contraseña no se guarda: se le pedirá cada vez que se conecte.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Driver:</source>
        <translation>&amp;Controlador:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>Directus &amp;version:</source>
        <translation>&amp;Versión de Directus:</translation>
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
        <translation>DB_CONNECTION_STRING no es una URL de %1 (se esperaba %2://user:password@host:port/database).</translation>
    </message>
    <message>
        <source>the server environment</source>
        <translation>el entorno del servidor</translation>
    </message>
    <message>
        <source>DB_CLIENT is not set (looked in %1). Directus needs it to start; set it in the project&apos;s configuration or pass --env DB_CLIENT=... if the server sets it in its environment.</source>
        <translation>DB_CLIENT no está definida (se buscó en %1). Directus la necesita para arrancar; defínala en la configuración del proyecto o pase --env DB_CLIENT=... si el servidor la define en su entorno.</translation>
    </message>
    <message>
        <source>Unknown DB_CLIENT &quot;%1&quot; (in %2): Directus 12.4.1 would not start. Use one of sqlite3, pg, mysql, cockroachdb, mssql, oracledb.</source>
        <translation>DB_CLIENT «%1» desconocido (en %2): Directus 12.4.1 no arrancaría. Use uno de sqlite3, pg, mysql, cockroachdb, mssql, oracledb.</translation>
    </message>
    <message>
        <source>DB_CLIENT=%1 needs %2, which %3 not set (looked in %4). Directus would not start.</source>
        <translation>DB_CLIENT=%1 necesita %2, que %3 (se buscó en %4). Directus no arrancaría.</translation>
    </message>
    <message>
        <source>is</source>
        <translation>no está definida</translation>
    </message>
    <message>
        <source>are</source>
        <translation>no están definidas</translation>
    </message>
    <message>
        <source>DB_CLIENT &quot;%1&quot; (%2) is valid for Directus, but this version of the inspector can only read SQLite, PostgreSQL and MySQL/MariaDB databases.</source>
        <translation>DB_CLIENT «%1» (%2) es válido para Directus, pero esta versión del inspector solo puede leer bases de datos SQLite, PostgreSQL y MySQL/MariaDB.</translation>
    </message>
</context>
<context>
    <name>DirectusDecryptor</name>
    <message>
        <source>scrypt parameters N=%1, r=%2, p=%3 are not unsigned 32-bit integers</source>
        <translation>los parámetros de scrypt N=%1, r=%2, p=%3 no son enteros de 32 bits sin signo</translation>
    </message>
    <message>
        <source>scrypt parameters N=%1, r=%2, p=%3 are invalid</source>
        <translation>los parámetros de scrypt N=%1, r=%2, p=%3 no son válidos</translation>
    </message>
    <message>
        <source>scrypt parameters N=%1, r=%2, p=%3 need more than Node&apos;s 32 MiB limit</source>
        <translation>los parámetros de scrypt N=%1, r=%2, p=%3 requieren más que el límite de 32 MiB de Node</translation>
    </message>
    <message numerus="yes">
        <source>not an encrypted value (%n part(s) instead of 9)</source>
        <translation>
            <numerusform>no es un valor cifrado (%n parte en lugar de 9)</numerusform>
            <numerusform>no es un valor cifrado (%n partes en lugar de 9)</numerusform>
        </translation>
    </message>
    <message>
        <source>unsupported format version</source>
        <translation>versión de formato no admitida</translation>
    </message>
    <message>
        <source>unsupported key derivation</source>
        <translation>derivación de clave no admitida</translation>
    </message>
    <message>
        <source>salt, IV or tag is empty</source>
        <translation>la sal, el IV o la etiqueta están vacíos</translation>
    </message>
    <message>
        <source>the IV decodes to no bytes</source>
        <translation>el IV no se decodifica en ningún byte</translation>
    </message>
    <message numerus="yes">
        <source>the authentication tag has %n byte(s), which Node does not accept</source>
        <translation>
            <numerusform>la etiqueta de autenticación tiene %n byte, que Node no acepta</numerusform>
            <numerusform>la etiqueta de autenticación tiene %n bytes, que Node no acepta</numerusform>
        </translation>
    </message>
    <message>
        <source>scrypt key derivation failed</source>
        <translation>falló la derivación de clave scrypt</translation>
    </message>
    <message numerus="yes">
        <source>the IV length (%n byte(s)) is not accepted</source>
        <translation>
            <numerusform>la longitud del IV (%n byte) no se acepta</numerusform>
            <numerusform>la longitud del IV (%n bytes) no se acepta</numerusform>
        </translation>
    </message>
    <message>
        <source>decryption failed</source>
        <translation>falló el descifrado</translation>
    </message>
    <message>
        <source>the authentication tag is not accepted</source>
        <translation>la etiqueta de autenticación no se acepta</translation>
    </message>
    <message>
        <source>wrong SECRET or damaged value (authentication failed)</source>
        <translation>SECRET incorrecto o valor dañado (falló la autenticación)</translation>
    </message>
</context>
<context>
    <name>DotenvEditor</name>
    <message>
        <source>the file is not valid UTF-8, so it cannot be edited without risking other bytes; add the line %1=%2 by hand</source>
        <translation>el archivo no es UTF-8 válido, así que no se puede editar sin poner en riesgo otros bytes; añada la línea %1=%2 a mano</translation>
    </message>
    <message>
        <source>dotenv would read other values differently after the change; add the line %1=%2 by hand</source>
        <translation>dotenv leería otros valores de forma distinta tras el cambio; añada la línea %1=%2 a mano</translation>
    </message>
</context>
<context>
    <name>EnvironmentFields</name>
    <message>
        <source>Reading the configuration</source>
        <translation>Leyendo la configuración</translation>
    </message>
    <message>
        <source>node_modules/directus/package.json was not found; the version was %1</source>
        <translation>no se encontró node_modules/directus/package.json; la versión fue %1</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write a compliance export: the exact payload, its SHA-256, the opt-out state, the redaction verdicts and each field&apos;s documentation, as one JSON file that `verify` can check later.</source>
        <translation>Escribe una exportación de cumplimiento: la carga útil exacta, su SHA-256, el estado de desactivación, los veredictos de la comprobación de datos sensibles y la documentación de cada campo, en un único archivo JSON que `verify` puede comprobar más tarde.</translation>
    </message>
    <message>
        <source>The export file to write (required).</source>
        <translation>El archivo de exportación que se escribirá (obligatorio).</translation>
    </message>
    <message>
        <source>Name the export file with --output FILE, e.g.
  telemetry-inspector export /srv/directus --output telemetry-export.json</source>
        <translation>Indique el archivo de exportación con --output FILE, p. ej.
  telemetry-inspector export /srv/directus --output telemetry-export.json</translation>
    </message>
    <message>
        <source>The export was written, but not recorded in the report history: %1</source>
        <translation>La exportación se escribió, pero no se registró en el historial de informes: %1</translation>
    </message>
    <message>
        <source>the entry could not be stored</source>
        <translation>no se pudo guardar la entrada</translation>
    </message>
    <message>
        <source>Wrote %1: %2 payload bytes, SHA-256 %3.
</source>
        <translation>Escrito %1: %2 bytes de carga útil, SHA-256 %3.
</translation>
    </message>
    <message>
        <source>Directus would send nothing: %1. The export records the tolerant reading and this reason.</source>
        <translation>Directus no enviaría nada: %1. La exportación registra la lectura tolerante y este motivo.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Compliance Export</source>
        <translation>Exportación de cumplimiento</translation>
    </message>
    <message>
        <source>Write a compliance export</source>
        <translation>Escribir una exportación de cumplimiento</translation>
    </message>
    <message>
        <source>One JSON file with the exact report bytes and their SHA-256, the opt-out state, the redaction checks and each field&apos;s documentation. `telemetry-inspector verify FILE` checks it later. It holds no secret.</source>
        <translation>Un archivo JSON con los bytes exactos del informe y su SHA-256, el estado de desactivación, las comprobaciones de datos sensibles y la documentación de cada campo. `telemetry-inspector verify FILE` lo comprueba más tarde. No contiene ningún secreto.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Archivo de exportación</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the export file</source>
        <translation>Elegir el archivo de exportación</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Write the export file</source>
        <translation>Escribir el archivo de exportación</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <source>Show the written file in its folder</source>
        <translation>Mostrar el archivo escrito en su carpeta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Save the compliance export</source>
        <translation>Guardar la exportación de cumplimiento</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>There is no report to export.</source>
        <translation>No hay ningún informe que exportar.</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>No se escribió: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes): the report&apos;s %3 bytes, SHA-256 %4.</source>
        <translation>Escrito %1 (%2 bytes): los %3 bytes del informe, SHA-256 %4.</translation>
    </message>
    <message>
        <source>Checking that the database still gives this report, then writing %1…</source>
        <translation>Comprobando que la base de datos sigue dando este informe; después se escribirá %1…</translation>
    </message>
    <message>
        <source>The database changed since the report was computed, so the export would not be the report you reviewed. Compute it again (F5), review it, then export.</source>
        <translation>La base de datos ha cambiado desde que se calculó el informe, así que la exportación no sería el informe que usted revisó. Vuelva a calcularlo (F5), revíselo y después exporte.</translation>
    </message>
</context>
<context>
    <name>ExtensionCount</name>
    <message>
        <source>Discovering extensions</source>
        <translation>Detectando extensiones</translation>
    </message>
    <message>
        <source>directus_extensions lacks column(s) %1 (an older schema)</source>
        <translation>a directus_extensions le faltan columnas: %1 (un esquema antiguo)</translation>
    </message>
    <message>
        <source>table directus_extensions is missing</source>
        <translation>falta la tabla directus_extensions</translation>
    </message>
    <message>
        <source>extension discovery fails as a whole, so Directus counts 0: %1</source>
        <translation>la detección de extensiones falla por completo, así que Directus cuenta 0: %1</translation>
    </message>
</context>
<context>
    <name>ExtensionCounter</name>
    <message>
        <source>sync: removes %1, no longer an entry of bundle %2</source>
        <translation>sincronización: elimina %1, que ya no es una entrada del paquete %2</translation>
    </message>
    <message>
        <source>sync: adds entry row %1/%2 to bundle %3</source>
        <translation>sincronización: añade la fila de entrada %1/%2 al paquete %3</translation>
    </message>
    <message>
        <source>sync: that bundle row is itself a child row, so Directus fails or drops the new entry by the random order of UUIDs (assumed here: it sorts last)</source>
        <translation>sincronización: esa fila de paquete es a su vez una fila hija, así que Directus falla o descarta la nueva entrada según el orden aleatorio de los UUID (aquí se supone que queda la última)</translation>
    </message>
    <message>
        <source>sync: renames legacy row %1 to folder %2</source>
        <translation>sincronización: renombra la fila heredada %1 a la carpeta %2</translation>
    </message>
    <message>
        <source>sync: adds row %1/%2 (enabled)</source>
        <translation>sincronización: añade la fila %1/%2 (habilitada)</translation>
    </message>
    <message>
        <source>sync: adds entry row %1/%2 to bundle %3 (enabled)</source>
        <translation>sincronización: añade la fila de entrada %1/%2 al paquete %3 (habilitada)</translation>
    </message>
    <message>
        <source>extension discovery failed (%1), so no row resolves to an extension</source>
        <translation>falló la detección de extensiones (%1), así que ninguna fila se resuelve en una extensión</translation>
    </message>
    <message>
        <source>%1: its bundle row %2 is missing or resolves to nothing, so it is dropped</source>
        <translation>%1: su fila de paquete %2 falta o no se resuelve en nada, así que se descarta</translation>
    </message>
    <message>
        <source>directus_extensions row %1 (%2) names row %3 as its bundle, but that row resolves to type %4, not a bundle; Directus throws and the report fails</source>
        <translation>la fila %1 de directus_extensions (%2) indica la fila %3 como su paquete, pero esa fila se resuelve en el tipo %4, no en un paquete; Directus lanza una excepción y el informe falla</translation>
    </message>
    <message>
        <source>%1: not an entry of bundle %2, so it is dropped</source>
        <translation>%1: no es una entrada del paquete %2, así que se descarta</translation>
    </message>
    <message>
        <source>%1: no such extension was discovered, not counted</source>
        <translation>%1: no se detectó ninguna extensión así; no se cuenta</translation>
    </message>
    <message>
        <source>%1: a bundle, never counted itself</source>
        <translation>%1: un paquete, nunca se cuenta a sí mismo</translation>
    </message>
    <message>
        <source>%1: %2, disabled, not counted</source>
        <translation>%1: %2, deshabilitada, no se cuenta</translation>
    </message>
    <message>
        <source>%1: %2, enabled, counted</source>
        <translation>%1: %2, habilitada, se cuenta</translation>
    </message>
</context>
<context>
    <name>ExtensionDiscovery</name>
    <message>
        <source>%1%2 must be a string</source>
        <translation>%1%2 debe ser una cadena</translation>
    </message>
    <message>
        <source>%1%2 has the wrong type (%3)</source>
        <translation>%1%2 tiene un tipo incorrecto (%3)</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 debe ser un objeto</translation>
    </message>
    <message>
        <source>%1.%2 must be a string</source>
        <translation>%1.%2 debe ser una cadena</translation>
    </message>
    <message>
        <source>%1%2 must be an object with app and api</source>
        <translation>%1%2 debe ser un objeto con app y api</translation>
    </message>
    <message>
        <source>%1sandbox must be an object</source>
        <translation>%1sandbox debe ser un objeto</translation>
    </message>
    <message>
        <source>%1requestedScopes must be an object</source>
        <translation>%1requestedScopes debe ser un objeto</translation>
    </message>
    <message>
        <source>%1request must be an object</source>
        <translation>%1request debe ser un objeto</translation>
    </message>
    <message>
        <source>%1request needs urls (strings) and methods (HTTP verbs)</source>
        <translation>%1request necesita urls (cadenas) y methods (verbos HTTP)</translation>
    </message>
    <message>
        <source>%1type is not an app, API or hybrid extension type</source>
        <translation>%1type no es un tipo de extensión de app, de API ni híbrido</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>%1entries must be an array</source>
        <translation>%1entries debe ser una matriz</translation>
    </message>
    <message>
        <source>%1type is not a known extension type</source>
        <translation>%1type no es un tipo de extensión conocido</translation>
    </message>
    <message>
        <source>package.json is not a JSON object</source>
        <translation>package.json no es un objeto JSON</translation>
    </message>
    <message>
        <source>type must be &quot;module&quot; or &quot;commonjs&quot;</source>
        <translation>type debe ser «module» o «commonjs»</translation>
    </message>
    <message>
        <source>the %1 extensions folder %2 exists but is not a readable directory</source>
        <translation>la carpeta de extensiones %1 %2 existe, pero no es un directorio legible</translation>
    </message>
    <message>
        <source>%1 in the %2 extensions folder cannot be read (a broken symlink?)</source>
        <translation>%1 en la carpeta de extensiones %2 no se puede leer (¿un enlace simbólico roto?)</translation>
    </message>
    <message>
        <source>the manifest of the %1 extension &quot;%2&quot; is invalid: %3</source>
        <translation>el manifiesto de la extensión %1 «%2» no es válido: %3</translation>
    </message>
    <message>
        <source>%1 does not exist, so no module extensions are counted; Directus itself would find no extensions at all (report 0) unless its working directory has a package.json, as installs normally do</source>
        <translation>%1 no existe, así que no se cuentan extensiones de módulo; el propio Directus no encontraría ninguna extensión (informaría 0) salvo que su directorio de trabajo tenga un package.json, como suele ocurrir en las instalaciones</translation>
    </message>
    <message>
        <source>%1 is missing or is not valid JSON</source>
        <translation>%1 falta o no es JSON válido</translation>
    </message>
    <message>
        <source>dependencies of %1 that do not resolve to a package.json here, so they are not counted as module extensions (not installed, not exporting ./package.json, or only in Node&apos;s global folders, which the inspector does not search): %2</source>
        <translation>dependencias de %1 que aquí no se resuelven en un package.json, así que no se cuentan como extensiones de módulo (no instaladas, sin exportar ./package.json, o solo en las carpetas globales de Node, donde el inspector no busca): %2</translation>
    </message>
    <message>
        <source>the manifest of the package extension &quot;%1&quot; is invalid: %2</source>
        <translation>el manifiesto de la extensión de paquete «%1» no es válido: %2</translation>
    </message>
</context>
<context>
    <name>FieldCatalog</name>
    <message>
        <source>Your project&apos;s public URL (the value of PUBLIC_URL).</source>
        <translation>La URL pública de su proyecto (el valor de PUBLIC_URL).</translation>
    </message>
    <message>
        <source>The Directus version in use.</source>
        <translation>La versión de Directus en uso.</translation>
    </message>
    <message>
        <source>The database vendor in use, not its contents or connection details.</source>
        <translation>El proveedor de la base de datos en uso, no su contenido ni los datos de conexión.</translation>
    </message>
    <message>
        <source>Number of Insights dashboards.</source>
        <translation>Número de paneles de Insights.</translation>
    </message>
    <message>
        <source>Number of files in the system.</source>
        <translation>Número de archivos del sistema.</translation>
    </message>
    <message>
        <source>Number of active flows.</source>
        <translation>Número de flujos activos.</translation>
    </message>
    <message>
        <source>Number of roles.</source>
        <translation>Número de roles.</translation>
    </message>
    <message>
        <source>Number of shares.</source>
        <translation>Número de elementos compartidos.</translation>
    </message>
    <message>
        <source>Number of active users with admin access.</source>
        <translation>Número de usuarios activos con acceso de administrador.</translation>
    </message>
    <message>
        <source>Number of active users who can access the app but are not admins.</source>
        <translation>Número de usuarios activos que pueden acceder a la app pero no son administradores.</translation>
    </message>
    <message>
        <source>Number of active users who can only access the API.</source>
        <translation>Número de usuarios activos que solo pueden acceder a la API.</translation>
    </message>
    <message>
        <source>Number of user-created collections.</source>
        <translation>Número de colecciones creadas por los usuarios.</translation>
    </message>
    <message>
        <source>Total number of items across all non-system collections.</source>
        <translation>Número total de elementos en todas las colecciones que no son del sistema.</translation>
    </message>
    <message>
        <source>The largest number of fields in any single collection.</source>
        <translation>El mayor número de campos en una sola colección.</translation>
    </message>
    <message>
        <source>Total number of fields across all collections.</source>
        <translation>Número total de campos en todas las colecciones.</translation>
    </message>
    <message>
        <source>Number of enabled extensions (bundle entries counted one by one).</source>
        <translation>Número de extensiones habilitadas (las entradas de paquetes se cuentan una por una).</translation>
    </message>
    <message>
        <source>Total size of the database in bytes.</source>
        <translation>Tamaño total de la base de datos en bytes.</translation>
    </message>
    <message>
        <source>Combined size of stored files in bytes.</source>
        <translation>Tamaño conjunto de los archivos almacenados en bytes.</translation>
    </message>
    <message>
        <source>Whether WebSockets are enabled.</source>
        <translation>Si los WebSockets están habilitados.</translation>
    </message>
    <message>
        <source>A random identifier generated for your project, not derived from any personal or project data.</source>
        <translation>Un identificador aleatorio generado para su proyecto, no derivado de ningún dato personal ni del proyecto.</translation>
    </message>
    <message>
        <source>Whether the Model Context Protocol server is enabled in the project settings.</source>
        <translation>Si el servidor de Model Context Protocol está habilitado en los ajustes del proyecto.</translation>
    </message>
    <message>
        <source>Whether MCP clients are allowed to delete items.</source>
        <translation>Si los clientes MCP pueden eliminar elementos.</translation>
    </message>
    <message>
        <source>Whether the MCP system prompt is enabled.</source>
        <translation>Si el prompt de sistema de MCP está habilitado.</translation>
    </message>
    <message>
        <source>Number of URLs configured for the visual editor.</source>
        <translation>Número de URL configuradas para el editor visual.</translation>
    </message>
    <message>
        <source>Whether an OpenAI API key is stored (the key itself is never sent).</source>
        <translation>Si hay guardada una clave de API de OpenAI (la clave en sí nunca se envía).</translation>
    </message>
    <message>
        <source>Whether an Anthropic API key is stored (the key itself is never sent).</source>
        <translation>Si hay guardada una clave de API de Anthropic (la clave en sí nunca se envía).</translation>
    </message>
    <message>
        <source>Whether a custom AI system prompt is set (the prompt itself is never sent).</source>
        <translation>Si hay definido un prompt de sistema de IA personalizado (el prompt en sí nunca se envía).</translation>
    </message>
    <message>
        <source>Whether collaborative editing is enabled.</source>
        <translation>Si la edición colaborativa está habilitada.</translation>
    </message>
    <message>
        <source>GET requests since the last report.</source>
        <translation>Peticiones GET desde el último informe.</translation>
    </message>
    <message>
        <source>SEARCH requests since the last report.</source>
        <translation>Peticiones SEARCH desde el último informe.</translation>
    </message>
    <message>
        <source>POST requests since the last report.</source>
        <translation>Peticiones POST desde el último informe.</translation>
    </message>
    <message>
        <source>PUT requests since the last report.</source>
        <translation>Peticiones PUT desde el último informe.</translation>
    </message>
    <message>
        <source>PATCH requests since the last report.</source>
        <translation>Peticiones PATCH desde el último informe.</translation>
    </message>
    <message>
        <source>DELETE requests since the last report.</source>
        <translation>Peticiones DELETE desde el último informe.</translation>
    </message>
    <message>
        <source>Requests answered from the response cache since the last report (already counted by method).</source>
        <translation>Peticiones respondidas desde la caché de respuestas desde el último informe (ya contadas por método).</translation>
    </message>
    <message>
        <source>Total API requests since the last report (GET, SEARCH, POST, PUT, PATCH and DELETE; cache hits are not added again).</source>
        <translation>Total de peticiones a la API desde el último informe (GET, SEARCH, POST, PUT, PATCH y DELETE; los aciertos de caché no se vuelven a sumar).</translation>
    </message>
    <message>
        <source>Instance and Environment</source>
        <translation>Instancia y entorno</translation>
    </message>
    <message>
        <source>Content and Schema Counts</source>
        <translation>Recuentos de contenido y esquema</translation>
    </message>
    <message>
        <source>Users and Access</source>
        <translation>Usuarios y acceso</translation>
    </message>
    <message>
        <source>Features in Use</source>
        <translation>Funciones en uso</translation>
    </message>
    <message>
        <source>API Request Volume</source>
        <translation>Volumen de peticiones a la API</translation>
    </message>
</context>
<context>
    <name>FieldCounts</name>
    <message>
        <source>Counting fields</source>
        <translation>Contando campos</translation>
    </message>
    <message>
        <source>table directus_fields (column collection) is missing</source>
        <translation>falta la tabla directus_fields (columna collection)</translation>
    </message>
</context>
<context>
    <name>GateCommand</name>
    <message>
        <source>  personal data: an owner registration (email masked in the history)</source>
        <translation>  datos personales: un registro del propietario (correo enmascarado en el historial)</translation>
    </message>
    <message>
        <source>  redaction: %1</source>
        <translation>  comprobación de datos sensibles: %1</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLIDA</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>superada</translation>
    </message>
    <message>
        <source>  diff against the computed report: UNEXPECTED changes</source>
        <translation>  diferencias con el informe calculado: cambios INESPERADOS</translation>
    </message>
    <message>
        <source>  diff against the computed report: identical</source>
        <translation>  diferencias con el informe calculado: idéntico</translation>
    </message>
    <message>
        <source>  diff against the computed report: only api_requests* (expected)</source>
        <translation>  diferencias con el informe calculado: solo api_requests* (lo esperado)</translation>
    </message>
    <message>
        <source>  forward to: %1</source>
        <translation>  reenviar a: %1</translation>
    </message>
    <message>
        <source>  forwarded: %1%2%3</source>
        <translation>  reenviado: %1%2%3</translation>
    </message>
    <message>
        <source>  note: %1</source>
        <translation>  nota: %1</translation>
    </message>
    <message>
        <source>Receive this project&apos;s Directus server&apos;s own reports on a local address, check them against the database, and forward them (at once, or with --hold after `gate approve ID`). Ctrl-C stops.
Other forms: gate list | gate approve ID [PROJECT_DIR] | gate discard ID</source>
        <translation>Recibe en una dirección local los propios informes del servidor Directus de este proyecto, los comprueba con la base de datos y los reenvía (de inmediato, o con --hold tras `gate approve ID`). Ctrl-C detiene.
Otras formas: gate list | gate approve ID [PROJECT_DIR] | gate discard ID</translation>
    </message>
    <message>
        <source>Listen on ADDRESS:PORT (default 127.0.0.1:8787).</source>
        <translation>Escuchar en ADDRESS:PORT (predeterminado: 127.0.0.1:8787).</translation>
    </message>
    <message>
        <source>Hold each report for review instead of forwarding it.</source>
        <translation>Retener cada informe para revisarlo en lugar de reenviarlo.</translation>
    </message>
    <message>
        <source>Forward to this intake (default: the project&apos;s TELEMETRY_URL; owner registrations: COMPLIANCE_URL).</source>
        <translation>Reenviar a este receptor (predeterminado: el TELEMETRY_URL del proyecto; registros del propietario: COMPLIANCE_URL).</translation>
    </message>
    <message>
        <source>Allow a --listen address other hosts can reach (no TLS; not recommended).</source>
        <translation>Permitir una dirección --listen accesible desde otros hosts (sin TLS; no recomendado).</translation>
    </message>
    <message>
        <source>--listen must be ADDRESS:PORT with a numeric address, e.g. 127.0.0.1:8787.</source>
        <translation>--listen debe ser ADDRESS:PORT con una dirección numérica, p. ej. 127.0.0.1:8787.</translation>
    </message>
    <message>
        <source>The forward destination %1 is this gate itself (TELEMETRY_URL in the project points here). Give the real intake with --forward-to, e.g. --forward-to https://telemetry.directus.io.</source>
        <translation>El destino de reenvío %1 es esta misma pasarela (TELEMETRY_URL del proyecto apunta aquí). Indique el receptor real con --forward-to, p. ej. --forward-to https://telemetry.directus.io.</translation>
    </message>
    <message>
        <source>Cannot set up the Ctrl-C handler.</source>
        <translation>No se puede configurar el manejador de Ctrl-C.</translation>
    </message>
    <message>
        <source>stopping after the running forward…</source>
        <translation>deteniendo tras el reenvío en curso…</translation>
    </message>
    <message>
        <source>refused %1 from %2: %3</source>
        <translation>rechazado %1 de %2: %3</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>recibido %1</translation>
    </message>
    <message>
        <source>forwarded %1</source>
        <translation>reenviado %1</translation>
    </message>
    <message>
        <source>review gate listening on %1:%2 (%3) for %4; reports are %5</source>
        <translation>pasarela de revisión escuchando en %1:%2 (%3) para %4; los informes se %5</translation>
    </message>
    <message>
        <source>hold for review</source>
        <translation>retener para revisión</translation>
    </message>
    <message>
        <source>pass-through</source>
        <translation>paso directo</translation>
    </message>
    <message>
        <source>held until `gate approve ID`; approved ones go to %1</source>
        <translation>retienen hasta `gate approve ID`; los aprobados van a %1</translation>
    </message>
    <message>
        <source>forwarded to %1</source>
        <translation>reenvían a %1</translation>
    </message>
    <message>
        <source>on the Directus server set TELEMETRY_URL=http://%1:%2 (Directus posts to /v1/metrics)</source>
        <translation>en el servidor de Directus, establezca TELEMETRY_URL=http://%1:%2 (Directus envía POST a /v1/metrics)</translation>
    </message>
    <message>
        <source>review gate stopped</source>
        <translation>pasarela de revisión detenida</translation>
    </message>
    <message>
        <source>List the reports the review gate received, newest last.</source>
        <translation>Lista los informes que recibió la pasarela de revisión, el más reciente al final.</translation>
    </message>
    <message>
        <source>The review gate has received nothing yet.
</source>
        <translation>La pasarela de revisión aún no ha recibido nada.
</translation>
    </message>
    <message>
        <source>Forward a held report with its original bytes. The Authorization header is never stored: it is taken from the project&apos;s TELEMETRY_AUTHORIZATION (PROJECT_DIR defaults to the folder the report was received for).</source>
        <translation>Reenvía un informe retenido con sus bytes originales. La cabecera Authorization nunca se guarda: se toma del TELEMETRY_AUTHORIZATION del proyecto (PROJECT_DIR es, por defecto, la carpeta para la que se recibió el informe).</translation>
    </message>
    <message>
        <source>Discard a held report: it is never forwarded. Some licences require reports to reach Directus; discarding may breach them.</source>
        <translation>Descarta un informe retenido: nunca se reenvía. Algunas licencias exigen que los informes lleguen a Directus; descartarlos puede incumplirlas.</translation>
    </message>
    <message>
        <source>Forward to this intake (default: where the gate that held it would send it).</source>
        <translation>Reenviar a este receptor (predeterminado: adonde lo enviaría la pasarela que lo retuvo).</translation>
    </message>
    <message>
        <source>Usage: telemetry-inspector %1 ID%2</source>
        <translation>Uso: telemetry-inspector %1 ID%2</translation>
    </message>
    <message>
        <source>There is no received report #%1.</source>
        <translation>No hay ningún informe recibido #%1.</translation>
    </message>
    <message>
        <source>Discarded #%1: it will not be forwarded.
</source>
        <translation>Descartado #%1: no se reenviará.
</translation>
    </message>
    <message>
        <source>Received report #%1 is %2, not held.</source>
        <translation>El informe recibido #%1 está %2, no retenido.</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>comprobado %1</translation>
    </message>
</context>
<context>
    <name>GateStateText</name>
    <message>
        <source>true, the default</source>
        <translation>true, el valor predeterminado</translation>
    </message>
    <message>
        <source>on (TELEMETRY=%1)</source>
        <translation>activada (TELEMETRY=%1)</translation>
    </message>
    <message>
        <source>off (TELEMETRY=%1)</source>
        <translation>desactivada (TELEMETRY=%1)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activada</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>Directus sends a report every 6 hours</source>
        <translation>Directus envía un informe cada 6 horas</translation>
    </message>
    <message>
        <source>Directus sends no reports</source>
        <translation>Directus no envía informes</translation>
    </message>
    <message>
        <source>none verified (%1)</source>
        <translation>ninguna verificada (%1)</translation>
    </message>
    <message>
        <source>verified (%1), from %2, expires %3</source>
        <translation>verificada (%1), de %2, caduca el %3</translation>
    </message>
</context>
<context>
    <name>GateTextFormatter</name>
    <message>
        <source>enabled by TELEMETRY</source>
        <translation>habilitada por TELEMETRY</translation>
    </message>
    <message>
        <source>required by licence (the built-in Core licence)</source>
        <translation>exigida por la licencia (la licencia Core integrada)</translation>
    </message>
    <message>
        <source>required by licence</source>
        <translation>exigida por la licencia</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>desactivación solicitada</translation>
    </message>
    <message>
        <source>Requested:   %1 (TELEMETRY=%2)
</source>
        <translation>Solicitada:    %1 (TELEMETRY=%2)
</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activada</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>Effective:   %1, %2
</source>
        <translation>Efectiva:      %1, %2
</translation>
    </message>
    <message>
        <source>Why:         %1
</source>
        <translation>Motivo:        %1
</translation>
    </message>
    <message>
        <source>Licence:     verified (%1), from %2, expires %3
</source>
        <translation>Licencia:      verificada (%1), de %2, caduca el %3
</translation>
    </message>
    <message>
        <source>Licence:     none verified (%1)
</source>
        <translation>Licencia:      ninguna verificada (%1)
</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>There is no history entry &quot;%1&quot; in %2; `telemetry-inspector history` lists them.</source>
        <translation>No hay ninguna entrada «%1» en el historial %2; `telemetry-inspector history` las enumera.</translation>
    </message>
    <message>
        <source>List the reports the inspector computed, sent and exported.</source>
        <translation>Lista los informes que el inspector calculó, envió y exportó.</translation>
    </message>
    <message>
        <source>With --diff: the newer entry.</source>
        <translation>Con --diff: la entrada más reciente.</translation>
    </message>
    <message>
        <source>Show the field changes from entry A to entry B.</source>
        <translation>Mostrar los cambios de campos de la entrada A a la entrada B.</translation>
    </message>
    <message>
        <source>Print the exact bytes of one entry.</source>
        <translation>Imprimir los bytes exactos de una entrada.</translation>
    </message>
    <message>
        <source>Usage: telemetry-inspector history [--diff A B | --show ID]</source>
        <translation>Uso: telemetry-inspector history [--diff A B | --show ID]</translation>
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
        <translation>  sin cambios
</translation>
    </message>
    <message>
        <source>The history in %1 is empty.
</source>
        <translation>El historial en %1 está vacío.
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>FECHA Y HORA</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>TRIGGER</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>RESULTADO</translation>
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
        <translation>DESTINO / ERROR</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Report History</source>
        <translation>Historial de informes</translation>
    </message>
    <message>
        <source>Report history</source>
        <translation>Historial de informes</translation>
    </message>
    <message>
        <source>Select one entry to see its bytes, or two (Ctrl+click, Shift+arrows) to see what changed between them. Kept in %1.</source>
        <translation>Seleccione una entrada para ver sus bytes, o dos (Ctrl+clic, Mayús+flechas) para ver qué cambió entre ellas. Se guarda en %1.</translation>
    </message>
    <message>
        <source>The history cannot be opened, so there is nothing to show.</source>
        <translation>No se puede abrir el historial, así que no hay nada que mostrar.</translation>
    </message>
    <message>
        <source>History entries</source>
        <translation>Entradas del historial</translation>
    </message>
    <message>
        <source>Selected entry, or the changes between two entries</source>
        <translation>Entrada seleccionada, o los cambios entre dos entradas</translation>
    </message>
    <message>
        <source>Close the history</source>
        <translation>Cerrar el historial</translation>
    </message>
    <message>
        <source>No reports recorded yet.</source>
        <translation>Aún no hay informes registrados.</translation>
    </message>
    <message>
        <source>Select an entry, or two to compare.</source>
        <translation>Seleccione una entrada, o dos para compararlas.</translation>
    </message>
    <message>
        <source>#%1 %2 at %3</source>
        <translation>#%1 %2 el %3</translation>
    </message>
    <message>
        <source>Destination: %1</source>
        <translation>Destino: %1</translation>
    </message>
    <message>
        <source>Outcome: %1%2</source>
        <translation>Resultado: %1%2</translation>
    </message>
    <message>
        <source>, HTTP %1</source>
        <translation>, HTTP %1</translation>
    </message>
    <message>
        <source>Answer or error: %1</source>
        <translation>Respuesta o error: %1</translation>
    </message>
    <message>
        <source>%1 bytes, SHA-256 %2</source>
        <translation>%1 bytes, SHA-256 %2</translation>
    </message>
    <message>
        <source>Select exactly two entries to compare them.</source>
        <translation>Seleccione exactamente dos entradas para compararlas.</translation>
    </message>
    <message>
        <source>Changes from #%1 to #%2:
</source>
        <translation>Cambios de #%1 a #%2:
</translation>
    </message>
    <message>
        <source>no field changed</source>
        <translation>ningún campo cambió</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Destination or file</source>
        <translation>Destino o archivo</translation>
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
        <translation>valor secreto de configuración</translation>
    </message>
    <message>
        <source>configuration value</source>
        <translation>valor de configuración</translation>
    </message>
    <message>
        <source>the database (not opened)</source>
        <translation>la base de datos (no abierta)</translation>
    </message>
    <message>
        <source>collection name</source>
        <translation>nombre de colección</translation>
    </message>
    <message>
        <source>field name</source>
        <translation>nombre de campo</translation>
    </message>
    <message>
        <source>role name</source>
        <translation>nombre de rol</translation>
    </message>
    <message>
        <source>policy name</source>
        <translation>nombre de política</translation>
    </message>
    <message>
        <source>flow name</source>
        <translation>nombre de flujo</translation>
    </message>
    <message>
        <source>dashboard name</source>
        <translation>nombre de panel</translation>
    </message>
    <message>
        <source>share name</source>
        <translation>nombre de elemento compartido</translation>
    </message>
    <message>
        <source>folder name</source>
        <translation>nombre de carpeta</translation>
    </message>
    <message>
        <source>file name or title</source>
        <translation>nombre o título de archivo</translation>
    </message>
    <message>
        <source>user email</source>
        <translation>correo electrónico de usuario</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nombre de usuario</translation>
    </message>
    <message>
        <source>stored AI key, AI prompt or licence token</source>
        <translation>clave de IA, prompt de IA o token de licencia guardados</translation>
    </message>
</context>
<context>
    <name>IntakeRequestParser</name>
    <message>
        <source>The request head is larger than %1 bytes.</source>
        <translation>La cabecera de la petición ocupa más de %1 bytes.</translation>
    </message>
    <message>
        <source>Header lines must end with CRLF.</source>
        <translation>Las líneas de cabecera deben terminar en CRLF.</translation>
    </message>
    <message>
        <source>The request line is not &quot;METHOD /path HTTP/1.1&quot;.</source>
        <translation>La línea de petición no es «METHOD /path HTTP/1.1».</translation>
    </message>
    <message>
        <source>Only HTTP/1.1 is supported.</source>
        <translation>Solo se admite HTTP/1.1.</translation>
    </message>
    <message>
        <source>The request target must be a path starting with &quot;/&quot;.</source>
        <translation>El destino de la petición debe ser una ruta que empiece por «/».</translation>
    </message>
    <message>
        <source>Folded header lines are not accepted.</source>
        <translation>No se aceptan líneas de cabecera plegadas.</translation>
    </message>
    <message>
        <source>A header line has no &quot;name: value&quot; form.</source>
        <translation>Una línea de cabecera no tiene la forma «nombre: valor».</translation>
    </message>
    <message>
        <source>A header name contains characters HTTP does not allow.</source>
        <translation>Un nombre de cabecera contiene caracteres que HTTP no permite.</translation>
    </message>
    <message>
        <source>A header value contains control characters.</source>
        <translation>Un valor de cabecera contiene caracteres de control.</translation>
    </message>
    <message>
        <source>The request has more than %1 headers.</source>
        <translation>La petición tiene más de %1 cabeceras.</translation>
    </message>
    <message>
        <source>An HTTP/1.1 request must have a Host header.</source>
        <translation>Una petición HTTP/1.1 debe tener una cabecera Host.</translation>
    </message>
    <message>
        <source>Transfer-Encoding (chunked) is not supported; send a Content-Length.</source>
        <translation>Transfer-Encoding (chunked) no se admite; envíe un Content-Length.</translation>
    </message>
    <message>
        <source>The request has conflicting Content-Length headers.</source>
        <translation>La petición tiene cabeceras Content-Length contradictorias.</translation>
    </message>
    <message>
        <source>A Content-Length header is required.</source>
        <translation>Se requiere una cabecera Content-Length.</translation>
    </message>
    <message>
        <source>The Content-Length is not a number.</source>
        <translation>El Content-Length no es un número.</translation>
    </message>
    <message>
        <source>The body is larger than %1 bytes.</source>
        <translation>El cuerpo ocupa más de %1 bytes.</translation>
    </message>
</context>
<context>
    <name>JsonConfigEditor</name>
    <message>
        <source>the file cannot be edited safely (%1); set &quot;%2&quot;: %3 in it by hand</source>
        <translation>el archivo no se puede editar de forma segura (%1); establezca &quot;%2&quot;: %3 en él a mano</translation>
    </message>
    <message>
        <source>it does not start with a JSON object</source>
        <translation>no empieza con un objeto JSON</translation>
    </message>
    <message>
        <source>expected a key at byte %1</source>
        <translation>se esperaba una clave en el byte %1</translation>
    </message>
    <message>
        <source>expected &quot;:&quot; at byte %1</source>
        <translation>se esperaba «:» en el byte %1</translation>
    </message>
    <message>
        <source>unreadable value at byte %1</source>
        <translation>valor ilegible en el byte %1</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;}&quot; at byte %1</source>
        <translation>se esperaba «,» o «}» en el byte %1</translation>
    </message>
    <message>
        <source>unexpected text after the object at byte %1</source>
        <translation>texto inesperado tras el objeto en el byte %1</translation>
    </message>
</context>
<context>
    <name>LicenseVerifier</name>
    <message>
        <source>not a JWT (expected three dot-separated parts)</source>
        <translation>no es un JWT (se esperaban tres partes separadas por puntos)</translation>
    </message>
    <message>
        <source>not a JWT (a part is not base64url)</source>
        <translation>no es un JWT (una parte no está en base64url)</translation>
    </message>
    <message>
        <source>not a JWT (header or payload is not a JSON object)</source>
        <translation>no es un JWT (la cabecera o la carga útil no es un objeto JSON)</translation>
    </message>
    <message>
        <source>signed with %1, not EdDSA</source>
        <translation>firmado con %1, no con EdDSA</translation>
    </message>
    <message>
        <source>the signature does not match Directus&apos;s licence key (%1)</source>
        <translation>la firma no coincide con la clave de licencia de Directus (%1)</translation>
    </message>
    <message>
        <source>issued by &quot;%1&quot;, not directus-licensing-service</source>
        <translation>emitido por «%1», no por directus-licensing-service</translation>
    </message>
    <message>
        <source>not issued for the audience &quot;directus&quot;</source>
        <translation>no emitido para la audiencia «directus»</translation>
    </message>
    <message>
        <source>has no expiry (exp), which Directus requires</source>
        <translation>no tiene caducidad (exp), que Directus exige</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>caducó el %1</translation>
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
        <translation>Abra una carpeta de proyecto de Directus (Archivo ▸ Abrir carpeta de proyecto…, Ctrl+O), el proyecto de demostración (Ctrl+D) o conéctese a una base de datos (Ctrl+Mayús+O). No se envía nada: el inspector solo lee.</translation>
    </message>
    <message>
        <source>&amp;Open Project Folder…</source>
        <translation>&amp;Abrir carpeta de proyecto…</translation>
    </message>
    <message>
        <source>Open the folder a Directus server runs in (the one with .env)</source>
        <translation>Abrir la carpeta en la que se ejecuta un servidor Directus (la que contiene .env)</translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation>Abrir proyecto de &amp;demostración</translation>
    </message>
    <message>
        <source>Open the small blog project bundled with the inspector</source>
        <translation>Abrir el pequeño proyecto de blog incluido con el inspector</translation>
    </message>
    <message>
        <source>&amp;Connect to Database…</source>
        <translation>&amp;Conectar a base de datos…</translation>
    </message>
    <message>
        <source>Inspect a Directus database whose project folder is not on this machine</source>
        <translation>Inspeccionar una base de datos de Directus cuya carpeta de proyecto no está en este equipo</translation>
    </message>
    <message>
        <source>&amp;Compute Again</source>
        <translation>&amp;Volver a calcular</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>C&amp;ancelar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Filter Fields</source>
        <translation>&amp;Filtrar campos</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>&amp;Expandir todo</translation>
    </message>
    <message>
        <source>C&amp;ollapse All</source>
        <translation>C&amp;ontraer todo</translation>
    </message>
    <message>
        <source>&amp;Send Now…</source>
        <translation>&amp;Enviar ahora…</translation>
    </message>
    <message>
        <source>Review the report, then send it to the project&apos;s TELEMETRY_URL</source>
        <translation>Revisar el informe y después enviarlo al TELEMETRY_URL del proyecto</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Every report computed, sent or exported; compare two</source>
        <translation>Todos los informes calculados, enviados o exportados; compare dos</translation>
    </message>
    <message>
        <source>&amp;Telemetry On/Off…</source>
        <translation>&amp;Telemetría activada/desactivada…</translation>
    </message>
    <message>
        <source>Set TELEMETRY in the project&apos;s configuration file, after review</source>
        <translation>Establecer TELEMETRY en el archivo de configuración del proyecto, tras revisarlo</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Write a compliance export of this report</source>
        <translation>Escribir una exportación de cumplimiento de este informe</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Recent Projects</source>
        <translation>Proyectos &amp;recientes</translation>
    </message>
    <message>
        <source>Saved Co&amp;nnections</source>
        <translation>Co&amp;nexiones guardadas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Re&amp;port</source>
        <translation>&amp;Informe</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>&lt;b&gt;Directus Telemetry Inspector&lt;/b&gt; %1&lt;br&gt;Shows the anonymous usage report a Directus instance would send, before it leaves the server.</source>
        <translation>&lt;b&gt;Directus Telemetry Inspector&lt;/b&gt; %1&lt;br&gt;Muestra el informe de uso anónimo que enviaría una instancia de Directus, antes de que salga del servidor.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Ningún proyecto abierto</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Filter fields by key, description or value (Ctrl+F)</source>
        <translation>Filtrar campos por clave, descripción o valor (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter fields</source>
        <translation>Filtrar campos</translation>
    </message>
    <message>
        <source>Report fields by category</source>
        <translation>Campos del informe por categoría</translation>
    </message>
    <message>
        <source>Report views</source>
        <translation>Vistas del informe</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Informe</translation>
    </message>
    <message>
        <source>Raw &amp;JSON</source>
        <translation>&amp;JSON sin procesar</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Progreso del informe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel computing the report</source>
        <translation>Cancelar el cálculo del informe</translation>
    </message>
    <message>
        <source>Open the folder your Directus server runs in (with .env)</source>
        <translation>Abrir la carpeta en la que se ejecuta su servidor Directus (con .env)</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Proyecto: %1</translation>
    </message>
    <message>
        <source>This project cannot be read: %1
What to do: choose the folder Directus runs in — the one holding .env, package.json and node_modules/directus — or fix the file named above.</source>
        <translation>No se puede leer este proyecto: %1
Qué hacer: elija la carpeta en la que se ejecuta Directus —la que contiene .env, package.json y node_modules/directus— o corrija el archivo indicado arriba.</translation>
    </message>
    <message>
        <source>The demo project was not found next to the program. What to do: reinstall, or open resources/demo from the source folder with Open Project Folder…</source>
        <translation>No se encontró el proyecto de demostración junto al programa. Qué hacer: reinstale, o abra resources/demo de la carpeta de código fuente con Abrir carpeta de proyecto…</translation>
    </message>
    <message>
        <source>Demo project: %1</source>
        <translation>Proyecto de demostración: %1</translation>
    </message>
    <message>
        <source>These connection settings cannot be used: %1
What to do: check the driver, host and database in the connection form.</source>
        <translation>No se puede usar esta configuración de conexión: %1
Qué hacer: revise el controlador, el host y la base de datos en el formulario de conexión.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>That saved connection no longer exists.</source>
        <translation>Esa conexión guardada ya no existe.</translation>
    </message>
    <message>
        <source>No system keychain: enter the password.</source>
        <translation>No hay llavero del sistema: introduzca la contraseña.</translation>
    </message>
    <message>
        <source>No password is stored for this connection.</source>
        <translation>No hay ninguna contraseña guardada para esta conexión.</translation>
    </message>
    <message>
        <source>The keychain did not give the password (%1).</source>
        <translation>El llavero no proporcionó la contraseña (%1).</translation>
    </message>
    <message>
        <source>No system keychain is available, so the password was not stored; you will be asked for it next time.</source>
        <translation>No hay ningún llavero del sistema disponible, así que la contraseña no se guardó; se le pedirá la próxima vez.</translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain: %1</source>
        <translation>No se pudo guardar la contraseña en el llavero: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Opening the database read-only…</source>
        <translation>Abriendo la base de datos en modo de solo lectura…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Computing the report was cancelled; nothing was read further. Press F5 to compute it again.</source>
        <translation>Se canceló el cálculo del informe; no se leyó nada más. Pulse F5 para volver a calcularlo.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>What to do: fix the DB_* values in the project&apos;s configuration (or the connection form) and press F5.</source>
        <translation>Qué hacer: corrija los valores DB_* en la configuración del proyecto (o en el formulario de conexión) y pulse F5.</translation>
    </message>
    <message>
        <source>What to do: check that the database is reachable and is the one Directus uses, then press F5.</source>
        <translation>Qué hacer: compruebe que la base de datos es accesible y que es la que usa Directus; después pulse F5.</translation>
    </message>
    <message>
        <source>Report computed; nothing was sent.</source>
        <translation>Informe calculado; no se envió nada.</translation>
    </message>
    <message>
        <source>Directus would send nothing: %1. The values shown are the tolerant reading, each affected one marked approximate.</source>
        <translation>Directus no enviaría nada: %1. Los valores mostrados son la lectura tolerante; cada uno afectado está marcado como aproximado.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Takes effect at the next start</source>
        <translation>Se aplica en el próximo inicio</translation>
    </message>
    <message>
        <source>The language changes the next time the inspector starts.</source>
        <translation>El idioma cambiará la próxima vez que se inicie el inspector.</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Review &amp;Gate…</source>
        <translation>&amp;Pasarela de revisión…</translation>
    </message>
    <message>
        <source>Receive the server&apos;s own reports, check them and forward them at once or after approval</source>
        <translation>Recibir los propios informes del servidor, comprobarlos y reenviarlos de inmediato o tras aprobarlos</translation>
    </message>
</context>
<context>
    <name>OptOutCommand</name>
    <message>
        <source>Set TELEMETRY=true in the project&apos;s configuration file (only that value changes).</source>
        <translation>Establece TELEMETRY=true en el archivo de configuración del proyecto (solo cambia ese valor).</translation>
    </message>
    <message>
        <source>Set TELEMETRY=false in the project&apos;s configuration file (only that value changes). Without a licence that allows it, Directus 12.4.1 ignores the setting.</source>
        <translation>Establece TELEMETRY=false en el archivo de configuración del proyecto (solo cambia ese valor). Sin una licencia que lo permita, Directus 12.4.1 ignora este ajuste.</translation>
    </message>
    <message>
        <source>Write without asking.</source>
        <translation>Escribir sin preguntar.</translation>
    </message>
    <message>
        <source>When the project has no configuration file, create one holding only TELEMETRY (only in a folder Directus runs in).</source>
        <translation>Si el proyecto no tiene archivo de configuración, crear uno que contenga solo TELEMETRY (solo en una carpeta en la que se ejecute Directus).</translation>
    </message>
    <message>
        <source>Try: telemetry-inspector %1 --help</source>
        <translation>Pruebe: telemetry-inspector %1 --help</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Append to</source>
        <translation>Añadir a</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>%1 %2:
</source>
        <translation>%1 %2:
</translation>
    </message>
    <message>
        <source>  line %1
</source>
        <translation>  línea %1
</translation>
    </message>
    <message>
        <source>Write this change? [y/N] </source>
        <translation>¿Escribir este cambio? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was changed.
</source>
        <translation>No se cambió nada.
</translation>
    </message>
    <message>
        <source>Created %1.
</source>
        <translation>Creado %1.
</translation>
    </message>
    <message>
        <source>Changed %1 (the previous version is kept as %2).
</source>
        <translation>Cambiado %1 (la versión anterior se conserva como %2).
</translation>
    </message>
    <message>
        <source>The configuration cannot be read back: %1</source>
        <translation>No se puede volver a leer la configuración: %1</translation>
    </message>
    <message>
        <source>Whether Directus will report depends on its licence, which cannot be read: %1</source>
        <translation>Que Directus envíe informes depende de su licencia, que no se puede leer: %1</translation>
    </message>
</context>
<context>
    <name>OutputWriter</name>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ProjectConfig</name>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>it is not a regular file (a folder, pipe or device)</source>
        <translation>no es un archivo normal (es una carpeta, una tubería o un dispositivo)</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB, too large to be configuration</source>
        <translation>ocupa más de %1 MiB, demasiado para ser configuración</translation>
    </message>
    <message>
        <source>The configuration file %1 is JavaScript, which the inspector cannot run. Export the values it produces to a .env, .json or .yaml file and pass that with --config FILE.</source>
        <translation>El archivo de configuración %1 es JavaScript, que el inspector no puede ejecutar. Exporte los valores que produce a un archivo .env, .json o .yaml y páselo con --config FILE.</translation>
    </message>
    <message>
        <source>Cannot read the configuration file %1: %2. Directus would refuse to start with it; check the file and its permissions.</source>
        <translation>No se puede leer el archivo de configuración %1: %2. Directus se negaría a arrancar con él; revise el archivo y sus permisos.</translation>
    </message>
    <message>
        <source>The configuration file %1 is not valid JSON: %2. Directus would refuse to start; fix the file.</source>
        <translation>El archivo de configuración %1 no es JSON válido: %2. Directus se negaría a arrancar; corrija el archivo.</translation>
    </message>
    <message>
        <source>The configuration file %1 is not valid YAML: %2. Directus would refuse to start; fix the file.</source>
        <translation>El archivo de configuración %1 no es YAML válido: %2. Directus se negaría a arrancar; corrija el archivo.</translation>
    </message>
    <message>
        <source>The configuration file %1 must hold one object of KEY: value pairs at the top level, but holds a %2.</source>
        <translation>El archivo de configuración %1 debe contener en el nivel superior un objeto de pares KEY: value, pero contiene un %2.</translation>
    </message>
    <message>
        <source>%1 is a file, not a Directus project folder. Pass the folder that holds the project&apos;s .env and node_modules, or the file itself with --config.</source>
        <translation>%1 es un archivo, no una carpeta de proyecto de Directus. Pase la carpeta que contiene el .env y node_modules del proyecto, o el propio archivo con --config.</translation>
    </message>
    <message>
        <source>The project folder %1 does not exist. Pass the folder that holds the Directus project&apos;s .env and node_modules.</source>
        <translation>La carpeta de proyecto %1 no existe. Pase la carpeta que contiene el .env y node_modules del proyecto de Directus.</translation>
    </message>
    <message>
        <source>The configuration path %1 is a folder; Directus expects a file there (.env, .json or .yaml).</source>
        <translation>La ruta de configuración %1 es una carpeta; Directus espera ahí un archivo (.env, .json o .yaml).</translation>
    </message>
    <message>
        <source>The configuration file %1 does not exist.</source>
        <translation>El archivo de configuración %1 no existe.</translation>
    </message>
    <message>
        <source>There is no configuration file at %1: only the server environment you supplied and Directus&apos;s defaults are used.</source>
        <translation>No hay ningún archivo de configuración en %1: solo se usan el entorno del servidor que proporcionó y los valores predeterminados de Directus.</translation>
    </message>
    <message>
        <source>server environment</source>
        <translation>entorno del servidor</translation>
    </message>
    <message>
        <source>%1 (from %2) names the file %3, which cannot be read: %4. Directus would refuse to start; make the file readable to the inspector.</source>
        <translation>%1 (de %2) indica el archivo %3, que no se puede leer: %4. Directus se negaría a arrancar; haga que el inspector pueda leer el archivo.</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (de %2)</translation>
    </message>
    <message>
        <source>Directus default</source>
        <translation>valor predeterminado de Directus</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 has no &quot;version&quot; string (%2). Reinstall Directus, or give the version with --directus-version.</source>
        <translation>%1 no tiene una cadena &quot;version&quot; (%2). Reinstale Directus o indique la versión con --directus-version.</translation>
    </message>
    <message>
        <source>the field is missing</source>
        <translation>falta el campo</translation>
    </message>
    <message>
        <source>--directus-version %1 was ignored: the project&apos;s installed Directus is %2 (node_modules/directus/package.json), and that is what it sends.</source>
        <translation>Se ignoró --directus-version %1: el Directus instalado en el proyecto es %2 (node_modules/directus/package.json), y eso es lo que envía.</translation>
    </message>
    <message>
        <source>The version %1 was %2: %3 is missing, so the inspector cannot check it.</source>
        <translation>La versión %1 fue %2: falta %3, así que el inspector no puede comprobarla.</translation>
    </message>
    <message>
        <source>%1 is missing, so this folder does not look like a Directus install and the version Directus sends is unknown. Pass the Directus project folder, or give the version with --directus-version VERSION.</source>
        <translation>Falta %1, así que esta carpeta no parece una instalación de Directus y se desconoce la versión que envía Directus. Pase la carpeta del proyecto de Directus o indique la versión con --directus-version VERSION.</translation>
    </message>
    <message>
        <source>Cannot read the environment file %1 given with --env-file: %2.</source>
        <translation>No se puede leer el archivo de entorno %1 indicado con --env-file: %2.</translation>
    </message>
</context>
<context>
    <name>ProjectOptions</name>
    <message>
        <source>The Directus project folder (holding .env, package.json and node_modules). Default: the current folder.</source>
        <translation>La carpeta del proyecto de Directus (con .env, package.json y node_modules). Predeterminada: la carpeta actual.</translation>
    </message>
    <message>
        <source>Read this configuration file instead of the project&apos;s .env (like CONFIG_PATH).</source>
        <translation>Leer este archivo de configuración en lugar del .env del proyecto (como CONFIG_PATH).</translation>
    </message>
    <message>
        <source>A variable the server has in its process environment (Docker, systemd, …). Repeatable.</source>
        <translation>Una variable que el servidor tiene en el entorno de su proceso (Docker, systemd, …). Se puede repetir.</translation>
    </message>
    <message>
        <source>Variables the server has in its process environment, as a dotenv file.</source>
        <translation>Variables que el servidor tiene en el entorno de su proceso, como archivo dotenv.</translation>
    </message>
    <message>
        <source>Treat this shell&apos;s environment as the server&apos;s (only when the server runs with it).</source>
        <translation>Tratar el entorno de este shell como el del servidor (solo si el servidor se ejecuta con él).</translation>
    </message>
    <message>
        <source>Take the server&apos;s environment from this Docker Compose file (environment: and env_file: of the Directus service). --env-file and --env override it.</source>
        <translation>Tomar el entorno del servidor de este archivo de Docker Compose (environment: y env_file: del servicio de Directus). --env-file y --env lo sobrescriben.</translation>
    </message>
    <message>
        <source>The compose service to read (default: the one whose image is Directus).</source>
        <translation>El servicio de compose que se leerá (predeterminado: aquel cuya imagen es Directus).</translation>
    </message>
    <message>
        <source>Ask for the database password (not echoed) instead of using DB_PASSWORD.</source>
        <translation>Pedir la contraseña de la base de datos (sin mostrarla) en lugar de usar DB_PASSWORD.</translation>
    </message>
    <message>
        <source>Give up connecting to a database server after SECONDS (default 10).</source>
        <translation>Desistir de conectar con un servidor de base de datos tras SECONDS (predeterminado: 10).</translation>
    </message>
    <message>
        <source>Give up on a database query after SECONDS (default 120).</source>
        <translation>Desistir de una consulta a la base de datos tras SECONDS (predeterminado: 120).</translation>
    </message>
    <message>
        <source>The Directus version, when node_modules/directus/package.json is not in the project.</source>
        <translation>La versión de Directus, cuando node_modules/directus/package.json no está en el proyecto.</translation>
    </message>
    <message>
        <source>--service needs --compose FILE.</source>
        <translation>--service requiere --compose FILE.</translation>
    </message>
    <message>
        <source>Expected one project folder, got %1: %2</source>
        <translation>Se esperaba una carpeta de proyecto; se recibieron %1: %2</translation>
    </message>
    <message>
        <source>No Directus project in the current folder (%1 has no .env and no node_modules/directus). Pass the project folder, e.g.
  telemetry-inspector report /srv/directus
or a configuration file with --config FILE.</source>
        <translation>No hay ningún proyecto de Directus en la carpeta actual (%1 no tiene .env ni node_modules/directus). Pase la carpeta del proyecto, p. ej.
  telemetry-inspector report /srv/directus
o un archivo de configuración con --config FILE.</translation>
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
        <translation>--env espera KEY=VALUE; se recibió «%1».</translation>
    </message>
    <message>
        <source>--env</source>
        <translation>--env</translation>
    </message>
    <message>
        <source>taken from the image tag of compose service %1 (%2)</source>
        <translation>tomada de la etiqueta de imagen del servicio de compose %1 (%2)</translation>
    </message>
    <message>
        <source>Database password: </source>
        <translation>Contraseña de la base de datos: </translation>
    </message>
    <message>
        <source>--ask-password: no password was entered.</source>
        <translation>--ask-password: no se introdujo ninguna contraseña.</translation>
    </message>
    <message>
        <source>typed at --ask-password</source>
        <translation>introducida con --ask-password</translation>
    </message>
    <message>
        <source>The server&apos;s environment, from %1 (service %2):</source>
        <translation>El entorno del servidor, de %1 (servicio %2):</translation>
    </message>
    <message>
        <source>%1: %2 (the config file wins over %3)</source>
        <translation>%1: %2 (el archivo de configuración prevalece sobre %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (overrides %3)</source>
        <translation>%1: %2 (sobrescribe %3)</translation>
    </message>
</context>
<context>
    <name>RawJsonView</name>
    <message>
        <source>&amp;Indent for reading</source>
        <translation>&amp;Sangrar para leer</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Raw JSON that would be sent</source>
        <translation>JSON sin procesar que se enviaría</translation>
    </message>
    <message>
        <source>Indent the JSON for reading</source>
        <translation>Sangrar el JSON para leerlo</translation>
    </message>
    <message>
        <source>Shows the same report indented. The bytes that are sent are the compact ones.</source>
        <translation>Muestra el mismo informe con sangría. Los bytes que se envían son los compactos.</translation>
    </message>
    <message>
        <source>Copy the JSON to the clipboard</source>
        <translation>Copiar el JSON al portapapeles</translation>
    </message>
    <message>
        <source>Size of the report that would be sent</source>
        <translation>Tamaño del informe que se enviaría</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>Aún no hay informe</translation>
    </message>
    <message>
        <source>%1 bytes would be sent</source>
        <translation>Se enviarían %1 bytes</translation>
    </message>
</context>
<context>
    <name>ReadOnlyConnection</name>
    <message>
        <source>The server at %1 has no database &quot;%2&quot; that user &quot;%3&quot; may use: it does not exist, or DB_USER has no rights on it. Check DB_DATABASE (or the database in DB_CONNECTION_STRING).</source>
        <translation>El servidor en %1 no tiene ninguna base de datos «%2» que el usuario «%3» pueda usar: no existe o DB_USER no tiene permisos sobre ella. Revise DB_DATABASE (o la base de datos en DB_CONNECTION_STRING).</translation>
    </message>
    <message>
        <source>The server at %1 refused user &quot;%2&quot;: wrong password or user (check DB_USER and DB_PASSWORD, or use --ask-password).</source>
        <translation>El servidor en %1 rechazó al usuario «%2»: contraseña o usuario incorrectos (revise DB_USER y DB_PASSWORD, o use --ask-password).</translation>
    </message>
    <message>
        <source>The server at %1 has no database &quot;%2&quot;. Check DB_DATABASE (or the database in DB_CONNECTION_STRING).</source>
        <translation>El servidor en %1 no tiene ninguna base de datos «%2». Revise DB_DATABASE (o la base de datos en DB_CONNECTION_STRING).</translation>
    </message>
    <message>
        <source>TLS to %1 failed. If the server requires TLS set DB_SSL=true; if it offers none, remove DB_SSL; for a private CA set DB_SSL__CA_FILE; DB_SSL__REJECT_UNAUTHORIZED=false skips certificate checks.</source>
        <translation>Falló TLS con %1. Si el servidor requiere TLS, establezca DB_SSL=true; si no lo ofrece, elimine DB_SSL; para una CA privada, establezca DB_SSL__CA_FILE; DB_SSL__REJECT_UNAUTHORIZED=false omite la comprobación de certificados.</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 seconds. Is the host reachable from here (firewall, Docker network)? Values that only resolve inside Compose can be overridden with --env DB_HOST=... --env DB_PORT=....</source>
        <translation>Sin respuesta de %1 en %2 segundos. ¿Es accesible el host desde aquí (cortafuegos, red de Docker)? Los valores que solo se resuelven dentro de Compose se pueden sobrescribir con --env DB_HOST=... --env DB_PORT=....</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; does not resolve from here. If it is a Docker Compose service name, pass --env DB_HOST=&lt;address reachable from this machine&gt;.</source>
        <translation>El nombre de host «%1» no se resuelve desde aquí. Si es un nombre de servicio de Docker Compose, pase --env DB_HOST=&lt;dirección accesible desde este equipo&gt;.</translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1. Is the database server running, and are DB_HOST and DB_PORT right for this machine? (Inside Docker Compose the server may only be reachable as a service name; pass --env DB_HOST=... --env DB_PORT=....)</source>
        <translation>Nada acepta conexiones en %1. ¿Está en ejecución el servidor de base de datos y son DB_HOST y DB_PORT correctos para este equipo? (Dentro de Docker Compose, el servidor puede ser accesible solo por un nombre de servicio; pase --env DB_HOST=... --env DB_PORT=....)</translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>No se pudo conectar con %1.</translation>
    </message>
    <message>
        <source>%1 Server said: %2</source>
        <translation>%1 El servidor respondió: %2</translation>
    </message>
    <message>
        <source>Reading %1 databases is not supported by this version of the inspector.</source>
        <translation>Esta versión del inspector no admite la lectura de bases de datos %1.</translation>
    </message>
    <message>
        <source>The SQLite database %1 (DB_FILENAME) does not exist. Check DB_FILENAME in the project&apos;s configuration; relative paths are resolved against the project folder.</source>
        <translation>La base de datos SQLite %1 (DB_FILENAME) no existe. Revise DB_FILENAME en la configuración del proyecto; las rutas relativas se resuelven respecto a la carpeta del proyecto.</translation>
    </message>
    <message>
        <source>The SQLite database %1 (DB_FILENAME) is not a readable file. Check its permissions.</source>
        <translation>La base de datos SQLite %1 (DB_FILENAME) no es un archivo legible. Revise sus permisos.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed; install the package libqt6sql6-sqlite.</source>
        <translation>El controlador SQLite de Qt (QSQLITE) no está instalado; instale el paquete libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>Could not open the SQLite database %1: %2</source>
        <translation>No se pudo abrir la base de datos SQLite %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable SQLite database (%2). Is DB_FILENAME pointing at the right file, and is the file intact?</source>
        <translation>%1 no es una base de datos SQLite legible (%2). ¿Apunta DB_FILENAME al archivo correcto y está el archivo intacto?</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; install the package libqt6sql6-psql.</source>
        <translation>El controlador PostgreSQL de Qt (QPSQL) no está instalado; instale el paquete libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>Could not set DB_SEARCH_PATH on %1: %2</source>
        <translation>No se pudo establecer DB_SEARCH_PATH en %1: %2</translation>
    </message>
    <message>
        <source>%1 did not accept a read-only session (%2); the inspector will not read it through a writable connection.</source>
        <translation>%1 no aceptó una sesión de solo lectura (%2); el inspector no la leerá mediante una conexión con permisos de escritura.</translation>
    </message>
    <message>
        <source>Qt&apos;s MySQL/MariaDB driver (QMYSQL) is not installed; install the package libqt6sql6-mysql.</source>
        <translation>El controlador MySQL/MariaDB de Qt (QMYSQL) no está instalado; instale el paquete libqt6sql6-mysql.</translation>
    </message>
    <message>
        <source>TLS was asked for (DB_SSL), but the server offers no TLS, so the session is not encrypted</source>
        <translation>Se solicitó TLS (DB_SSL), pero el servidor no ofrece TLS, así que la sesión no está cifrada</translation>
    </message>
</context>
<context>
    <name>ReceivedReportsDialog</name>
    <message>
        <source>Review Gate — %1</source>
        <translation>Pasarela de revisión — %1</translation>
    </message>
    <message>
        <source>Review gate: reports received from the Directus server</source>
        <translation>Pasarela de revisión: informes recibidos del servidor Directus</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Dirección de escucha</translation>
    </message>
    <message>
        <source>A loopback address: 127.0.0.1 or ::1</source>
        <translation>Una dirección de loopback: 127.0.0.1 o ::1</translation>
    </message>
    <message>
        <source>Listen port</source>
        <translation>Puerto de escucha</translation>
    </message>
    <message>
        <source>any free</source>
        <translation>cualquiera libre</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Hold for review</source>
        <translation>Retener para revisión</translation>
    </message>
    <message>
        <source>Pass-through</source>
        <translation>Paso directo</translation>
    </message>
    <message>
        <source>Forward to</source>
        <translation>Reenviar a</translation>
    </message>
    <message>
        <source>the real intake, e.g. https://telemetry.directus.io</source>
        <translation>el receptor real, p. ej. https://telemetry.directus.io</translation>
    </message>
    <message>
        <source>the project&apos;s TELEMETRY_URL (%1)</source>
        <translation>el TELEMETRY_URL del proyecto (%1)</translation>
    </message>
    <message>
        <source>The real intake approved reports go to. Leave empty for the project&apos;s TELEMETRY_URL (owner registrations: COMPLIANCE_URL).</source>
        <translation>El receptor real al que van los informes aprobados. Déjelo vacío para usar el TELEMETRY_URL del proyecto (registros del propietario: COMPLIANCE_URL).</translation>
    </message>
    <message>
        <source>&amp;Start Listening</source>
        <translation>&amp;Iniciar escucha</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <source>&amp;Forward to:</source>
        <translation>&amp;Reenviar a:</translation>
    </message>
    <message>
        <source>Gate status</source>
        <translation>Estado de la pasarela</translation>
    </message>
    <message>
        <source>How to point the server at the gate</source>
        <translation>Cómo dirigir el servidor a la pasarela</translation>
    </message>
    <message>
        <source>Gate error</source>
        <translation>Error de la pasarela</translation>
    </message>
    <message>
        <source>Received reports</source>
        <translation>Informes recibidos</translation>
    </message>
    <message>
        <source>Selected report</source>
        <translation>Informe seleccionado</translation>
    </message>
    <message>
        <source>Exact bytes received</source>
        <translation>Bytes exactos recibidos</translation>
    </message>
    <message>
        <source>Redaction findings</source>
        <translation>Hallazgos de la comprobación de datos sensibles</translation>
    </message>
    <message>
        <source>Field diff against the computed report</source>
        <translation>Diferencias de campos con el informe calculado</translation>
    </message>
    <message>
        <source>Details of the selected report</source>
        <translation>Detalles del informe seleccionado</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>Res&amp;umen</translation>
    </message>
    <message>
        <source>Received &amp;Bytes</source>
        <translation>&amp;Bytes recibidos</translation>
    </message>
    <message>
        <source>&amp;Redaction</source>
        <translation>Datos &amp;sensibles</translation>
    </message>
    <message>
        <source>&amp;Diff</source>
        <translation>Di&amp;ferencias</translation>
    </message>
    <message>
        <source>&amp;Approve (Forward)…</source>
        <translation>&amp;Aprobar (reenviar)…</translation>
    </message>
    <message>
        <source>D&amp;iscard…</source>
        <translation>D&amp;escartar…</translation>
    </message>
    <message>
        <source>Close the review gate (it keeps listening)</source>
        <translation>Cerrar la pasarela de revisión (sigue escuchando)</translation>
    </message>
    <message>
        <source>The history cannot be opened, so received reports could not be recorded; the gate does not start.</source>
        <translation>No se puede abrir el historial, así que no se podrían registrar los informes recibidos; la pasarela no se inicia.</translation>
    </message>
    <message>
        <source>“%1” is not a numeric address: use 127.0.0.1 or ::1.</source>
        <translation>«%1» no es una dirección numérica: use 127.0.0.1 o ::1.</translation>
    </message>
    <message>
        <source>%1 is not a loopback address: the gate would accept reports (and Authorization headers) from the network. The window listens on 127.0.0.1 or ::1 only; for another address use `telemetry-inspector gate --allow-non-loopback` on the command line.</source>
        <translation>%1 no es una dirección de loopback: la pasarela aceptaría informes (y cabeceras Authorization) desde la red. La ventana solo escucha en 127.0.0.1 o ::1; para otra dirección, use `telemetry-inspector gate --allow-non-loopback` en la línea de comandos.</translation>
    </message>
    <message>
        <source>“%1” is not an http(s) URL to forward to.</source>
        <translation>«%1» no es una URL http(s) a la que reenviar.</translation>
    </message>
    <message>
        <source>What to do: choose another port (another program, or a `gate` command, may be listening on it), or 0 for any free port.</source>
        <translation>Qué hacer: elija otro puerto (puede que otro programa, o un comando `gate`, esté escuchando en él), o 0 para cualquier puerto libre.</translation>
    </message>
    <message>
        <source>The forward destination %1 is this gate itself (TELEMETRY_URL in the project points here). Enter the real intake under Forward to, e.g. https://telemetry.directus.io.</source>
        <translation>El destino de reenvío %1 es esta misma pasarela (TELEMETRY_URL del proyecto apunta aquí). Indique el receptor real en Reenviar a, p. ej. https://telemetry.directus.io.</translation>
    </message>
    <message>
        <source>hold for review</source>
        <translation>retener para revisión</translation>
    </message>
    <message>
        <source>pass-through</source>
        <translation>paso directo</translation>
    </message>
    <message numerus="yes">
        <source>%n held</source>
        <translation>
            <numerusform>%n retenido</numerusform>
            <numerusform>%n retenidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Listening on %1, %2, %3</source>
        <translation>Escuchando en %1, %2, %3</translation>
    </message>
    <message>
        <source>On the Directus server set TELEMETRY_URL=%1 (and COMPLIANCE_URL=%1 for owner registrations), then restart it. Approved reports go to %2.</source>
        <translation>En el servidor de Directus, establezca TELEMETRY_URL=%1 (y COMPLIANCE_URL=%1 para los registros del propietario) y después reinícielo. Los informes aprobados van a %2.</translation>
    </message>
    <message>
        <source>nowhere yet (set Forward to)</source>
        <translation>ningún sitio todavía (indique Reenviar a)</translation>
    </message>
    <message>
        <source>Not listening, %1</source>
        <translation>Sin escuchar, %1</translation>
    </message>
    <message>
        <source>Start listening, then set TELEMETRY_URL=http://%1:PORT on the Directus server so it posts its reports here. Reports received by a `telemetry-inspector gate` command appear here too.</source>
        <translation>Inicie la escucha y después establezca TELEMETRY_URL=http://%1:PORT en el servidor de Directus para que envíe sus informes aquí. Los informes recibidos por un comando `telemetry-inspector gate` también aparecen aquí.</translation>
    </message>
    <message>
        <source>&amp;Stop Listening</source>
        <translation>De&amp;tener escucha</translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation>Detener escucha</translation>
    </message>
    <message>
        <source>Start listening</source>
        <translation>Iniciar escucha</translation>
    </message>
    <message>
        <source>Nothing received yet.</source>
        <translation>Aún no se ha recibido nada.</translation>
    </message>
    <message>
        <source>Select a received report.</source>
        <translation>Seleccione un informe recibido.</translation>
    </message>
    <message>
        <source>#%1 %2, received %3 from %4</source>
        <translation>#%1 %2, recibido el %3 de %4</translation>
    </message>
    <message>
        <source>Personal data: an owner registration carries the owner&apos;s name and email; the email addresses are masked in what is stored and shown.</source>
        <translation>Datos personales: un registro del propietario contiene el nombre y el correo del propietario; las direcciones de correo se enmascaran en lo que se guarda y se muestra.</translation>
    </message>
    <message>
        <source>%1 bytes, SHA-256 %2</source>
        <translation>%1 bytes, SHA-256 %2</translation>
    </message>
    <message>
        <source>Content-Type: %1</source>
        <translation>Content-Type: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Authorization: sent by the server (the value is never stored)</source>
        <translation>Authorization: enviada por el servidor (el valor nunca se guarda)</translation>
    </message>
    <message>
        <source>Authorization: none</source>
        <translation>Authorization: ninguna</translation>
    </message>
    <message>
        <source>Redaction: %1</source>
        <translation>Comprobación de datos sensibles: %1</translation>
    </message>
    <message>
        <source>Diff against the computed report: %1</source>
        <translation>Diferencias con el informe calculado: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Approve forwards it to: %1</source>
        <translation>Al aprobarlo se reenvía a: %1</translation>
    </message>
    <message>
        <source>Forwarded to: %1</source>
        <translation>Reenviado a: %1</translation>
    </message>
    <message>
        <source>Forward outcome: %1</source>
        <translation>Resultado del reenvío: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>No redaction check ran.</source>
        <translation>No se ejecutó ninguna comprobación de datos sensibles.</translation>
    </message>
    <message>
        <source>An owner registration is not a report: there is nothing to compare it with.</source>
        <translation>Un registro del propietario no es un informe: no hay nada con qué compararlo.</translation>
    </message>
    <message>
        <source>Against the report computed from the database when it arrived%1: %2</source>
        <translation>Frente al informe calculado a partir de la base de datos cuando llegó%1: %2</translation>
    </message>
    <message>
        <source> (history entry #%1)</source>
        <translation> (entrada del historial #%1)</translation>
    </message>
    <message>
        <source>api_requests* differ by design (only the server counts requests); lines marked ! are unexpected.</source>
        <translation>api_requests* difieren por diseño (solo el servidor cuenta las peticiones); las líneas marcadas con ! son inesperadas.</translation>
    </message>
    <message>
        <source>Forward #%1 (%2, %3 bytes, SHA-256 %4…) to
%5

The exact bytes received are sent, with the Authorization header the server sent (or the project&apos;s TELEMETRY_AUTHORIZATION).</source>
        <translation>¿Reenviar #%1 (%2, %3 bytes, SHA-256 %4…) a
%5?

Se envían los bytes exactos recibidos, con la cabecera Authorization que envió el servidor (o el TELEMETRY_AUTHORIZATION del proyecto).</translation>
    </message>
    <message>
        <source>(nowhere known: set Forward to)</source>
        <translation>(ningún destino conocido: indique Reenviar a)</translation>
    </message>
    <message>
        <source>Careful: the checks flagged this report (redaction %1, diff %2).</source>
        <translation>Atención: las comprobaciones han marcado este informe (datos sensibles: %1; diferencias: %2).</translation>
    </message>
    <message>
        <source>Approve and Forward</source>
        <translation>Aprobar y reenviar</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Discard #%1? It will never be forwarded. Some licences require reports to reach Directus; discarding may breach them.</source>
        <translation>¿Descartar #%1? Nunca se reenviará. Algunas licencias exigen que los informes lleguen a Directus; descartarlos puede incumplirlas.</translation>
    </message>
</context>
<context>
    <name>ReceivedReportsModel</name>
    <message>
        <source>owner registration (personal data)</source>
        <translation>registro del propietario (datos personales)</translation>
    </message>
    <message>
        <source>report</source>
        <translation>informe</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>no comprobada</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLIDA</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>superada</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>UNEXPECTED changes</source>
        <translation>cambios INESPERADOS</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>sin comparar</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>idéntico</translation>
    </message>
    <message>
        <source>only api_requests* (expected)</source>
        <translation>solo api_requests* (lo esperado)</translation>
    </message>
    <message>
        <source>held</source>
        <translation>retenido</translation>
    </message>
    <message>
        <source>forwarding…</source>
        <translation>reenviando…</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>reenviado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>descartado</translation>
    </message>
    <message>
        <source>not forwarded</source>
        <translation>no reenviado</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Redaction</source>
        <translation>Datos sensibles</translation>
    </message>
    <message>
        <source>Diff against computed</source>
        <translation>Diferencias con el calculado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Forward outcome</source>
        <translation>Resultado del reenvío</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
</context>
<context>
    <name>RedactionChecker</name>
    <message>
        <source>case-insensitive, in decoded JSON strings; values shorter than %1 characters, only digits, or true/false/null are not searched</source>
        <translation>sin distinguir mayúsculas y minúsculas, en las cadenas JSON decodificadas; no se buscan valores de menos de %1 caracteres, solo con dígitos ni true/false/null</translation>
    </message>
    <message>
        <source>nothing to compare with: %1</source>
        <translation>nada con qué comparar: %1</translation>
    </message>
    <message>
        <source>no values were read</source>
        <translation>no se leyó ningún valor</translation>
    </message>
    <message>
        <source>a %1 (%2) appears in %3</source>
        <translation>en %3 aparece: %1 (%2)</translation>
    </message>
    <message>
        <source>checked %1; %2 found (%3)</source>
        <translation>se comprobó: %1; encontrados: %2 (%3)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>. Not readable, so not checked: %1</source>
        <translation>. No legible, así que no se comprobó: %1</translation>
    </message>
    <message>
        <source>Only documented keys, each of its documented type</source>
        <translation>Solo claves documentadas, cada una de su tipo documentado</translation>
    </message>
    <message>
        <source>the payload is not a JSON object</source>
        <translation>la carga útil no es un objeto JSON</translation>
    </message>
    <message>
        <source>the payload is not valid JSON: %1</source>
        <translation>la carga útil no es JSON válido: %1</translation>
    </message>
    <message>
        <source>unknown key %1 (%2)</source>
        <translation>clave desconocida %1 (%2)</translation>
    </message>
    <message>
        <source>%1 should be %2 but is %3 %4</source>
        <translation>%1 debería ser %2, pero es %3 %4</translation>
    </message>
    <message>
        <source>documented key %1 is missing</source>
        <translation>falta la clave documentada %1</translation>
    </message>
    <message>
        <source>checked %1 keys against the %2 documented keys and their types; %3 finding(s)</source>
        <translation>se comprobaron %1 claves frente a las %2 claves documentadas y sus tipos; %3 hallazgo(s)</translation>
    </message>
    <message>
        <source>No names from the database</source>
        <translation>Ningún nombre de la base de datos</translation>
    </message>
    <message>
        <source>No user emails or names</source>
        <translation>Ningún correo ni nombre de usuario</translation>
    </message>
    <message>
        <source>No secrets, keys, tokens or prompts</source>
        <translation>Ningún secreto, clave, token ni prompt</translation>
    </message>
    <message>
        <source>%1 (%2) in %3</source>
        <translation>%1 (%2) en %3</translation>
    </message>
    <message>
        <source>an API-key-shaped string</source>
        <translation>una cadena con forma de clave de API</translation>
    </message>
    <message>
        <source>a JWT-shaped string</source>
        <translation>una cadena con forma de JWT</translation>
    </message>
    <message>
        <source>a long high-entropy token</source>
        <translation>un token largo de alta entropía</translation>
    </message>
    <message>
        <source>; credential shapes searched: sk-…, JWT, tokens of 24+ characters with ≥ 3.5 bits of entropy per character (UUIDs excepted): %1 found</source>
        <translation>; formas de credenciales buscadas: sk-…, JWT, tokens de 24 o más caracteres con ≥ 3,5 bits de entropía por carácter (salvo UUID): %1 encontrado(s)</translation>
    </message>
    <message>
        <source>No URL but PUBLIC_URL</source>
        <translation>Ninguna URL salvo PUBLIC_URL</translation>
    </message>
    <message>
        <source>a URL with host %1 in %2</source>
        <translation>una URL con el host %1 en %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>found %1 URL(s); allowed host: %2 (from PUBLIC_URL)</source>
        <translation>%1 URL encontrada(s); host permitido: %2 (de PUBLIC_URL)</translation>
    </message>
    <message>
        <source>none, PUBLIC_URL has no host</source>
        <translation>ninguno, PUBLIC_URL no tiene host</translation>
    </message>
    <message>
        <source>No other configuration values</source>
        <translation>Ningún otro valor de configuración</translation>
    </message>
</context>
<context>
    <name>RedactionMask</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n carácter</numerusform>
            <numerusform>%n caracteres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedactionModel</name>
    <message>
        <source>Pass</source>
        <translation>Superada</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>No se pudo comprobar</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
</context>
<context>
    <name>RedactionPanel</name>
    <message>
        <source>&lt;b&gt;Redaction check&lt;/b&gt;</source>
        <translation>&lt;b&gt;Comprobación de datos sensibles&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Proves, against this instance&apos;s own names, people and secrets, that the report carries none of them.</source>
        <translation>Demuestra, frente a los propios nombres, personas y secretos de esta instancia, que el informe no contiene ninguno de ellos.</translation>
    </message>
    <message>
        <source>Redaction check result</source>
        <translation>Resultado de la comprobación de datos sensibles</translation>
    </message>
    <message>
        <source>Redaction checks</source>
        <translation>Comprobaciones de datos sensibles</translation>
    </message>
    <message>
        <source>Evidence for the selected check</source>
        <translation>Evidencia de la comprobación seleccionada</translation>
    </message>
    <message>
        <source>Select a check to see its evidence.</source>
        <translation>Seleccione una comprobación para ver su evidencia.</translation>
    </message>
    <message>
        <source>%1 of %2 checks found something that should not leave the server.</source>
        <translation>%1 de %2 comprobaciones encontraron algo que no debería salir del servidor.</translation>
    </message>
    <message>
        <source>No leak found, but %1 of %2 checks could not run.</source>
        <translation>No se encontró ninguna fuga, pero %1 de %2 comprobaciones no se pudieron ejecutar.</translation>
    </message>
    <message>
        <source>All %1 checks pass: the report carries none of this instance&apos;s names, people, secrets or settings.</source>
        <translation>Las %1 comprobaciones se superan: el informe no contiene ningún nombre, persona, secreto ni ajuste de esta instancia.</translation>
    </message>
    <message>
        <source>The checks run when a report has been computed.</source>
        <translation>Las comprobaciones se ejecutan cuando se ha calculado un informe.</translation>
    </message>
</context>
<context>
    <name>RedactionTextFormatter</name>
    <message>
        <source>PASS</source>
        <translation>OK   </translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FALLO</translation>
    </message>
    <message>
        <source>N/A </source>
        <translation>N/D  </translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Compute the anonymous usage report this Directus project would send, without sending it.</source>
        <translation>Calcula el informe de uso anónimo que enviaría este proyecto de Directus, sin enviarlo.</translation>
    </message>
    <message>
        <source>json (the bytes Directus sends; default) or table.</source>
        <translation>json (los bytes que envía Directus; predeterminado) o table.</translation>
    </message>
    <message>
        <source>Indent the JSON for reading (not the bytes that are sent).</source>
        <translation>Sangrar el JSON para leerlo (no son los bytes que se envían).</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Escribir en FILE en lugar de en la salida estándar.</translation>
    </message>
    <message>
        <source>Show progress on standard error, with the database&apos;s own row estimates (marked as such) while the exact counts run.</source>
        <translation>Mostrar el progreso en la salida de error estándar, con las estimaciones de filas de la propia base de datos (marcadas como tales) mientras se ejecutan los recuentos exactos.</translation>
    </message>
    <message>
        <source>--format must be json or table, not &quot;%1&quot;.</source>
        <translation>--format debe ser json o table, no «%1».</translation>
    </message>
    <message>
        <source>collections: %1; items ≈ %2 (estimate from the database&apos;s statistics for %3 of %1 tables; the exact count is running)</source>
        <translation>colecciones: %1; elementos ≈ %2 (estimación de las estadísticas de la base de datos para %3 de %1 tablas; el recuento exacto está en curso)</translation>
    </message>
    <message>
        <source>Directus would send nothing: %1. The output above is the tolerant reading, with the affected values marked approximate.</source>
        <translation>Directus no enviaría nada: %1. La salida anterior es la lectura tolerante, con los valores afectados marcados como aproximados.</translation>
    </message>
</context>
<context>
    <name>ReportDiff</name>
    <message>
        <source>the older report is not a JSON object (%1)</source>
        <translation>el informe más antiguo no es un objeto JSON (%1)</translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation>tipo incorrecto</translation>
    </message>
    <message>
        <source>the newer report is not a JSON object (%1)</source>
        <translation>el informe más reciente no es un objeto JSON (%1)</translation>
    </message>
    <message>
        <source>+ %1 %2 (added)</source>
        <translation>+ %1 %2 (añadido)</translation>
    </message>
    <message>
        <source>- %1 %2 (removed)</source>
        <translation>- %1 %2 (eliminado)</translation>
    </message>
</context>
<context>
    <name>ReportEngine</name>
    <message>
        <source>Checking the database</source>
        <translation>Comprobando la base de datos</translation>
    </message>
    <message>
        <source>%1 is not a Directus database: it has no %2 table(s). Check DB_FILENAME / DB_DATABASE in the project&apos;s configuration.</source>
        <translation>%1 no es una base de datos de Directus: no tiene las tablas %2. Revise DB_FILENAME / DB_DATABASE en la configuración del proyecto.</translation>
    </message>
    <message>
        <source>table %1 is missing</source>
        <translation>falta la tabla %1</translation>
    </message>
    <message>
        <source>Listing the collections</source>
        <translation>Enumerando las colecciones</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 collections counted)</source>
        <translation>%1 (%2 de %3 colecciones contadas)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 collections counted</source>
        <translation>%1: %2 de %3 colecciones contadas</translation>
    </message>
    <message>
        <source>Checking the report for leaks</source>
        <translation>Comprobando si el informe contiene fugas</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The database user (DB_USER) needs SELECT on every table Directus reads for the report.</source>
        <translation>El usuario de la base de datos (DB_USER) necesita SELECT en todas las tablas que Directus lee para el informe.</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Falló la lectura de %1: %2</translation>
    </message>
    <message>
        <source>From the statistics of %1 of %2 collections; the exact count replaces it when counting is done.</source>
        <translation>A partir de las estadísticas de %1 de %2 colecciones; el recuento exacto lo sustituye cuando termina el conteo.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost at the step &quot;%2&quot;: %3. No report was made (a partial report is never shown). Check that the server is running and try again.</source>
        <translation>Se perdió la conexión con %1 durante el paso «%2»: %3. No se generó ningún informe (nunca se muestra un informe parcial). Compruebe que el servidor está en ejecución y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Reading %1 failed at the step &quot;%2&quot;: %3. No report was made.</source>
        <translation>Falló la lectura de %1 durante el paso «%2»: %3. No se generó ningún informe.</translation>
    </message>
</context>
<context>
    <name>ReportGate</name>
    <message>
        <source>not checked: an owner registration carries the owner&apos;s name and email by design</source>
        <translation>no comprobado: un registro del propietario contiene por diseño el nombre y el correo del propietario</translation>
    </message>
    <message>
        <source>nowhere to forward it: COMPLIANCE_URL is not set and no --forward-to was given</source>
        <translation>no hay adónde reenviarlo: COMPLIANCE_URL no está definida y no se indicó --forward-to</translation>
    </message>
    <message>
        <source>The review gate cannot record the report: %1</source>
        <translation>La pasarela de revisión no puede registrar el informe: %1</translation>
    </message>
    <message>
        <source>Held for review as #%1.</source>
        <translation>Retenido para revisión como #%1.</translation>
    </message>
    <message>
        <source>Received as #%1; forwarding.</source>
        <translation>Recibido como #%1; reenviando.</translation>
    </message>
    <message>
        <source>could not check: %1</source>
        <translation>no se pudo comprobar: %1</translation>
    </message>
    <message>
        <source>! could not compute the report to compare with: %1</source>
        <translation>! no se pudo calcular el informe con el que comparar: %1</translation>
    </message>
    <message>
        <source>There is no received report #%1.</source>
        <translation>No hay ningún informe recibido #%1.</translation>
    </message>
    <message>
        <source>Received report #%1 is %2, not held.</source>
        <translation>El informe recibido #%1 está %2, no retenido.</translation>
    </message>
    <message>
        <source>Owner registration #%1 was stored with its email masked; only the gate process that received it holds the original. Approve it there, or discard it (Directus sends it again daily while the project is pending).</source>
        <translation>El registro del propietario #%1 se guardó con el correo enmascarado; solo el proceso de la pasarela que lo recibió conserva el original. Apruébelo allí o descártelo (Directus lo vuelve a enviar a diario mientras el proyecto está pendiente).</translation>
    </message>
    <message>
        <source>Report #%1 came with an Authorization header, which is never stored, and the project sets no TELEMETRY_AUTHORIZATION; give it with --env TELEMETRY_AUTHORIZATION=… or approve it in the running gate.</source>
        <translation>El informe #%1 llegó con una cabecera Authorization, que nunca se guarda, y el proyecto no define TELEMETRY_AUTHORIZATION; indíquela con --env TELEMETRY_AUTHORIZATION=… o apruébelo en la pasarela en ejecución.</translation>
    </message>
    <message>
        <source>Nowhere to forward #%1: COMPLIANCE_URL is not set and no --forward-to was given.</source>
        <translation>No hay adónde reenviar #%1: COMPLIANCE_URL no está definida y no se indicó --forward-to.</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>Received report #%1 changed meanwhile (approved or discarded elsewhere).</source>
        <translation>El informe recibido #%1 cambió entretanto (se aprobó o descartó en otro lugar).</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>descartado</translation>
    </message>
    <message>
        <source>could not check: the gate stopped before the check finished</source>
        <translation>no se pudo comprobar: la pasarela se detuvo antes de terminar la comprobación</translation>
    </message>
    <message>
        <source>Received report #%1 is still being checked; approve or discard it once the check has finished.</source>
        <translation>El informe recibido #%1 todavía se está comprobando; apruébelo o descártelo cuando termine la comprobación.</translation>
    </message>
</context>
<context>
    <name>ReportHistory</name>
    <message>
        <source>Cannot create the history folder %1.</source>
        <translation>No se puede crear la carpeta del historial %1.</translation>
    </message>
    <message>
        <source>Cannot open the history database %1: %2</source>
        <translation>No se puede abrir la base de datos del historial %1: %2</translation>
    </message>
    <message>
        <source>The history database %1 is damaged (%2); move it away to start a new history.</source>
        <translation>La base de datos del historial %1 está dañada (%2); muévala a otro lugar para empezar un historial nuevo.</translation>
    </message>
    <message>
        <source>The history database %1 was written by a newer version of the inspector.</source>
        <translation>La base de datos del historial %1 la escribió una versión más reciente del inspector.</translation>
    </message>
    <message>
        <source>Cannot create the history in %1: %2</source>
        <translation>No se puede crear el historial en %1: %2</translation>
    </message>
    <message>
        <source>Cannot write to the history %1: %2</source>
        <translation>No se puede escribir en el historial %1: %2</translation>
    </message>
    <message>
        <source>Cannot update received report %1 in the history %2: %3</source>
        <translation>No se puede actualizar el informe recibido %1 en el historial %2: %3</translation>
    </message>
</context>
<context>
    <name>ReportIntake</name>
    <message>
        <source>%1 is not a loopback address: the gate would accept reports (and Authorization headers) from the network. Use 127.0.0.1, or allow it explicitly.</source>
        <translation>%1 no es una dirección de bucle local: la pasarela aceptaría informes (y cabeceras Authorization) desde la red. Use 127.0.0.1 o permítalo explícitamente.</translation>
    </message>
    <message>
        <source>Listening on %1, which is reachable from other hosts, without TLS: anyone who can reach it can post reports, and Authorization headers cross the network in clear text.</source>
        <translation>Escuchando en %1, accesible desde otros hosts, sin TLS: cualquiera que llegue a ella puede enviar informes, y las cabeceras Authorization cruzan la red en texto sin cifrar.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>No se puede escuchar en %1:%2: %3</translation>
    </message>
    <message>
        <source>too many connections</source>
        <translation>demasiadas conexiones</translation>
    </message>
    <message>
        <source>No complete request within %1 ms of connecting.</source>
        <translation>No se recibió una petición completa en %1 ms desde la conexión.</translation>
    </message>
    <message>
        <source>Not found: this is a Directus telemetry review gate; it accepts POST /v1/metrics and POST /v1/owner only.</source>
        <translation>No encontrado: esto es una pasarela de revisión de telemetría de Directus; solo acepta POST /v1/metrics y POST /v1/owner.</translation>
    </message>
    <message>
        <source>Method not allowed: %1 accepts POST only.</source>
        <translation>Método no permitido: %1 solo acepta POST.</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>(not sent)</source>
        <translation>(no se envía)</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>estimación</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>aproximado</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 (%2 fields)</source>
        <translation>%1 (%2 campos)</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Origen: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Exactness</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <source>Computed from</source>
        <translation>Calculado a partir de</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>calculando…</translation>
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
        <translation>Se canceló el envío.</translation>
    </message>
    <message>
        <source>%1:%2 had not finished answering after %3 ms; gave up.</source>
        <translation>%1:%2 no había terminado de responder tras %3 ms; se desistió.</translation>
    </message>
    <message>
        <source>No connection to %1:%2 within %3 ms.</source>
        <translation>Sin conexión con %1:%2 en %3 ms.</translation>
    </message>
    <message>
        <source>More than %1 redirects; fetch gives up there.</source>
        <translation>Más de %1 redirecciones; fetch desiste ahí.</translation>
    </message>
    <message>
        <source>Redirected to %1, which fetch does not follow.</source>
        <translation>Redirigido a %1, que fetch no sigue.</translation>
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
        <translation>%1:%2 rechazó la conexión (¿hay algo escuchando ahí?)</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved (DNS).</source>
        <translation>No se pudo resolver el nombre de host %1 (DNS).</translation>
    </message>
    <message>
        <source>No progress from %1:%2 for %3 ms; gave up.</source>
        <translation>Sin progreso de %1:%2 durante %3 ms; se desistió.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>Falló el protocolo de enlace TLS con %1: %2</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was not accepted: %2</source>
        <translation>No se aceptó el certificado TLS de %1: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection in the middle of its answer (HTTP %2).</source>
        <translation>%1 cerró la conexión a mitad de su respuesta (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 cerró la conexión antes de responder.</translation>
    </message>
    <message>
        <source>Sending to %1 failed: %2</source>
        <translation>Falló el envío a %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportTextFormatter</name>
    <message>
        <source>Directus would send nothing: %1</source>
        <translation>Directus no enviaría nada: %1</translation>
    </message>
    <message>
        <source>The values below are what an older or tolerant reading gives; those affected are marked ≈.</source>
        <translation>Los valores siguientes son los que da una lectura antigua o tolerante; los afectados están marcados con ≈.</translation>
    </message>
    <message>
        <source>(left out)</source>
        <translation>(omitido)</translation>
    </message>
    <message>
        <source>≈ approximate   ? not in the database (kept by the server)</source>
        <translation>≈ aproximado   ? no está en la base de datos (lo guarda el servidor)</translation>
    </message>
</context>
<context>
    <name>RequestCounters</name>
    <message>
        <source>Request counters</source>
        <translation>Contadores de peticiones</translation>
    </message>
    <message>
        <source>counted in the server&apos;s memory or Redis, not in the database; shown as 0</source>
        <translation>se cuentan en la memoria del servidor o en Redis, no en la base de datos; se muestran como 0</translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <source>Act as the reporter: send this project&apos;s report on Directus&apos;s schedule until stopped with Ctrl-C.</source>
        <translation>Actúa como el emisor de informes: envía el informe de este proyecto según la planificación de Directus hasta que se detenga con Ctrl-C.</translation>
    </message>
    <message>
        <source>immediate (as Directus 12.4.1: the startup report goes out at once; default) or random (wait up to 30 minutes first).</source>
        <translation>immediate (como Directus 12.4.1: el informe de arranque sale de inmediato; predeterminado) o random (esperar antes hasta 30 minutos).</translation>
    </message>
    <message>
        <source>--startup-delay must be immediate or random.</source>
        <translation>--startup-delay debe ser immediate o random.</translation>
    </message>
    <message>
        <source>Telemetry is off for this project (%1): Directus schedules nothing, and neither does the inspector.</source>
        <translation>La telemetría está desactivada en este proyecto (%1): Directus no planifica nada, y el inspector tampoco.</translation>
    </message>
    <message>
        <source>Cannot set up the Ctrl-C handler.</source>
        <translation>No se puede configurar el manejador de Ctrl-C.</translation>
    </message>
    <message>
        <source>%1 report: sending %2 bytes (SHA-256 %3) to %4</source>
        <translation>informe %1: enviando %2 bytes (SHA-256 %3) a %4</translation>
    </message>
    <message>
        <source>delivered: %1</source>
        <translation>entregado: %1</translation>
    </message>
    <message>
        <source>not delivered (%1): %2</source>
        <translation>no entregado (%1): %2</translation>
    </message>
    <message>
        <source>%1 report skipped: %2</source>
        <translation>informe %1 omitido: %2</translation>
    </message>
    <message>
        <source>next report at %1</source>
        <translation>próximo informe: %1</translation>
    </message>
    <message>
        <source>next report at %1 plus a random wait of up to 30 minutes</source>
        <translation>próximo informe: %1 más una espera aleatoria de hasta 30 minutos</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>deteniendo</translation>
    </message>
    <message>
        <source>reporting for %1 on Directus&apos;s schedule (cron 0 */6 * * *, local time); Ctrl-C stops</source>
        <translation>enviando informes de %1 según la planificación de Directus (cron 0 */6 * * *, hora local); Ctrl-C detiene</translation>
    </message>
    <message numerus="yes">
        <source>stopped after %n attempt(s)</source>
        <translation>
            <numerusform>detenido tras %n intento</numerusform>
            <numerusform>detenido tras %n intentos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>Send the anonymous usage report of a Directus project to its TELEMETRY_URL, after review.</source>
        <translation>Envía el informe de uso anónimo de un proyecto de Directus a su TELEMETRY_URL, tras revisarlo.</translation>
    </message>
    <message>
        <source>Show what would be sent and where; send nothing.</source>
        <translation>Mostrar qué se enviaría y adónde; no enviar nada.</translation>
    </message>
    <message>
        <source>Send without asking (needed when not on a terminal).</source>
        <translation>Enviar sin preguntar (necesario cuando no se está en un terminal).</translation>
    </message>
    <message>
        <source>Give up when the intake makes no progress for SECONDS (default 300, as Directus).</source>
        <translation>Desistir cuando el receptor no progrese durante SECONDS (predeterminado: 300, como Directus).</translation>
    </message>
    <message>
        <source>--timeout expects seconds between 0 and 3600.</source>
        <translation>--timeout espera segundos entre 0 y 3600.</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.
</source>
        <translation>Simulación: no se envió nada.
</translation>
    </message>
    <message>
        <source>Not sending: standard input is not a terminal, so nobody can confirm. Review the output above and run again with --yes to send it.</source>
        <translation>No se envía: la entrada estándar no es un terminal, así que nadie puede confirmar. Revise la salida anterior y vuelva a ejecutar con --yes para enviarlo.</translation>
    </message>
    <message>
        <source>Send these %1 bytes to %2? [y/N]</source>
        <translation>¿Enviar estos %1 bytes a %2? [y/N]</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>No enviado.</translation>
    </message>
    <message>
        <source>history entry #%1</source>
        <translation>entrada del historial #%1</translation>
    </message>
    <message>
        <source>not recorded: %1</source>
        <translation>no registrado: %1</translation>
    </message>
    <message>
        <source>Sent: %1 in %2 ms (%3).
</source>
        <translation>Enviado: %1 en %2 ms (%3).
</translation>
    </message>
    <message>
        <source>Not delivered (%1): %2 (%3)</source>
        <translation>No entregado (%1): %2 (%3)</translation>
    </message>
</context>
<context>
    <name>SendReportDialog</name>
    <message>
        <source>Send Report Now</source>
        <translation>Enviar informe ahora</translation>
    </message>
    <message>
        <source>Review and send the report</source>
        <translation>Revisar y enviar el informe</translation>
    </message>
    <message>
        <source>Review what would be sent. Nothing leaves this computer until you press Send.</source>
        <translation>Revise lo que se enviaría. Nada sale de este equipo hasta que pulse Enviar.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Destino:</translation>
    </message>
    <message>
        <source>Request headers (Authorization masked)</source>
        <translation>Cabeceras de la petición (Authorization enmascarada)</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Cabeceras:</translation>
    </message>
    <message>
        <source>Where the Authorization value comes from</source>
        <translation>De dónde procede el valor de Authorization</translation>
    </message>
    <message>
        <source>Authorization:</source>
        <translation>Authorization:</translation>
    </message>
    <message>
        <source>Override TELEMETRY_AUTHORIZATION (kept in the keychain)</source>
        <translation>Sustituir TELEMETRY_AUTHORIZATION (se guarda en el llavero)</translation>
    </message>
    <message>
        <source>Authorization override</source>
        <translation>Sustitución de Authorization</translation>
    </message>
    <message>
        <source>&amp;Use and Keep in Keychain</source>
        <translation>&amp;Usar y guardar en el llavero</translation>
    </message>
    <message>
        <source>Use the override and keep it in the keychain</source>
        <translation>Usar la sustitución y guardarla en el llavero</translation>
    </message>
    <message>
        <source>&amp;Forget Override</source>
        <translation>&amp;Olvidar sustitución</translation>
    </message>
    <message>
        <source>Forget the Authorization override</source>
        <translation>Olvidar la sustitución de Authorization</translation>
    </message>
    <message>
        <source>Requested telemetry state</source>
        <translation>Estado solicitado de la telemetría</translation>
    </message>
    <message>
        <source>Effective telemetry state</source>
        <translation>Estado efectivo de la telemetría</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Reading the licence…</source>
        <translation>Leyendo la licencia…</translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation>Solicitada:</translation>
    </message>
    <message>
        <source>Effective:</source>
        <translation>Efectiva:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <source>Size and SHA-256 of the bytes</source>
        <translation>Tamaño y SHA-256 de los bytes</translation>
    </message>
    <message>
        <source>Bytes:</source>
        <translation>Bytes:</translation>
    </message>
    <message>
        <source>Report bytes and changes</source>
        <translation>Bytes del informe y cambios</translation>
    </message>
    <message>
        <source>The exact bytes that would be sent</source>
        <translation>Los bytes exactos que se enviarían</translation>
    </message>
    <message>
        <source>Changes since the last delivered report</source>
        <translation>Cambios desde el último informe entregado</translation>
    </message>
    <message>
        <source>Exact &amp;Bytes</source>
        <translation>&amp;Bytes exactos</translation>
    </message>
    <message>
        <source>&amp;Changes Since Last Sent</source>
        <translation>&amp;Cambios desde el último envío</translation>
    </message>
    <message>
        <source>Why the report cannot be sent</source>
        <translation>Por qué no se puede enviar el informe</translation>
    </message>
    <message>
        <source>Send result</source>
        <translation>Resultado del envío</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Send the report now</source>
        <translation>Enviar el informe ahora</translation>
    </message>
    <message>
        <source>Close without sending</source>
        <translation>Cerrar sin enviar</translation>
    </message>
    <message>
        <source>No system keychain: the override is used in this window only.</source>
        <translation>No hay llavero del sistema: la sustitución solo se usa en esta ventana.</translation>
    </message>
    <message>
        <source>The keychain refused it (%1): used in this window only.</source>
        <translation>El llavero la rechazó (%1): solo se usa en esta ventana.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Whether Directus reports cannot be decided: %1</source>
        <translation>No se puede determinar si Directus envía informes: %1</translation>
    </message>
    <message>
        <source>the override kept in the keychain (masked above)</source>
        <translation>la sustitución guardada en el llavero (enmascarada arriba)</translation>
    </message>
    <message>
        <source>TELEMETRY_AUTHORIZATION in the project&apos;s configuration</source>
        <translation>TELEMETRY_AUTHORIZATION en la configuración del proyecto</translation>
    </message>
    <message>
        <source>none: TELEMETRY_AUTHORIZATION is not set</source>
        <translation>ninguno: TELEMETRY_AUTHORIZATION no está definida</translation>
    </message>
    <message>
        <source>%1 bytes (one line; wrapped below only for reading), SHA-256 %2</source>
        <translation>%1 bytes (una línea; abajo se ajusta solo para facilitar la lectura), SHA-256 %2</translation>
    </message>
    <message>
        <source>&amp;Send to %1</source>
        <translation>&amp;Enviar a %1</translation>
    </message>
    <message>
        <source>No report of this project was delivered before (per the history).</source>
        <translation>Nunca se ha entregado un informe de este proyecto (según el historial).</translation>
    </message>
    <message>
        <source>Since #%1, delivered %2:
</source>
        <translation>Desde #%1, entregado %2:
</translation>
    </message>
    <message>
        <source>no field changed</source>
        <translation>ningún campo cambió</translation>
    </message>
    <message>
        <source>The history cannot be opened: this send would not be recorded.</source>
        <translation>No se puede abrir el historial: este envío no se registraría.</translation>
    </message>
    <message>
        <source>Cancel Send</source>
        <translation>Cancelar envío</translation>
    </message>
    <message>
        <source>Cancel the running send</source>
        <translation>Cancelar el envío en curso</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Enviando a %1…</translation>
    </message>
    <message>
        <source>Recorded as history entry #%1.</source>
        <translation>Registrado como entrada del historial #%1.</translation>
    </message>
    <message>
        <source>Not recorded: the history is not available.</source>
        <translation>No registrado: el historial no está disponible.</translation>
    </message>
    <message>
        <source>Delivered: %1 in %2 ms. %3</source>
        <translation>Entregado: %1 en %2 ms. %3</translation>
    </message>
    <message>
        <source>Not delivered (%1): %2. %3</source>
        <translation>No entregado (%1): %2. %3</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>SendResult</name>
    <message>
        <source>HTTP %1: accepted</source>
        <translation>HTTP %1: aceptado</translation>
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
        <translation>Directus no enviaría nada: %1. La lectura tolerante no se envía.</translation>
    </message>
    <message>
        <source>Telemetry is off for this project: %1</source>
        <translation>La telemetría está desactivada en este proyecto: %1</translation>
    </message>
    <message>
        <source>Destination: %1
</source>
        <translation>Destino:       %1
</translation>
    </message>
    <message>
        <source>             (TELEMETRY_URL = %1)
</source>
        <translation>               (TELEMETRY_URL = %1)
</translation>
    </message>
    <message>
        <source>Headers:
</source>
        <translation>Cabeceras:
</translation>
    </message>
    <message>
        <source>Telemetry:
</source>
        <translation>Telemetría:
</translation>
    </message>
    <message>
        <source>Body (%1 bytes, SHA-256 %2):
</source>
        <translation>Cuerpo (%1 bytes, SHA-256 %2):
</translation>
    </message>
    <message>
        <source>Changes: no report from this project was delivered before.
</source>
        <translation>Cambios: nunca se ha entregado un informe de este proyecto.
</translation>
    </message>
    <message>
        <source>the last delivered report (#%1, %2)</source>
        <translation>el último informe entregado (#%1, %2)</translation>
    </message>
    <message>
        <source>Changes: cannot compare with %1: %2
</source>
        <translation>Cambios: no se puede comparar con %1: %2
</translation>
    </message>
    <message>
        <source>Changes: none since %1.
</source>
        <translation>Cambios: ninguno desde %1.
</translation>
    </message>
    <message>
        <source>Changes since %1:
  %2
</source>
        <translation>Cambios desde %1:
  %2
</translation>
    </message>
    <message>
        <source>Cannot send: %1
</source>
        <translation>No se puede enviar: %1
</translation>
    </message>
</context>
<context>
    <name>SettingsFields</name>
    <message>
        <source>Reading project settings</source>
        <translation>Leyendo los ajustes del proyecto</translation>
    </message>
    <message>
        <source>SECRET is not known to the inspector, so this only says a value is stored; Directus sends true only if it decrypts with the server&apos;s SECRET (pass --env SECRET=... or --env-file)</source>
        <translation>El inspector no conoce SECRET, así que esto solo indica que hay un valor guardado; Directus envía true solo si se descifra con el SECRET del servidor (pase --env SECRET=... o --env-file)</translation>
    </message>
    <message>
        <source>SECRET is empty</source>
        <translation>SECRET está vacío</translation>
    </message>
    <message>
        <source>a value is stored but does not decrypt with SECRET (%1), so Directus sends false</source>
        <translation>hay un valor guardado, pero no se descifra con SECRET (%1), así que Directus envía false</translation>
    </message>
    <message>
        <source>table directus_settings is missing</source>
        <translation>falta la tabla directus_settings</translation>
    </message>
    <message>
        <source>directus_settings lacks column(s) %1</source>
        <translation>a directus_settings le faltan columnas: %1</translation>
    </message>
</context>
<context>
    <name>SizeFields</name>
    <message>
        <source>Measuring the database and stored files</source>
        <translation>Midiendo la base de datos y los archivos almacenados</translation>
    </message>
    <message>
        <source>the size query failed, so Directus sends 0: %1</source>
        <translation>falló la consulta de tamaño, así que Directus envía 0: %1</translation>
    </message>
    <message>
        <source>column directus_files.filesize is missing</source>
        <translation>falta la columna directus_files.filesize</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Show whether this Directus project reports, why, where to, and when the next report is due.</source>
        <translation>Muestra si este proyecto de Directus envía informes, por qué, adónde y cuándo toca el próximo informe.</translation>
    </message>
    <message>
        <source>Project:     %1
</source>
        <translation>Proyecto:      %1
</translation>
    </message>
    <message>
        <source>Destination: %1%2
</source>
        <translation>Destino:       %1%2
</translation>
    </message>
    <message>
        <source> (invalid: %1)</source>
        <translation> (no válido: %1)</translation>
    </message>
    <message>
        <source>Authorization: %1
</source>
        <translation>Authorization: %1
</translation>
    </message>
    <message>
        <source>none (TELEMETRY_AUTHORIZATION is not set)</source>
        <translation>ninguno (TELEMETRY_AUTHORIZATION no está definida)</translation>
    </message>
    <message>
        <source>Next send:   %1, then a random wait of up to 30 minutes (cron 0 */6 * * *, local time)
</source>
        <translation>Próximo envío: %1, después una espera aleatoria de hasta 30 minutos (cron 0 */6 * * *, hora local)
</translation>
    </message>
    <message>
        <source>Next send:   none; Directus schedules nothing while telemetry is off
</source>
        <translation>Próximo envío: ninguno; Directus no planifica nada mientras la telemetría esté desactivada
</translation>
    </message>
    <message>
        <source>Last sent:   #%1, %2 to %3 (HTTP %4)
</source>
        <translation>Último envío:  #%1, %2 a %3 (HTTP %4)
</translation>
    </message>
    <message>
        <source>Last sent:   never (by this inspector)
</source>
        <translation>Último envío:  nunca (por este inspector)
</translation>
    </message>
</context>
<context>
    <name>TelemetryGate</name>
    <message>
        <source>SECRET is not known to the inspector</source>
        <translation>el inspector no conoce SECRET</translation>
    </message>
    <message>
        <source>the stored licence token cannot be decrypted (%1)</source>
        <translation>el token de licencia guardado no se puede descifrar (%1)</translation>
    </message>
    <message>
        <source>LICENSE_KEY is set but no token was activated yet (activation happens online at server start)</source>
        <translation>LICENSE_KEY está definida, pero aún no se ha activado ningún token (la activación se hace en línea al arrancar el servidor)</translation>
    </message>
    <message>
        <source>no licence token</source>
        <translation>no hay token de licencia</translation>
    </message>
    <message>
        <source>TELEMETRY is %1, so Directus sends a report every 6 hours.</source>
        <translation>TELEMETRY es %1, así que Directus envía un informe cada 6 horas.</translation>
    </message>
    <message>
        <source>TELEMETRY is %1 (off), but it is ignored: without a verified licence (%2) Directus runs under its built-in Core licence, which requires telemetry.</source>
        <translation>TELEMETRY es %1 (desactivada), pero se ignora: sin una licencia verificada (%2), Directus funciona con su licencia Core integrada, que exige telemetría.</translation>
    </message>
    <message>
        <source>TELEMETRY is %1 (off), but the licence (from %2) requires telemetry, so Directus still sends reports.</source>
        <translation>TELEMETRY es %1 (desactivada), pero la licencia (de %2) exige telemetría, así que Directus sigue enviando informes.</translation>
    </message>
    <message>
        <source>TELEMETRY is %1 and the licence (from %2) does not require telemetry: Directus sends nothing.</source>
        <translation>TELEMETRY es %1 y la licencia (de %2) no exige telemetría: Directus no envía nada.</translation>
    </message>
</context>
<context>
    <name>TelemetryReporter</name>
    <message>
        <source>the previous report is still being sent</source>
        <translation>el informe anterior aún se está enviando</translation>
    </message>
    <message>
        <source>telemetry is off: %1</source>
        <translation>la telemetría está desactivada: %1</translation>
    </message>
    <message>
        <source>no report could be built, so Directus would send nothing: %1</source>
        <translation>no se pudo generar ningún informe, así que Directus no enviaría nada: %1</translation>
    </message>
</context>
<context>
    <name>TelemetryRequest</name>
    <message>
        <source>TELEMETRY_AUTHORIZATION contains a line break or NUL; fetch rejects such a header.</source>
        <translation>TELEMETRY_AUTHORIZATION contiene un salto de línea o NUL; fetch rechaza una cabecera así.</translation>
    </message>
    <message>
        <source>TELEMETRY_AUTHORIZATION contains characters outside Latin-1; fetch rejects such a header.</source>
        <translation>TELEMETRY_AUTHORIZATION contiene caracteres fuera de Latin-1; fetch rechaza una cabecera así.</translation>
    </message>
    <message>
        <source>TELEMETRY_URL &quot;%1&quot; is not an absolute URL, so new URL() throws and Directus sends nothing.</source>
        <translation>TELEMETRY_URL «%1» no es una URL absoluta, así que new URL() lanza una excepción y Directus no envía nada.</translation>
    </message>
    <message>
        <source>TELEMETRY_URL uses the scheme &quot;%1&quot;; fetch only posts over http and https.</source>
        <translation>TELEMETRY_URL usa el esquema «%1»; fetch solo envía POST por http y https.</translation>
    </message>
    <message>
        <source>TELEMETRY_URL contains a user name or password; fetch refuses such URLs.</source>
        <translation>TELEMETRY_URL contiene un nombre de usuario o una contraseña; fetch rechaza esas URL.</translation>
    </message>
    <message numerus="yes">
        <source>%1•••••••• (%n characters)</source>
        <translation>
            <numerusform>%1•••••••• (%n carácter)</numerusform>
            <numerusform>%1•••••••• (%n caracteres)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TelemetrySwitch</name>
    <message>
        <source>%1 is a symbolic link to %2, which does not exist. Fix the link (Directus cannot read it either), then try again.</source>
        <translation>%1 es un enlace simbólico a %2, que no existe. Corrija el enlace (Directus tampoco puede leerlo) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, outside the project folder %3. The inspector does not write through such a link, because the file it leads to may be shared with something else. Set TELEMETRY in %2 yourself, or replace the link with a copy of the file and try again.</source>
        <translation>%1 es un enlace simbólico a %2, fuera de la carpeta del proyecto %3. El inspector no escribe a través de un enlace así, porque el archivo al que apunta puede estar compartido con otra cosa. Establezca TELEMETRY en %2 usted mismo, o sustituya el enlace por una copia del archivo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; the inspector only edits ordinary configuration files.</source>
        <translation>%1 no es un archivo normal; el inspector solo edita archivos de configuración corrientes.</translation>
    </message>
    <message>
        <source>%1 is read-only for you (owner %2, mode %3). Nothing was changed. Make it writable (e.g. chmod u+w %1) or run the inspector as a user who may change it, then try again.</source>
        <translation>%1 es de solo lectura para usted (propietario %2, modo %3). No se cambió nada. Permita la escritura (p. ej., chmod u+w %1) o ejecute el inspector como un usuario que pueda cambiarlo, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The folder %1 is not writable for you, and a safe replacement of %2 needs to create a temporary file and the backup there. Nothing was changed. Run the inspector as a user who may write in %1.</source>
        <translation>No tiene permiso de escritura en la carpeta %1, y sustituir %2 de forma segura requiere crear allí un archivo temporal y la copia de seguridad. No se cambió nada. Ejecute el inspector como un usuario que pueda escribir en %1.</translation>
    </message>
    <message>
        <source>TELEMETRY is read from the file %1 (named by TELEMETRY_FILE), and that wins over a TELEMETRY line. Nothing was changed. Write %2 into %1, or remove TELEMETRY_FILE, then try again.</source>
        <translation>TELEMETRY se lee del archivo %1 (indicado por TELEMETRY_FILE), y eso prevalece sobre una línea TELEMETRY. No se cambió nada. Escriba %2 en %1, o elimine TELEMETRY_FILE, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>the server environment</source>
        <translation>el entorno del servidor</translation>
    </message>
    <message>
        <source>Directus&apos;s default</source>
        <translation>el valor predeterminado de Directus</translation>
    </message>
    <message>
        <source>TELEMETRY already asks for telemetry to be %1 (value %2, from %3); nothing to change.</source>
        <translation>TELEMETRY ya solicita que la telemetría esté %1 (valor %2, de %3); no hay nada que cambiar.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activada</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>Only true and 1 count as on, so %1 means off.</source>
        <translation>Solo true y 1 cuentan como activada, así que %1 significa desactivada.</translation>
    </message>
    <message>
        <source>TELEMETRY is also set (to %1) in the server environment you gave. Directus lets its configuration file override the environment, so the file&apos;s value wins; remove it from the environment (compose file, systemd unit) too, so the two do not disagree.</source>
        <translation>TELEMETRY también está definida (como %1) en el entorno del servidor que indicó. Directus permite que su archivo de configuración sobrescriba el entorno, así que prevalece el valor del archivo; elimínela también del entorno (archivo compose, unidad de systemd) para que ambos no se contradigan.</translation>
    </message>
    <message>
        <source>TELEMETRY=%1 comes from the server environment: change it there (compose `environment:`, systemd `Environment=`, the pod spec) to %2 and restart Directus.</source>
        <translation>TELEMETRY=%1 procede del entorno del servidor: cámbiela allí (compose `environment:`, systemd `Environment=`, la especificación del pod) a %2 y reinicie Directus.</translation>
    </message>
    <message>
        <source>Set TELEMETRY=%1 where the server gets its environment (compose `environment:`, systemd `Environment=`, the pod spec) and restart Directus.</source>
        <translation>Establezca TELEMETRY=%1 donde el servidor obtiene su entorno (compose `environment:`, systemd `Environment=`, la especificación del pod) y reinicie Directus.</translation>
    </message>
    <message>
        <source>There is no configuration file at %1, so this Directus is configured through its environment and a file edit alone may not reach it. %2 If Directus really runs in %3 and reads %1, run again with --create-config to create it with only that line.</source>
        <translation>No hay ningún archivo de configuración en %1, así que este Directus se configura mediante su entorno y puede que editar un archivo no baste. %2 Si Directus realmente se ejecuta en %3 y lee %1, vuelva a ejecutar con --create-config para crearlo con solo esa línea.</translation>
    </message>
    <message>
        <source>There is no configuration file at %1, and %2 is not a Directus install (no node_modules/directus), so a new file there would probably not be read. %3</source>
        <translation>No hay ningún archivo de configuración en %1, y %2 no es una instalación de Directus (no hay node_modules/directus), así que probablemente no se leería un archivo nuevo allí. %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Nothing was changed.</source>
        <translation>No se puede leer %1: %2. No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, too large to be configuration; nothing was changed.</source>
        <translation>%1 ocupa más de %2 MiB, demasiado para ser configuración; no se cambió nada.</translation>
    </message>
    <message>
        <source>Cannot set TELEMETRY in %1: %2. Nothing was changed.</source>
        <translation>No se puede establecer TELEMETRY en %1: %2. No se cambió nada.</translation>
    </message>
    <message>
        <source>The entry before TELEMETRY gains the comma JSON requires between entries.</source>
        <translation>La entrada anterior a TELEMETRY recibe la coma que JSON exige entre entradas.</translation>
    </message>
    <message>
        <source>TELEMETRY is written %1 times in %2; Directus uses the last one. Every occurrence is changed, so the file does not contradict itself.</source>
        <translation>TELEMETRY aparece %1 veces en %2; Directus usa la última. Se cambian todas las apariciones para que el archivo no se contradiga.</translation>
    </message>
    <message>
        <source>The edit of %1 would change more than TELEMETRY when Directus reads the file, so nothing was changed. Set TELEMETRY=%2 in it by hand.</source>
        <translation>La edición de %1 cambiaría algo más que TELEMETRY cuando Directus lea el archivo, así que no se cambió nada. Establezca TELEMETRY=%2 en él a mano.</translation>
    </message>
    <message>
        <source>%1 appeared since the change was planned; nothing was changed. Run the command again.</source>
        <translation>%1 apareció después de planificar el cambio; no se cambió nada. Vuelva a ejecutar el comando.</translation>
    </message>
    <message>
        <source>%1 now leads to %2 instead of %3; nothing was changed. Run the command again.</source>
        <translation>%1 ahora apunta a %2 en lugar de a %3; no se cambió nada. Vuelva a ejecutar el comando.</translation>
    </message>
    <message>
        <source>%1 changed since the change was planned (someone else edited it?); nothing was changed. Run the command again.</source>
        <translation>%1 cambió después de planificar el cambio (¿lo editó otra persona?); no se cambió nada. Vuelva a ejecutar el comando.</translation>
    </message>
    <message>
        <source>Cannot create the backup %1: %2. Nothing was changed.</source>
        <translation>No se puede crear la copia de seguridad %1: %2. No se cambió nada.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2. Nothing was changed.</source>
        <translation>No se puede escribir la copia de seguridad %1: %2. No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 was not changed.</source>
        <translation>%1 no se cambió.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>Cannot keep the owner (user %2, group %3) and mode of %1 on the new file; run the inspector as that user.</source>
        <translation>No se pueden conservar el propietario (usuario %2, grupo %3) ni el modo de %1 en el archivo nuevo; ejecute el inspector como ese usuario.</translation>
    </message>
    <message>
        <source>Plainly: without a licence, Directus 12.4.1 ignores TELEMETRY=false and keeps sending reports. Only a licence that does not require telemetry lets the opt-out take effect.</source>
        <translation>En pocas palabras: sin licencia, Directus 12.4.1 ignora TELEMETRY=false y sigue enviando informes. Solo una licencia que no exija telemetría permite que la desactivación surta efecto.</translation>
    </message>
    <message>
        <source>Plainly: this licence requires telemetry, so the opt-out has no effect while it is active.</source>
        <translation>En pocas palabras: esta licencia exige telemetría, así que la desactivación no tiene efecto mientras esté activa.</translation>
    </message>
    <message>
        <source>Directus reads its configuration only when it starts: restart Directus (e.g. `docker compose restart directus` or `systemctl restart directus`) for the change to apply.</source>
        <translation>Directus solo lee su configuración al arrancar: reinicie Directus (p. ej., `docker compose restart directus` o `systemctl restart directus`) para que se aplique el cambio.</translation>
    </message>
</context>
<context>
    <name>TelemetryToggleDialog</name>
    <message>
        <source>Telemetry On/Off</source>
        <translation>Telemetría activada/desactivada</translation>
    </message>
    <message>
        <source>Turn telemetry on or off</source>
        <translation>Activar o desactivar la telemetría</translation>
    </message>
    <message>
        <source>What this changes</source>
        <translation>Qué cambia esto</translation>
    </message>
    <message>
        <source>Reading the configuration and the licence…</source>
        <translation>Leyendo la configuración y la licencia…</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>Archivo de configuración</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Old and new TELEMETRY line</source>
        <translation>Línea TELEMETRY anterior y nueva</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Cambio:</translation>
    </message>
    <message>
        <source>Requested telemetry state</source>
        <translation>Estado solicitado de la telemetría</translation>
    </message>
    <message>
        <source>Effective telemetry state</source>
        <translation>Estado efectivo de la telemetría</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation>Solicitada:</translation>
    </message>
    <message>
        <source>Effective:</source>
        <translation>Efectiva:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Write the Change</source>
        <translation>Escribir el cambio</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Cerrar sin cambiar nada</translation>
    </message>
    <message>
        <source>The project&apos;s configuration cannot be read: %1</source>
        <translation>No se puede leer la configuración del proyecto: %1</translation>
    </message>
    <message>
        <source>The licence cannot be read: %1</source>
        <translation>No se puede leer la licencia: %1</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Creado %1.</translation>
    </message>
    <message>
        <source>Changed %1; the previous version is kept as %2.</source>
        <translation>Cambiado %1; la versión anterior se conserva como %2.</translation>
    </message>
    <message>
        <source>Whether Directus will report depends on its licence, which cannot be read: %1</source>
        <translation>Que Directus envíe informes depende de su licencia, que no se puede leer: %1</translation>
    </message>
    <message>
        <source>Done. Once Directus restarts:</source>
        <translation>Hecho. Cuando Directus se reinicie:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Telemetry is turned off in the configuration. Turn it on (TELEMETRY=true)?</source>
        <translation>La telemetría está desactivada en la configuración. ¿Activarla (TELEMETRY=true)?</translation>
    </message>
    <message>
        <source>Telemetry is on in the configuration. Turn it off (TELEMETRY=false)?</source>
        <translation>La telemetría está activada en la configuración. ¿Desactivarla (TELEMETRY=false)?</translation>
    </message>
    <message>
        <source>&amp;Turn Telemetry On</source>
        <translation>&amp;Activar la telemetría</translation>
    </message>
    <message>
        <source>&amp;Turn Telemetry Off</source>
        <translation>&amp;Desactivar la telemetría</translation>
    </message>
    <message>
        <source>(nothing to change)</source>
        <translation>(nada que cambiar)</translation>
    </message>
    <message>
        <source>line %1 (new)</source>
        <translation>línea %1 (nueva)</translation>
    </message>
    <message>
        <source>- (no TELEMETRY line: Directus&apos;s default, true, applies)</source>
        <translation>- (no hay línea TELEMETRY: se aplica el valor predeterminado de Directus, true)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>Expected once Directus restarts: it sends a report every 6 hours.</source>
        <translation>Lo esperado cuando Directus se reinicie: envía un informe cada 6 horas.</translation>
    </message>
    <message>
        <source>Expected once Directus restarts: it still sends reports. Telemetry is required by the Core licence, since there is no verified licence (%1).</source>
        <translation>Lo esperado cuando Directus se reinicie: sigue enviando informes. La licencia Core exige telemetría, ya que no hay ninguna licencia verificada (%1).</translation>
    </message>
    <message>
        <source>Expected once Directus restarts: it still sends reports. Telemetry is required by the licence.</source>
        <translation>Lo esperado cuando Directus se reinicie: sigue enviando informes. La licencia exige telemetría.</translation>
    </message>
    <message>
        <source>Expected once Directus restarts: it sends no reports (the licence allows opting out).</source>
        <translation>Lo esperado cuando Directus se reinicie: no envía informes (la licencia permite la desactivación).</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>No se cambió nada: %1</translation>
    </message>
    <message>
        <source>The file was changed, but the configuration cannot be read back: %1</source>
        <translation>El archivo se cambió, pero no se puede volver a leer la configuración: %1</translation>
    </message>
    <message>
        <source>Written. Reading the licence…</source>
        <translation>Escrito. Leyendo la licencia…</translation>
    </message>
</context>
<context>
    <name>UserCounts</name>
    <message>
        <source>Counting users by access level</source>
        <translation>Contando usuarios por nivel de acceso</translation>
    </message>
    <message>
        <source>table directus_users is missing</source>
        <translation>falta la tabla directus_users</translation>
    </message>
    <message>
        <source>table %1 is missing (a Directus 10 schema?)</source>
        <translation>falta la tabla %1 (¿un esquema de Directus 10?)</translation>
    </message>
    <message>
        <source>column directus_roles.parent is missing; roles inherit nothing</source>
        <translation>falta la columna directus_roles.parent; los roles no heredan nada</translation>
    </message>
    <message>
        <source>%1 active users are counted as %2 admin and app seats: Directus counts a user with a direct app policy and an inherited admin role twice; max(0, …) hides the overlap here</source>
        <translation>%1 usuarios activos se cuentan como %2 puestos de administrador y de app: Directus cuenta dos veces a un usuario con una política de app directa y un rol de administrador heredado; aquí max(0, …) oculta el solapamiento</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Check a compliance export written by `export`: structure, SHA-256 and payload consistency.</source>
        <translation>Comprueba una exportación de cumplimiento escrita por `export`: estructura, SHA-256 y coherencia de la carga útil.</translation>
    </message>
    <message>
        <source>The export file.</source>
        <translation>El archivo de exportación.</translation>
    </message>
    <message>
        <source>Try: telemetry-inspector verify --help</source>
        <translation>Pruebe: telemetry-inspector verify --help</translation>
    </message>
    <message>
        <source>Name one export file, e.g. telemetry-inspector verify telemetry-export.json</source>
        <translation>Indique un archivo de exportación, p. ej. telemetry-inspector verify telemetry-export.json</translation>
    </message>
    <message>
        <source>Cannot read the export %1: %2</source>
        <translation>No se puede leer la exportación %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, far larger than any export; is it the right file?</source>
        <translation>%1 ocupa %2 bytes, mucho más que cualquier exportación; ¿es el archivo correcto?</translation>
    </message>
    <message>
        <source>%1 does not verify: it was changed after it was written, or is not a compliance export.</source>
        <translation>%1 no supera la verificación: se modificó después de escribirse o no es una exportación de cumplimiento.</translation>
    </message>
    <message>
        <source>%1 verifies: the payload bytes, their SHA-256 and the parsed payload agree.
</source>
        <translation>%1 supera la verificación: los bytes de la carga útil, su SHA-256 y la carga útil analizada coinciden.
</translation>
    </message>
</context>
<context>
    <name>YamlConfigEditor</name>
    <message>
        <source>%1, which the inspector does not edit automatically; set %2: %3 in the file by hand</source>
        <translation>%1, que el inspector no edita automáticamente; establezca %2: %3 en el archivo a mano</translation>
    </message>
    <message>
        <source>line %1 has content on a document marker</source>
        <translation>la línea %1 tiene contenido en un marcador de documento</translation>
    </message>
    <message>
        <source>the top level of the file is not a simple KEY: value mapping (line %1)</source>
        <translation>el nivel superior del archivo no es una asignación simple KEY: value (línea %1)</translation>
    </message>
    <message>
        <source>%1 on line %2 has a value that spans several lines</source>
        <translation>%1 en la línea %2 tiene un valor que ocupa varias líneas</translation>
    </message>
    <message>
        <source>%1 on line %2 has a quoted value that does not end on that line</source>
        <translation>%1 en la línea %2 tiene un valor entre comillas que no termina en esa línea</translation>
    </message>
    <message>
        <source>%1 on line %2 is written as a block scalar, flow value, anchor, alias or tag</source>
        <translation>%1 en la línea %2 está escrito como escalar de bloque, valor de flujo, ancla, alias o etiqueta</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The desktop window needs a display (DISPLAY or WAYLAND_DISPLAY is not set). On a server, use a command instead:</source>
        <translation>La ventana de escritorio necesita una pantalla (DISPLAY o WAYLAND_DISPLAY no está definida). En un servidor, use un comando:</translation>
    </message>
    <message>
        <source>--language needs a language code, for example: --language de</source>
        <translation>--language necesita un código de idioma, por ejemplo: --language de</translation>
    </message>
    <message>
        <source>Could not start the desktop window %1: %2. Reinstall the package; the commands work without it (telemetry-inspector --help).</source>
        <translation>No se pudo iniciar la ventana de escritorio %1: %2. Reinstale el paquete; los comandos funcionan sin ella (telemetry-inspector --help).</translation>
    </message>
</context>
</TS>
