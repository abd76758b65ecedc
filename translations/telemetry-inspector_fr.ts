<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BasicCounts</name>
    <message>
        <source>Counting dashboards, files, flows, roles and shares</source>
        <translation>Comptage des tableaux de bord, fichiers, flux, rôles et partages</translation>
    </message>
    <message>
        <source>table %1 is missing</source>
        <translation>la table %1 est absente</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check that the report carries none of this instance&apos;s names, people, secrets or settings.</source>
        <translation>Vérifier que le rapport ne contient aucun nom, aucune personne, aucun secret ni aucun paramètre de cette instance.</translation>
    </message>
    <message>
        <source>Check this JSON payload (e.g. one captured from the server) instead of the computed report.</source>
        <translation>Vérifier cette charge utile JSON (par exemple une charge capturée sur le serveur) au lieu du rapport calculé.</translation>
    </message>
    <message>
        <source>Cannot read the payload %1: %2</source>
        <translation>Impossible de lire la charge utile %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, far larger than any report; is it the right file?</source>
        <translation>%1 fait %2 octets, bien plus que n’importe quel rapport&#xa0;; est-ce le bon fichier&#xa0;?</translation>
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
        <translation>Usage&#xa0;: telemetry-inspector [gui [--demo | PROJECT_DIR] | &lt;command&gt; [options]]

Voyez exactement ce qu’une instance Directus auto-hébergée envoie dans son rapport d’utilisation anonyme.

Sans commande (ou avec `gui`), la fenêtre graphique s’ouvre.

Commandes&#xa0;:
  report [PROJECT_DIR]   calculer le rapport que Directus enverrait (rien n’est envoyé)
  check [PROJECT_DIR]    prouver que le rapport ne contient ni noms, ni personnes, ni secrets, ni paramètres
  status [PROJECT_DIR]   si Directus envoie des rapports (demandé, effectif, raison) et quand
  send [PROJECT_DIR]     relire le rapport, puis l’envoyer (--dry-run n’envoie rien)
  schedule [PROJECT_DIR] envoyer selon le calendrier de Directus jusqu’à Ctrl-C
  history                les rapports calculés, envoyés et exportés&#xa0;; --diff A B
  opt-out [PROJECT_DIR]  écrire TELEMETRY=false dans le fichier de configuration du projet
  opt-in [PROJECT_DIR]   écrire TELEMETRY=true dans le fichier de configuration du projet
  export [PROJECT_DIR] --output FILE
                         écrire un export de conformité (charge utile, SHA-256, état, verdicts)
  verify FILE            vérifier un export de conformité
  gate [PROJECT_DIR]     recevoir les rapports du serveur lui-même&#xa0;: vérifier, transmettre ou retenir
  gate list|approve|discard  les rapports reçus par la passerelle&#xa0;; sa file de relecture

Options&#xa0;:
  --help, -h             ce texte&#xa0;; `telemetry-inspector &lt;command&gt; --help` pour une commande
  --version              la version de l’inspecteur
</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CollectionsAndItems</name>
    <message>
        <source>Counting collections and items</source>
        <translation>Comptage des collections et des éléments</translation>
    </message>
    <message>
        <source>Directus reads the &apos;.&apos; in table %1 as a schema separator, so its count fails</source>
        <translation>Directus interprète le «&#xa0;.&#xa0;» du nom de la table %1 comme un séparateur de schéma, donc son comptage échoue</translation>
    </message>
</context>
<context>
    <name>CommandSupport</name>
    <message>
        <source>Keep the report history in DIR (default: %1).</source>
        <translation>Conserver l’historique des rapports dans DIR (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Try: telemetry-inspector %1 --help</source>
        <translation>Essayez&#xa0;: telemetry-inspector %1 --help</translation>
    </message>
</context>
<context>
    <name>ComplianceExport</name>
    <message>
        <source>Cannot write the export %1: %2</source>
        <translation>Impossible d’écrire l’export %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ComplianceExportVerifier</name>
    <message>
        <source>one JSON object</source>
        <translation>un objet JSON</translation>
    </message>
    <message>
        <source>the document is a JSON %1, not an object</source>
        <translation>le document est un %1 JSON, pas un objet</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>format &quot;%1&quot; version %2 (expected &quot;%3&quot; version %4)</source>
        <translation>format «&#xa0;%1&#xa0;» version %2 (attendu&#xa0;: «&#xa0;%3&#xa0;» version %4)</translation>
    </message>
    <message>
        <source>%1 is %2, expected %3</source>
        <translation>%1 vaut %2, attendu&#xa0;: %3</translation>
    </message>
    <message>
        <source>all %1 required members present, each of the right type</source>
        <translation>les %1 membres requis sont tous présents, chacun du bon type</translation>
    </message>
    <message>
        <source>SHA-256 of the payload bytes is %1, as recorded</source>
        <translation>le SHA-256 des octets de la charge utile est %1, comme enregistré</translation>
    </message>
    <message>
        <source>SHA-256 of the payload bytes is %1, but the export records %2</source>
        <translation>le SHA-256 des octets de la charge utile est %1, mais l’export enregistre %2</translation>
    </message>
    <message>
        <source>%1 payload bytes; recorded: %2</source>
        <translation>%1 octets de charge utile&#xa0;; enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>the payload bytes are not valid JSON: %1</source>
        <translation>les octets de la charge utile ne sont pas du JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>the parsed payload equals the payload bytes</source>
        <translation>la charge utile analysée correspond aux octets de la charge utile</translation>
    </message>
    <message>
        <source>the parsed payload differs from what the payload bytes say</source>
        <translation>la charge utile analysée diffère de ce que disent les octets de la charge utile</translation>
    </message>
    <message>
        <source>the payload bytes are exactly JSON.stringify of the parsed payload</source>
        <translation>les octets de la charge utile sont exactement le JSON.stringify de la charge utile analysée</translation>
    </message>
    <message>
        <source>the payload bytes are not JSON.stringify of the parsed payload (extra whitespace, reordered keys or other edits)</source>
        <translation>les octets de la charge utile ne sont pas le JSON.stringify de la charge utile analysée (espaces superflus, clés réordonnées ou autres modifications)</translation>
    </message>
    <message>
        <source>each of the %1 payload keys has its documentation</source>
        <translation>chacune des %1 clés de la charge utile a sa documentation</translation>
    </message>
    <message>
        <source>payload keys without documentation: %1; documented as sent: %2</source>
        <translation>clés de la charge utile sans documentation&#xa0;: %1&#xa0;; documentées comme envoyées&#xa0;: %2</translation>
    </message>
    <message>
        <source>the payload&apos;s version is %1, the export says Directus %2</source>
        <translation>la version de la charge utile est %1, l’export indique Directus %2</translation>
    </message>
    <message>
        <source>the payload&apos;s database is %1, the export says %2</source>
        <translation>la base de données de la charge utile est %1, l’export indique %2</translation>
    </message>
    <message>
        <source>the Directus version and database family agree with the payload</source>
        <translation>la version de Directus et la famille de base de données concordent avec la charge utile</translation>
    </message>
</context>
<context>
    <name>ComposeEnvironment</name>
    <message>
        <source>The compose file %1 does not exist.</source>
        <translation>Le fichier compose %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is not valid YAML: %2</source>
        <translation>%1 n’est pas du YAML valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has no services: section.</source>
        <translation>%1 n’a pas de section services:.</translation>
    </message>
    <message>
        <source>%1 has no service &quot;%2&quot;; it has: %3.</source>
        <translation>%1 n’a pas de service «&#xa0;%2&#xa0;»&#xa0;; il contient&#xa0;: %3.</translation>
    </message>
    <message>
        <source>No service in %1 uses a Directus image; name the Directus service with --service (services: %2).</source>
        <translation>Aucun service de %1 n’utilise une image Directus&#xa0;; indiquez le service Directus avec --service (services&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Several services in %1 use a Directus image (%2); choose one with --service.</source>
        <translation>Plusieurs services de %1 utilisent une image Directus (%2)&#xa0;; choisissez-en un avec --service.</translation>
    </message>
    <message>
        <source>%1, service %2</source>
        <translation>%1, service %2</translation>
    </message>
    <message>
        <source>%1 names env_file %2, which does not exist.</source>
        <translation>%1 indique l’env_file %2, qui n’existe pas.</translation>
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
        <translation>%1 définit %2 sans valeur&#xa0;: Compose la prend dans le shell qui le lance, que l’inspecteur ne peut pas voir&#xa0;; passez --env %2=... si le serveur la possède.</translation>
    </message>
    <message>
        <source>%1 uses ${%2}, which is not set in %3; Compose would take it from its shell (an empty value is used here).</source>
        <translation>%1 utilise ${%2}, qui n’est pas défini dans %3&#xa0;; Compose le prendrait dans son shell (une valeur vide est utilisée ici).</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Mémoriser le mot de passe dans le trousseau système</translation>
    </message>
    <message>
        <source>Use &amp;SSL/TLS</source>
        <translation>Utiliser &amp;SSL/TLS</translation>
    </message>
    <message>
        <source>Connect to a Directus database</source>
        <translation>Se connecter à une base de données Directus</translation>
    </message>
    <message>
        <source>e.g. Production CMS</source>
        <translation>par ex. CMS de production</translation>
    </message>
    <message>
        <source>The Directus version the server runs (reported as `version`).</source>
        <translation>La version de Directus exécutée par le serveur (envoyée comme `version`).</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Database driver</source>
        <translation>Pilote de base de données</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Mémoriser le mot de passe dans le trousseau système</translation>
    </message>
    <message>
        <source>Use SSL</source>
        <translation>Utiliser SSL</translation>
    </message>
    <message>
        <source>Directus version</source>
        <translation>Version de Directus</translation>
    </message>
    <message>
        <source>The password is kept only in the system keychain, never in a file.</source>
        <translation>Le mot de passe est conservé uniquement dans le trousseau système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the password is not stored: you will be asked for it each time you connect.</source>
        <translation>Aucun trousseau système n’est disponible, le mot de passe n’est donc pas enregistré&#xa0;: il vous sera demandé à chaque connexion.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Driver:</source>
        <translation>&amp;Pilote&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de p&amp;asse&#xa0;:</translation>
    </message>
    <message>
        <source>Directus &amp;version:</source>
        <translation>&amp;Version de Directus&#xa0;:</translation>
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
        <translation>DB_CONNECTION_STRING n’est pas une URL %1 (attendu&#xa0;: %2://user:password@host:port/database).</translation>
    </message>
    <message>
        <source>the server environment</source>
        <translation>l’environnement du serveur</translation>
    </message>
    <message>
        <source>DB_CLIENT is not set (looked in %1). Directus needs it to start; set it in the project&apos;s configuration or pass --env DB_CLIENT=... if the server sets it in its environment.</source>
        <translation>DB_CLIENT n’est pas défini (recherché dans %1). Directus en a besoin pour démarrer&#xa0;; définissez-le dans la configuration du projet ou passez --env DB_CLIENT=... si le serveur le définit dans son environnement.</translation>
    </message>
    <message>
        <source>Unknown DB_CLIENT &quot;%1&quot; (in %2): Directus 12.4.1 would not start. Use one of sqlite3, pg, mysql, cockroachdb, mssql, oracledb.</source>
        <translation>DB_CLIENT inconnu «&#xa0;%1&#xa0;» (dans %2)&#xa0;: Directus 12.4.1 ne démarrerait pas. Utilisez l’une des valeurs sqlite3, pg, mysql, cockroachdb, mssql, oracledb.</translation>
    </message>
    <message>
        <source>DB_CLIENT=%1 needs %2, which %3 not set (looked in %4). Directus would not start.</source>
        <translation>DB_CLIENT=%1 nécessite %2, qui %3 (recherché dans %4). Directus ne démarrerait pas.</translation>
    </message>
    <message>
        <source>is</source>
        <translation>n’est pas défini</translation>
    </message>
    <message>
        <source>are</source>
        <translation>ne sont pas définis</translation>
    </message>
    <message>
        <source>DB_CLIENT &quot;%1&quot; (%2) is valid for Directus, but this version of the inspector can only read SQLite, PostgreSQL and MySQL/MariaDB databases.</source>
        <translation>DB_CLIENT «&#xa0;%1&#xa0;» (%2) est valide pour Directus, mais cette version de l’inspecteur ne sait lire que les bases de données SQLite, PostgreSQL et MySQL/MariaDB.</translation>
    </message>
</context>
<context>
    <name>DirectusDecryptor</name>
    <message>
        <source>scrypt parameters N=%1, r=%2, p=%3 are not unsigned 32-bit integers</source>
        <translation>les paramètres scrypt N=%1, r=%2, p=%3 ne sont pas des entiers non signés de 32 bits</translation>
    </message>
    <message>
        <source>scrypt parameters N=%1, r=%2, p=%3 are invalid</source>
        <translation>les paramètres scrypt N=%1, r=%2, p=%3 ne sont pas valides</translation>
    </message>
    <message>
        <source>scrypt parameters N=%1, r=%2, p=%3 need more than Node&apos;s 32 MiB limit</source>
        <translation>les paramètres scrypt N=%1, r=%2, p=%3 dépassent la limite de 32 Mio de Node</translation>
    </message>
    <message numerus="yes">
        <source>not an encrypted value (%n part(s) instead of 9)</source>
        <translation>
            <numerusform>pas une valeur chiffrée (%n partie au lieu de 9)</numerusform>
            <numerusform>pas une valeur chiffrée (%n parties au lieu de 9)</numerusform>
        </translation>
    </message>
    <message>
        <source>unsupported format version</source>
        <translation>version de format non prise en charge</translation>
    </message>
    <message>
        <source>unsupported key derivation</source>
        <translation>dérivation de clé non prise en charge</translation>
    </message>
    <message>
        <source>salt, IV or tag is empty</source>
        <translation>le sel, l’IV ou l’étiquette est vide</translation>
    </message>
    <message>
        <source>the IV decodes to no bytes</source>
        <translation>l’IV ne se décode en aucun octet</translation>
    </message>
    <message numerus="yes">
        <source>the authentication tag has %n byte(s), which Node does not accept</source>
        <translation>
            <numerusform>l’étiquette d’authentification fait %n octet, ce que Node n’accepte pas</numerusform>
            <numerusform>l’étiquette d’authentification fait %n octets, ce que Node n’accepte pas</numerusform>
        </translation>
    </message>
    <message>
        <source>scrypt key derivation failed</source>
        <translation>la dérivation de clé scrypt a échoué</translation>
    </message>
    <message numerus="yes">
        <source>the IV length (%n byte(s)) is not accepted</source>
        <translation>
            <numerusform>la longueur de l’IV (%n octet) n’est pas acceptée</numerusform>
            <numerusform>la longueur de l’IV (%n octets) n’est pas acceptée</numerusform>
        </translation>
    </message>
    <message>
        <source>decryption failed</source>
        <translation>le déchiffrement a échoué</translation>
    </message>
    <message>
        <source>the authentication tag is not accepted</source>
        <translation>l’étiquette d’authentification n’est pas acceptée</translation>
    </message>
    <message>
        <source>wrong SECRET or damaged value (authentication failed)</source>
        <translation>SECRET erroné ou valeur endommagée (échec de l’authentification)</translation>
    </message>
</context>
<context>
    <name>DotenvEditor</name>
    <message>
        <source>the file is not valid UTF-8, so it cannot be edited without risking other bytes; add the line %1=%2 by hand</source>
        <translation>le fichier n’est pas en UTF-8 valide, il ne peut donc pas être modifié sans risquer d’altérer d’autres octets&#xa0;; ajoutez la ligne %1=%2 à la main</translation>
    </message>
    <message>
        <source>dotenv would read other values differently after the change; add the line %1=%2 by hand</source>
        <translation>dotenv lirait d’autres valeurs différemment après la modification&#xa0;; ajoutez la ligne %1=%2 à la main</translation>
    </message>
</context>
<context>
    <name>EnvironmentFields</name>
    <message>
        <source>Reading the configuration</source>
        <translation>Lecture de la configuration</translation>
    </message>
    <message>
        <source>node_modules/directus/package.json was not found; the version was %1</source>
        <translation>node_modules/directus/package.json est introuvable&#xa0;; la version a été %1</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write a compliance export: the exact payload, its SHA-256, the opt-out state, the redaction verdicts and each field&apos;s documentation, as one JSON file that `verify` can check later.</source>
        <translation>Écrire un export de conformité&#xa0;: la charge utile exacte, son SHA-256, l’état de désactivation, les verdicts de caviardage et la documentation de chaque champ, dans un seul fichier JSON que `verify` pourra vérifier plus tard.</translation>
    </message>
    <message>
        <source>The export file to write (required).</source>
        <translation>Le fichier d’export à écrire (obligatoire).</translation>
    </message>
    <message>
        <source>Name the export file with --output FILE, e.g.
  telemetry-inspector export /srv/directus --output telemetry-export.json</source>
        <translation>Indiquez le fichier d’export avec --output FILE, par exemple
  telemetry-inspector export /srv/directus --output telemetry-export.json</translation>
    </message>
    <message>
        <source>The export was written, but not recorded in the report history: %1</source>
        <translation>L’export a été écrit, mais n’a pas été enregistré dans l’historique des rapports&#xa0;: %1</translation>
    </message>
    <message>
        <source>the entry could not be stored</source>
        <translation>l’entrée n’a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>Wrote %1: %2 payload bytes, SHA-256 %3.
</source>
        <translation>%1 écrit&#xa0;: %2 octets de charge utile, SHA-256 %3.
</translation>
    </message>
    <message>
        <source>Directus would send nothing: %1. The export records the tolerant reading and this reason.</source>
        <translation>Directus n’enverrait rien&#xa0;: %1. L’export enregistre la lecture tolérante et cette raison.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Compliance Export</source>
        <translation>Export de conformité</translation>
    </message>
    <message>
        <source>Write a compliance export</source>
        <translation>Écrire un export de conformité</translation>
    </message>
    <message>
        <source>One JSON file with the exact report bytes and their SHA-256, the opt-out state, the redaction checks and each field&apos;s documentation. `telemetry-inspector verify FILE` checks it later. It holds no secret.</source>
        <translation>Un fichier JSON contenant les octets exacts du rapport et leur SHA-256, l’état de désactivation, les vérifications de caviardage et la documentation de chaque champ. `telemetry-inspector verify FILE` le vérifie ensuite. Il ne contient aucun secret.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Fichier d’export</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the export file</source>
        <translation>Choisir le fichier d’export</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>État de l’export</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Write the export file</source>
        <translation>Écrire le fichier d’export</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>Show the written file in its folder</source>
        <translation>Afficher le fichier écrit dans son dossier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save the compliance export</source>
        <translation>Enregistrer l’export de conformité</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>There is no report to export.</source>
        <translation>Il n’y a aucun rapport à exporter.</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Non écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes): the report&apos;s %3 bytes, SHA-256 %4.</source>
        <translation>%1 écrit (%2 octets)&#xa0;: les %3 octets du rapport, SHA-256 %4.</translation>
    </message>
    <message>
        <source>Checking that the database still gives this report, then writing %1…</source>
        <translation>Vérification que la base de données donne toujours ce rapport, puis écriture de %1…</translation>
    </message>
    <message>
        <source>The database changed since the report was computed, so the export would not be the report you reviewed. Compute it again (F5), review it, then export.</source>
        <translation>La base de données a changé depuis le calcul du rapport&#xa0;: l’export ne serait pas le rapport que vous avez relu. Recalculez-le (F5), relisez-le, puis exportez.</translation>
    </message>
</context>
<context>
    <name>ExtensionCount</name>
    <message>
        <source>Discovering extensions</source>
        <translation>Découverte des extensions</translation>
    </message>
    <message>
        <source>directus_extensions lacks column(s) %1 (an older schema)</source>
        <translation>il manque à directus_extensions la ou les colonnes %1 (un schéma plus ancien)</translation>
    </message>
    <message>
        <source>table directus_extensions is missing</source>
        <translation>la table directus_extensions est absente</translation>
    </message>
    <message>
        <source>extension discovery fails as a whole, so Directus counts 0: %1</source>
        <translation>la découverte des extensions échoue dans son ensemble, donc Directus compte 0&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ExtensionCounter</name>
    <message>
        <source>sync: removes %1, no longer an entry of bundle %2</source>
        <translation>sync&#xa0;: supprime %1, qui n’est plus une entrée du bundle %2</translation>
    </message>
    <message>
        <source>sync: adds entry row %1/%2 to bundle %3</source>
        <translation>sync&#xa0;: ajoute la ligne d’entrée %1/%2 au bundle %3</translation>
    </message>
    <message>
        <source>sync: that bundle row is itself a child row, so Directus fails or drops the new entry by the random order of UUIDs (assumed here: it sorts last)</source>
        <translation>sync&#xa0;: cette ligne de bundle est elle-même une ligne enfant, donc Directus échoue ou abandonne la nouvelle entrée selon l’ordre aléatoire des UUID (hypothèse retenue ici&#xa0;: elle est triée en dernier)</translation>
    </message>
    <message>
        <source>sync: renames legacy row %1 to folder %2</source>
        <translation>sync&#xa0;: renomme l’ancienne ligne %1 en dossier %2</translation>
    </message>
    <message>
        <source>sync: adds row %1/%2 (enabled)</source>
        <translation>sync&#xa0;: ajoute la ligne %1/%2 (activée)</translation>
    </message>
    <message>
        <source>sync: adds entry row %1/%2 to bundle %3 (enabled)</source>
        <translation>sync&#xa0;: ajoute la ligne d’entrée %1/%2 au bundle %3 (activée)</translation>
    </message>
    <message>
        <source>extension discovery failed (%1), so no row resolves to an extension</source>
        <translation>la découverte des extensions a échoué (%1), donc aucune ligne ne correspond à une extension</translation>
    </message>
    <message>
        <source>%1: its bundle row %2 is missing or resolves to nothing, so it is dropped</source>
        <translation>%1&#xa0;: sa ligne de bundle %2 est absente ou ne correspond à rien, elle est donc ignorée</translation>
    </message>
    <message>
        <source>directus_extensions row %1 (%2) names row %3 as its bundle, but that row resolves to type %4, not a bundle; Directus throws and the report fails</source>
        <translation>la ligne %1 (%2) de directus_extensions désigne la ligne %3 comme son bundle, mais cette ligne correspond au type %4, pas à un bundle&#xa0;; Directus lève une exception et le rapport échoue</translation>
    </message>
    <message>
        <source>%1: not an entry of bundle %2, so it is dropped</source>
        <translation>%1&#xa0;: n’est pas une entrée du bundle %2, elle est donc ignorée</translation>
    </message>
    <message>
        <source>%1: no such extension was discovered, not counted</source>
        <translation>%1&#xa0;: aucune extension de ce nom n’a été découverte, non comptée</translation>
    </message>
    <message>
        <source>%1: a bundle, never counted itself</source>
        <translation>%1&#xa0;: un bundle, jamais compté lui-même</translation>
    </message>
    <message>
        <source>%1: %2, disabled, not counted</source>
        <translation>%1&#xa0;: %2, désactivée, non comptée</translation>
    </message>
    <message>
        <source>%1: %2, enabled, counted</source>
        <translation>%1&#xa0;: %2, activée, comptée</translation>
    </message>
</context>
<context>
    <name>ExtensionDiscovery</name>
    <message>
        <source>%1%2 must be a string</source>
        <translation>%1%2 doit être une chaîne</translation>
    </message>
    <message>
        <source>%1%2 has the wrong type (%3)</source>
        <translation>%1%2 n’a pas le bon type (%3)</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 doit être un objet</translation>
    </message>
    <message>
        <source>%1.%2 must be a string</source>
        <translation>%1.%2 doit être une chaîne</translation>
    </message>
    <message>
        <source>%1%2 must be an object with app and api</source>
        <translation>%1%2 doit être un objet avec app et api</translation>
    </message>
    <message>
        <source>%1sandbox must be an object</source>
        <translation>%1sandbox doit être un objet</translation>
    </message>
    <message>
        <source>%1requestedScopes must be an object</source>
        <translation>%1requestedScopes doit être un objet</translation>
    </message>
    <message>
        <source>%1request must be an object</source>
        <translation>%1request doit être un objet</translation>
    </message>
    <message>
        <source>%1request needs urls (strings) and methods (HTTP verbs)</source>
        <translation>%1request nécessite urls (chaînes) et methods (verbes HTTP)</translation>
    </message>
    <message>
        <source>%1type is not an app, API or hybrid extension type</source>
        <translation>%1type n’est pas un type d’extension app, API ou hybride</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 est absent</translation>
    </message>
    <message>
        <source>%1entries must be an array</source>
        <translation>%1entries doit être un tableau</translation>
    </message>
    <message>
        <source>%1type is not a known extension type</source>
        <translation>%1type n’est pas un type d’extension connu</translation>
    </message>
    <message>
        <source>package.json is not a JSON object</source>
        <translation>package.json n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>type must be &quot;module&quot; or &quot;commonjs&quot;</source>
        <translation>type doit valoir &quot;module&quot; ou &quot;commonjs&quot;</translation>
    </message>
    <message>
        <source>the %1 extensions folder %2 exists but is not a readable directory</source>
        <translation>le dossier d’extensions %1 %2 existe mais n’est pas un répertoire lisible</translation>
    </message>
    <message>
        <source>%1 in the %2 extensions folder cannot be read (a broken symlink?)</source>
        <translation>%1 dans le dossier d’extensions %2 ne peut pas être lu (lien symbolique cassé ?)</translation>
    </message>
    <message>
        <source>the manifest of the %1 extension &quot;%2&quot; is invalid: %3</source>
        <translation>le manifeste de l’extension %1 «&#xa0;%2&#xa0;» n’est pas valide&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 does not exist, so no module extensions are counted; Directus itself would find no extensions at all (report 0) unless its working directory has a package.json, as installs normally do</source>
        <translation>%1 n’existe pas, donc aucune extension de module n’est comptée&#xa0;; Directus lui-même ne trouverait aucune extension (rapport 0), sauf si son répertoire de travail contient un package.json, comme c’est normalement le cas après installation</translation>
    </message>
    <message>
        <source>%1 is missing or is not valid JSON</source>
        <translation>%1 est absent ou n’est pas du JSON valide</translation>
    </message>
    <message>
        <source>dependencies of %1 that do not resolve to a package.json here, so they are not counted as module extensions (not installed, not exporting ./package.json, or only in Node&apos;s global folders, which the inspector does not search): %2</source>
        <translation>dépendances de %1 qui ne se résolvent pas ici en un package.json, et ne sont donc pas comptées comme extensions de module (non installées, n’exportant pas ./package.json, ou seulement dans les dossiers globaux de Node, que l’inspecteur ne parcourt pas)&#xa0;: %2</translation>
    </message>
    <message>
        <source>the manifest of the package extension &quot;%1&quot; is invalid: %2</source>
        <translation>le manifeste de l’extension de paquet «&#xa0;%1&#xa0;» n’est pas valide&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FieldCatalog</name>
    <message>
        <source>Your project&apos;s public URL (the value of PUBLIC_URL).</source>
        <translation>L’URL publique de votre projet (la valeur de PUBLIC_URL).</translation>
    </message>
    <message>
        <source>The Directus version in use.</source>
        <translation>La version de Directus utilisée.</translation>
    </message>
    <message>
        <source>The database vendor in use, not its contents or connection details.</source>
        <translation>Le type de base de données utilisé, et non son contenu ni ses paramètres de connexion.</translation>
    </message>
    <message>
        <source>Number of Insights dashboards.</source>
        <translation>Nombre de tableaux de bord Insights.</translation>
    </message>
    <message>
        <source>Number of files in the system.</source>
        <translation>Nombre de fichiers dans le système.</translation>
    </message>
    <message>
        <source>Number of active flows.</source>
        <translation>Nombre de flux actifs.</translation>
    </message>
    <message>
        <source>Number of roles.</source>
        <translation>Nombre de rôles.</translation>
    </message>
    <message>
        <source>Number of shares.</source>
        <translation>Nombre de partages.</translation>
    </message>
    <message>
        <source>Number of active users with admin access.</source>
        <translation>Nombre d’utilisateurs actifs disposant d’un accès administrateur.</translation>
    </message>
    <message>
        <source>Number of active users who can access the app but are not admins.</source>
        <translation>Nombre d’utilisateurs actifs qui peuvent accéder à l’application sans être administrateurs.</translation>
    </message>
    <message>
        <source>Number of active users who can only access the API.</source>
        <translation>Nombre d’utilisateurs actifs qui ne peuvent accéder qu’à l’API.</translation>
    </message>
    <message>
        <source>Number of user-created collections.</source>
        <translation>Nombre de collections créées par les utilisateurs.</translation>
    </message>
    <message>
        <source>Total number of items across all non-system collections.</source>
        <translation>Nombre total d’éléments dans toutes les collections non système.</translation>
    </message>
    <message>
        <source>The largest number of fields in any single collection.</source>
        <translation>Le plus grand nombre de champs dans une même collection.</translation>
    </message>
    <message>
        <source>Total number of fields across all collections.</source>
        <translation>Nombre total de champs dans toutes les collections.</translation>
    </message>
    <message>
        <source>Number of enabled extensions (bundle entries counted one by one).</source>
        <translation>Nombre d’extensions activées (les entrées d’un bundle sont comptées une par une).</translation>
    </message>
    <message>
        <source>Total size of the database in bytes.</source>
        <translation>Taille totale de la base de données en octets.</translation>
    </message>
    <message>
        <source>Combined size of stored files in bytes.</source>
        <translation>Taille cumulée des fichiers stockés en octets.</translation>
    </message>
    <message>
        <source>Whether WebSockets are enabled.</source>
        <translation>Indique si les WebSockets sont activés.</translation>
    </message>
    <message>
        <source>A random identifier generated for your project, not derived from any personal or project data.</source>
        <translation>Un identifiant aléatoire généré pour votre projet, qui n’est dérivé d’aucune donnée personnelle ni d’aucune donnée du projet.</translation>
    </message>
    <message>
        <source>Whether the Model Context Protocol server is enabled in the project settings.</source>
        <translation>Indique si le serveur Model Context Protocol est activé dans les paramètres du projet.</translation>
    </message>
    <message>
        <source>Whether MCP clients are allowed to delete items.</source>
        <translation>Indique si les clients MCP sont autorisés à supprimer des éléments.</translation>
    </message>
    <message>
        <source>Whether the MCP system prompt is enabled.</source>
        <translation>Indique si l’invite système MCP est activée.</translation>
    </message>
    <message>
        <source>Number of URLs configured for the visual editor.</source>
        <translation>Nombre d’URL configurées pour l’éditeur visuel.</translation>
    </message>
    <message>
        <source>Whether an OpenAI API key is stored (the key itself is never sent).</source>
        <translation>Indique si une clé d’API OpenAI est enregistrée (la clé elle-même n’est jamais envoyée).</translation>
    </message>
    <message>
        <source>Whether an Anthropic API key is stored (the key itself is never sent).</source>
        <translation>Indique si une clé d’API Anthropic est enregistrée (la clé elle-même n’est jamais envoyée).</translation>
    </message>
    <message>
        <source>Whether a custom AI system prompt is set (the prompt itself is never sent).</source>
        <translation>Indique si une invite système d’IA personnalisée est définie (l’invite elle-même n’est jamais envoyée).</translation>
    </message>
    <message>
        <source>Whether collaborative editing is enabled.</source>
        <translation>Indique si l’édition collaborative est activée.</translation>
    </message>
    <message>
        <source>GET requests since the last report.</source>
        <translation>Requêtes GET depuis le dernier rapport.</translation>
    </message>
    <message>
        <source>SEARCH requests since the last report.</source>
        <translation>Requêtes SEARCH depuis le dernier rapport.</translation>
    </message>
    <message>
        <source>POST requests since the last report.</source>
        <translation>Requêtes POST depuis le dernier rapport.</translation>
    </message>
    <message>
        <source>PUT requests since the last report.</source>
        <translation>Requêtes PUT depuis le dernier rapport.</translation>
    </message>
    <message>
        <source>PATCH requests since the last report.</source>
        <translation>Requêtes PATCH depuis le dernier rapport.</translation>
    </message>
    <message>
        <source>DELETE requests since the last report.</source>
        <translation>Requêtes DELETE depuis le dernier rapport.</translation>
    </message>
    <message>
        <source>Requests answered from the response cache since the last report (already counted by method).</source>
        <translation>Requêtes servies depuis le cache de réponses depuis le dernier rapport (déjà comptées par méthode).</translation>
    </message>
    <message>
        <source>Total API requests since the last report (GET, SEARCH, POST, PUT, PATCH and DELETE; cache hits are not added again).</source>
        <translation>Nombre total de requêtes API depuis le dernier rapport (GET, SEARCH, POST, PUT, PATCH et DELETE&#xa0;; les réponses servies par le cache ne sont pas ajoutées une seconde fois).</translation>
    </message>
    <message>
        <source>Instance and Environment</source>
        <translation>Instance et environnement</translation>
    </message>
    <message>
        <source>Content and Schema Counts</source>
        <translation>Comptages du contenu et du schéma</translation>
    </message>
    <message>
        <source>Users and Access</source>
        <translation>Utilisateurs et accès</translation>
    </message>
    <message>
        <source>Features in Use</source>
        <translation>Fonctionnalités utilisées</translation>
    </message>
    <message>
        <source>API Request Volume</source>
        <translation>Volume de requêtes API</translation>
    </message>
</context>
<context>
    <name>FieldCounts</name>
    <message>
        <source>Counting fields</source>
        <translation>Comptage des champs</translation>
    </message>
    <message>
        <source>table directus_fields (column collection) is missing</source>
        <translation>la table directus_fields (colonne collection) est absente</translation>
    </message>
</context>
<context>
    <name>GateCommand</name>
    <message>
        <source>  personal data: an owner registration (email masked in the history)</source>
        <translation>  données personnelles&#xa0;: un enregistrement du propriétaire (adresse e-mail masquée dans l’historique)</translation>
    </message>
    <message>
        <source>  redaction: %1</source>
        <translation>  caviardage&#xa0;: %1</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>  diff against the computed report: UNEXPECTED changes</source>
        <translation>  diff avec le rapport calculé&#xa0;: modifications INATTENDUES</translation>
    </message>
    <message>
        <source>  diff against the computed report: identical</source>
        <translation>  diff avec le rapport calculé&#xa0;: identique</translation>
    </message>
    <message>
        <source>  diff against the computed report: only api_requests* (expected)</source>
        <translation>  diff avec le rapport calculé&#xa0;: uniquement api_requests* (attendu)</translation>
    </message>
    <message>
        <source>  forward to: %1</source>
        <translation>  transmettre à&#xa0;: %1</translation>
    </message>
    <message>
        <source>  forwarded: %1%2%3</source>
        <translation>  transmis&#xa0;: %1%2%3</translation>
    </message>
    <message>
        <source>  note: %1</source>
        <translation>  remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Receive this project&apos;s Directus server&apos;s own reports on a local address, check them against the database, and forward them (at once, or with --hold after `gate approve ID`). Ctrl-C stops.
Other forms: gate list | gate approve ID [PROJECT_DIR] | gate discard ID</source>
        <translation>Recevoir sur une adresse locale les rapports envoyés par le serveur Directus de ce projet, les vérifier par rapport à la base de données et les transmettre (immédiatement, ou avec --hold après `gate approve ID`). Ctrl-C arrête.
Autres formes&#xa0;: gate list | gate approve ID [PROJECT_DIR] | gate discard ID</translation>
    </message>
    <message>
        <source>Listen on ADDRESS:PORT (default 127.0.0.1:8787).</source>
        <translation>Écouter sur ADDRESS:PORT (par défaut 127.0.0.1:8787).</translation>
    </message>
    <message>
        <source>Hold each report for review instead of forwarding it.</source>
        <translation>Retenir chaque rapport pour relecture au lieu de le transmettre.</translation>
    </message>
    <message>
        <source>Forward to this intake (default: the project&apos;s TELEMETRY_URL; owner registrations: COMPLIANCE_URL).</source>
        <translation>Transmettre à ce point de collecte (par défaut&#xa0;: le TELEMETRY_URL du projet&#xa0;; enregistrements du propriétaire&#xa0;: COMPLIANCE_URL).</translation>
    </message>
    <message>
        <source>Allow a --listen address other hosts can reach (no TLS; not recommended).</source>
        <translation>Autoriser une adresse --listen joignable par d’autres hôtes (sans TLS&#xa0;; déconseillé).</translation>
    </message>
    <message>
        <source>--listen must be ADDRESS:PORT with a numeric address, e.g. 127.0.0.1:8787.</source>
        <translation>--listen doit être de la forme ADDRESS:PORT avec une adresse numérique, par ex. 127.0.0.1:8787.</translation>
    </message>
    <message>
        <source>The forward destination %1 is this gate itself (TELEMETRY_URL in the project points here). Give the real intake with --forward-to, e.g. --forward-to https://telemetry.directus.io.</source>
        <translation>La destination de transmission %1 est cette passerelle elle-même (TELEMETRY_URL dans le projet pointe ici). Indiquez le véritable point de collecte avec --forward-to, par ex. --forward-to https://telemetry.directus.io.</translation>
    </message>
    <message>
        <source>Cannot set up the Ctrl-C handler.</source>
        <translation>Impossible d’installer le gestionnaire de Ctrl-C.</translation>
    </message>
    <message>
        <source>stopping after the running forward…</source>
        <translation>arrêt après la transmission en cours…</translation>
    </message>
    <message>
        <source>refused %1 from %2: %3</source>
        <translation>%1 refusé en provenance de %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>forwarded %1</source>
        <translation>transmis&#xa0;: %1</translation>
    </message>
    <message>
        <source>review gate listening on %1:%2 (%3) for %4; reports are %5</source>
        <translation>passerelle de relecture à l’écoute sur %1:%2 (%3) pour %4&#xa0;; les rapports sont %5</translation>
    </message>
    <message>
        <source>hold for review</source>
        <translation>rétention pour relecture</translation>
    </message>
    <message>
        <source>pass-through</source>
        <translation>transmission directe</translation>
    </message>
    <message>
        <source>held until `gate approve ID`; approved ones go to %1</source>
        <translation>retenus jusqu’à `gate approve ID`&#xa0;; ceux qui sont approuvés partent vers %1</translation>
    </message>
    <message>
        <source>forwarded to %1</source>
        <translation>transmis à %1</translation>
    </message>
    <message>
        <source>on the Directus server set TELEMETRY_URL=http://%1:%2 (Directus posts to /v1/metrics)</source>
        <translation>sur le serveur Directus, définissez TELEMETRY_URL=http://%1:%2 (Directus envoie ses POST à /v1/metrics)</translation>
    </message>
    <message>
        <source>review gate stopped</source>
        <translation>passerelle de relecture arrêtée</translation>
    </message>
    <message>
        <source>List the reports the review gate received, newest last.</source>
        <translation>Lister les rapports reçus par la passerelle de relecture, le plus récent en dernier.</translation>
    </message>
    <message>
        <source>The review gate has received nothing yet.
</source>
        <translation>La passerelle de relecture n’a encore rien reçu.
</translation>
    </message>
    <message>
        <source>Forward a held report with its original bytes. The Authorization header is never stored: it is taken from the project&apos;s TELEMETRY_AUTHORIZATION (PROJECT_DIR defaults to the folder the report was received for).</source>
        <translation>Transmettre un rapport retenu avec ses octets d’origine. L’en-tête Authorization n’est jamais enregistré&#xa0;: il est pris dans le TELEMETRY_AUTHORIZATION du projet (PROJECT_DIR vaut par défaut le dossier pour lequel le rapport a été reçu).</translation>
    </message>
    <message>
        <source>Discard a held report: it is never forwarded. Some licences require reports to reach Directus; discarding may breach them.</source>
        <translation>Rejeter un rapport retenu&#xa0;: il ne sera jamais transmis. Certaines licences exigent que les rapports parviennent à Directus&#xa0;; le rejeter peut les enfreindre.</translation>
    </message>
    <message>
        <source>Forward to this intake (default: where the gate that held it would send it).</source>
        <translation>Transmettre à ce point de collecte (par défaut&#xa0;: là où la passerelle qui l’a retenu l’enverrait).</translation>
    </message>
    <message>
        <source>Usage: telemetry-inspector %1 ID%2</source>
        <translation>Usage&#xa0;: telemetry-inspector %1 ID%2</translation>
    </message>
    <message>
        <source>There is no received report #%1.</source>
        <translation>Il n’y a aucun rapport reçu #%1.</translation>
    </message>
    <message>
        <source>Discarded #%1: it will not be forwarded.
</source>
        <translation>#%1 rejeté&#xa0;: il ne sera pas transmis.
</translation>
    </message>
    <message>
        <source>Received report #%1 is %2, not held.</source>
        <translation>Le rapport reçu #%1 est à l’état %2, et non retenu.</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>vérifié&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>GateStateText</name>
    <message>
        <source>true, the default</source>
        <translation>true, la valeur par défaut</translation>
    </message>
    <message>
        <source>on (TELEMETRY=%1)</source>
        <translation>activée (TELEMETRY=%1)</translation>
    </message>
    <message>
        <source>off (TELEMETRY=%1)</source>
        <translation>désactivée (TELEMETRY=%1)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>Directus sends a report every 6 hours</source>
        <translation>Directus envoie un rapport toutes les 6 heures</translation>
    </message>
    <message>
        <source>Directus sends no reports</source>
        <translation>Directus n’envoie aucun rapport</translation>
    </message>
    <message>
        <source>none verified (%1)</source>
        <translation>aucune vérifiée (%1)</translation>
    </message>
    <message>
        <source>verified (%1), from %2, expires %3</source>
        <translation>vérifiée (%1), provenant de %2, expire le %3</translation>
    </message>
</context>
<context>
    <name>GateTextFormatter</name>
    <message>
        <source>enabled by TELEMETRY</source>
        <translation>activée par TELEMETRY</translation>
    </message>
    <message>
        <source>required by licence (the built-in Core licence)</source>
        <translation>exigée par la licence (la licence Core intégrée)</translation>
    </message>
    <message>
        <source>required by licence</source>
        <translation>exigée par la licence</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>désactivation demandée</translation>
    </message>
    <message>
        <source>Requested:   %1 (TELEMETRY=%2)
</source>
        <translation>Demandé&#xa0;:        %1 (TELEMETRY=%2)
</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>Effective:   %1, %2
</source>
        <translation>Effectif&#xa0;:       %1, %2
</translation>
    </message>
    <message>
        <source>Why:         %1
</source>
        <translation>Raison&#xa0;:         %1
</translation>
    </message>
    <message>
        <source>Licence:     verified (%1), from %2, expires %3
</source>
        <translation>Licence&#xa0;:        vérifiée (%1), provenant de %2, expire le %3
</translation>
    </message>
    <message>
        <source>Licence:     none verified (%1)
</source>
        <translation>Licence&#xa0;:        aucune vérifiée (%1)
</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>There is no history entry &quot;%1&quot; in %2; `telemetry-inspector history` lists them.</source>
        <translation>Il n’y a aucune entrée d’historique «&#xa0;%1&#xa0;» dans %2&#xa0;; `telemetry-inspector history` les liste.</translation>
    </message>
    <message>
        <source>List the reports the inspector computed, sent and exported.</source>
        <translation>Lister les rapports calculés, envoyés et exportés par l’inspecteur.</translation>
    </message>
    <message>
        <source>With --diff: the newer entry.</source>
        <translation>Avec --diff&#xa0;: l’entrée la plus récente.</translation>
    </message>
    <message>
        <source>Show the field changes from entry A to entry B.</source>
        <translation>Afficher les modifications des champs de l’entrée A à l’entrée B.</translation>
    </message>
    <message>
        <source>Print the exact bytes of one entry.</source>
        <translation>Afficher les octets exacts d’une entrée.</translation>
    </message>
    <message>
        <source>Usage: telemetry-inspector history [--diff A B | --show ID]</source>
        <translation>Usage&#xa0;: telemetry-inspector history [--diff A B | --show ID]</translation>
    </message>
    <message>
        <source>#%1 (%2) → #%3 (%4):
</source>
        <translation>#%1 (%2) → #%3 (%4)&#xa0;:
</translation>
    </message>
    <message>
        <source>  no changes
</source>
        <translation>  aucune modification
</translation>
    </message>
    <message>
        <source>The history in %1 is empty.
</source>
        <translation>L’historique dans %1 est vide.
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>HEURE</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>TRIGGER</source>
        <translation>ORIGINE</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>RÉSULTAT</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>OCTETS</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>DESTINATION / ERROR</source>
        <translation>DESTINATION / ERREUR</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Report History</source>
        <translation>Historique des rapports</translation>
    </message>
    <message>
        <source>Report history</source>
        <translation>Historique des rapports</translation>
    </message>
    <message>
        <source>Select one entry to see its bytes, or two (Ctrl+click, Shift+arrows) to see what changed between them. Kept in %1.</source>
        <translation>Sélectionnez une entrée pour voir ses octets, ou deux (Ctrl+clic, Maj+flèches) pour voir ce qui a changé entre elles. Conservé dans %1.</translation>
    </message>
    <message>
        <source>The history cannot be opened, so there is nothing to show.</source>
        <translation>L’historique ne peut pas être ouvert, il n’y a donc rien à afficher.</translation>
    </message>
    <message>
        <source>History entries</source>
        <translation>Entrées de l’historique</translation>
    </message>
    <message>
        <source>Selected entry, or the changes between two entries</source>
        <translation>Entrée sélectionnée, ou modifications entre deux entrées</translation>
    </message>
    <message>
        <source>Close the history</source>
        <translation>Fermer l’historique</translation>
    </message>
    <message>
        <source>No reports recorded yet.</source>
        <translation>Aucun rapport enregistré pour l’instant.</translation>
    </message>
    <message>
        <source>Select an entry, or two to compare.</source>
        <translation>Sélectionnez une entrée, ou deux pour les comparer.</translation>
    </message>
    <message>
        <source>#%1 %2 at %3</source>
        <translation>#%1 %2 le %3</translation>
    </message>
    <message>
        <source>Destination: %1</source>
        <translation>Destination&#xa0;: %1</translation>
    </message>
    <message>
        <source>Outcome: %1%2</source>
        <translation>Résultat&#xa0;: %1%2</translation>
    </message>
    <message>
        <source>, HTTP %1</source>
        <translation>, HTTP %1</translation>
    </message>
    <message>
        <source>Answer or error: %1</source>
        <translation>Réponse ou erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 bytes, SHA-256 %2</source>
        <translation>%1 octets, SHA-256 %2</translation>
    </message>
    <message>
        <source>Select exactly two entries to compare them.</source>
        <translation>Sélectionnez exactement deux entrées pour les comparer.</translation>
    </message>
    <message>
        <source>Changes from #%1 to #%2:
</source>
        <translation>Modifications de #%1 à #%2&#xa0;:
</translation>
    </message>
    <message>
        <source>no field changed</source>
        <translation>aucun champ modifié</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Destination or file</source>
        <translation>Destination ou fichier</translation>
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
        <translation>valeur de configuration secrète</translation>
    </message>
    <message>
        <source>configuration value</source>
        <translation>valeur de configuration</translation>
    </message>
    <message>
        <source>the database (not opened)</source>
        <translation>la base de données (non ouverte)</translation>
    </message>
    <message>
        <source>collection name</source>
        <translation>nom de collection</translation>
    </message>
    <message>
        <source>field name</source>
        <translation>nom de champ</translation>
    </message>
    <message>
        <source>role name</source>
        <translation>nom de rôle</translation>
    </message>
    <message>
        <source>policy name</source>
        <translation>nom de politique</translation>
    </message>
    <message>
        <source>flow name</source>
        <translation>nom de flux</translation>
    </message>
    <message>
        <source>dashboard name</source>
        <translation>nom de tableau de bord</translation>
    </message>
    <message>
        <source>share name</source>
        <translation>nom de partage</translation>
    </message>
    <message>
        <source>folder name</source>
        <translation>nom de dossier</translation>
    </message>
    <message>
        <source>file name or title</source>
        <translation>nom ou titre de fichier</translation>
    </message>
    <message>
        <source>user email</source>
        <translation>adresse e-mail d’utilisateur</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nom d’utilisateur</translation>
    </message>
    <message>
        <source>stored AI key, AI prompt or licence token</source>
        <translation>clé d’IA, invite d’IA ou jeton de licence enregistré</translation>
    </message>
</context>
<context>
    <name>IntakeRequestParser</name>
    <message>
        <source>The request head is larger than %1 bytes.</source>
        <translation>L’en-tête de la requête dépasse %1 octets.</translation>
    </message>
    <message>
        <source>Header lines must end with CRLF.</source>
        <translation>Les lignes d’en-tête doivent se terminer par CRLF.</translation>
    </message>
    <message>
        <source>The request line is not &quot;METHOD /path HTTP/1.1&quot;.</source>
        <translation>La ligne de requête n’est pas de la forme &quot;METHOD /path HTTP/1.1&quot;.</translation>
    </message>
    <message>
        <source>Only HTTP/1.1 is supported.</source>
        <translation>Seul HTTP/1.1 est pris en charge.</translation>
    </message>
    <message>
        <source>The request target must be a path starting with &quot;/&quot;.</source>
        <translation>La cible de la requête doit être un chemin commençant par &quot;/&quot;.</translation>
    </message>
    <message>
        <source>Folded header lines are not accepted.</source>
        <translation>Les lignes d’en-tête repliées ne sont pas acceptées.</translation>
    </message>
    <message>
        <source>A header line has no &quot;name: value&quot; form.</source>
        <translation>Une ligne d’en-tête n’est pas de la forme &quot;name: value&quot;.</translation>
    </message>
    <message>
        <source>A header name contains characters HTTP does not allow.</source>
        <translation>Un nom d’en-tête contient des caractères que HTTP n’autorise pas.</translation>
    </message>
    <message>
        <source>A header value contains control characters.</source>
        <translation>Une valeur d’en-tête contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>The request has more than %1 headers.</source>
        <translation>La requête comporte plus de %1 en-têtes.</translation>
    </message>
    <message>
        <source>An HTTP/1.1 request must have a Host header.</source>
        <translation>Une requête HTTP/1.1 doit comporter un en-tête Host.</translation>
    </message>
    <message>
        <source>Transfer-Encoding (chunked) is not supported; send a Content-Length.</source>
        <translation>Transfer-Encoding (chunked) n’est pas pris en charge&#xa0;; envoyez un Content-Length.</translation>
    </message>
    <message>
        <source>The request has conflicting Content-Length headers.</source>
        <translation>La requête comporte des en-têtes Content-Length contradictoires.</translation>
    </message>
    <message>
        <source>A Content-Length header is required.</source>
        <translation>Un en-tête Content-Length est obligatoire.</translation>
    </message>
    <message>
        <source>The Content-Length is not a number.</source>
        <translation>Le Content-Length n’est pas un nombre.</translation>
    </message>
    <message>
        <source>The body is larger than %1 bytes.</source>
        <translation>Le corps dépasse %1 octets.</translation>
    </message>
</context>
<context>
    <name>JsonConfigEditor</name>
    <message>
        <source>the file cannot be edited safely (%1); set &quot;%2&quot;: %3 in it by hand</source>
        <translation>le fichier ne peut pas être modifié sans risque (%1)&#xa0;; écrivez-y &quot;%2&quot;: %3 à la main</translation>
    </message>
    <message>
        <source>it does not start with a JSON object</source>
        <translation>il ne commence pas par un objet JSON</translation>
    </message>
    <message>
        <source>expected a key at byte %1</source>
        <translation>clé attendue à l’octet %1</translation>
    </message>
    <message>
        <source>expected &quot;:&quot; at byte %1</source>
        <translation>&quot;:&quot; attendu à l’octet %1</translation>
    </message>
    <message>
        <source>unreadable value at byte %1</source>
        <translation>valeur illisible à l’octet %1</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;}&quot; at byte %1</source>
        <translation>&quot;,&quot; ou &quot;}&quot; attendu à l’octet %1</translation>
    </message>
    <message>
        <source>unexpected text after the object at byte %1</source>
        <translation>texte inattendu après l’objet à l’octet %1</translation>
    </message>
</context>
<context>
    <name>LicenseVerifier</name>
    <message>
        <source>not a JWT (expected three dot-separated parts)</source>
        <translation>pas un JWT (trois parties séparées par des points attendues)</translation>
    </message>
    <message>
        <source>not a JWT (a part is not base64url)</source>
        <translation>pas un JWT (une partie n’est pas en base64url)</translation>
    </message>
    <message>
        <source>not a JWT (header or payload is not a JSON object)</source>
        <translation>pas un JWT (l’en-tête ou la charge utile n’est pas un objet JSON)</translation>
    </message>
    <message>
        <source>signed with %1, not EdDSA</source>
        <translation>signé avec %1, et non EdDSA</translation>
    </message>
    <message>
        <source>the signature does not match Directus&apos;s licence key (%1)</source>
        <translation>la signature ne correspond pas à la clé de licence de Directus (%1)</translation>
    </message>
    <message>
        <source>issued by &quot;%1&quot;, not directus-licensing-service</source>
        <translation>émis par «&#xa0;%1&#xa0;», et non par directus-licensing-service</translation>
    </message>
    <message>
        <source>not issued for the audience &quot;directus&quot;</source>
        <translation>non émis pour l’audience «&#xa0;directus&#xa0;»</translation>
    </message>
    <message>
        <source>has no expiry (exp), which Directus requires</source>
        <translation>n’a pas d’expiration (exp), ce que Directus exige</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>a expiré le %1</translation>
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
        <translation>Ouvrez un dossier de projet Directus (Fichier ▸ Ouvrir un dossier de projet…, Ctrl+O), le projet de démonstration (Ctrl+D) ou connectez-vous à une base de données (Ctrl+Maj+O). Rien n’est envoyé&#xa0;: l’inspecteur ne fait que lire.</translation>
    </message>
    <message>
        <source>&amp;Open Project Folder…</source>
        <translation>&amp;Ouvrir un dossier de projet…</translation>
    </message>
    <message>
        <source>Open the folder a Directus server runs in (the one with .env)</source>
        <translation>Ouvrir le dossier dans lequel s’exécute un serveur Directus (celui qui contient .env)</translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation>Ouvrir le projet de &amp;démonstration</translation>
    </message>
    <message>
        <source>Open the small blog project bundled with the inspector</source>
        <translation>Ouvrir le petit projet de blog fourni avec l’inspecteur</translation>
    </message>
    <message>
        <source>&amp;Connect to Database…</source>
        <translation>Se &amp;connecter à une base de données…</translation>
    </message>
    <message>
        <source>Inspect a Directus database whose project folder is not on this machine</source>
        <translation>Inspecter une base de données Directus dont le dossier de projet n’est pas sur cette machine</translation>
    </message>
    <message>
        <source>&amp;Compute Again</source>
        <translation>Recalc&amp;uler</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Filter Fields</source>
        <translation>&amp;Filtrer les champs</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>Tout d&amp;éplier</translation>
    </message>
    <message>
        <source>C&amp;ollapse All</source>
        <translation>Tout &amp;replier</translation>
    </message>
    <message>
        <source>&amp;Send Now…</source>
        <translation>&amp;Envoyer maintenant…</translation>
    </message>
    <message>
        <source>Review the report, then send it to the project&apos;s TELEMETRY_URL</source>
        <translation>Relire le rapport, puis l’envoyer au TELEMETRY_URL du projet</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Every report computed, sent or exported; compare two</source>
        <translation>Chaque rapport calculé, envoyé ou exporté&#xa0;; comparez-en deux</translation>
    </message>
    <message>
        <source>&amp;Telemetry On/Off…</source>
        <translation>&amp;Télémétrie activée/désactivée…</translation>
    </message>
    <message>
        <source>Set TELEMETRY in the project&apos;s configuration file, after review</source>
        <translation>Définir TELEMETRY dans le fichier de configuration du projet, après relecture</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Write a compliance export of this report</source>
        <translation>Écrire un export de conformité de ce rapport</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Recent Projects</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>Saved Co&amp;nnections</source>
        <translation>Co&amp;nnexions enregistrées</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Re&amp;port</source>
        <translation>Ra&amp;pport</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>&lt;b&gt;Directus Telemetry Inspector&lt;/b&gt; %1&lt;br&gt;Shows the anonymous usage report a Directus instance would send, before it leaves the server.</source>
        <translation>&lt;b&gt;Directus Telemetry Inspector&lt;/b&gt; %1&lt;br&gt;Affiche le rapport d’utilisation anonyme qu’une instance Directus enverrait, avant qu’il ne quitte le serveur.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Aucun projet ouvert</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Filter fields by key, description or value (Ctrl+F)</source>
        <translation>Filtrer les champs par clé, description ou valeur (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter fields</source>
        <translation>Filtrer les champs</translation>
    </message>
    <message>
        <source>Report fields by category</source>
        <translation>Champs du rapport par catégorie</translation>
    </message>
    <message>
        <source>Report views</source>
        <translation>Vues du rapport</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <source>Raw &amp;JSON</source>
        <translation>&amp;JSON brut</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Progression du rapport</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel computing the report</source>
        <translation>Annuler le calcul du rapport</translation>
    </message>
    <message>
        <source>Open the folder your Directus server runs in (with .env)</source>
        <translation>Ouvrir le dossier dans lequel s’exécute votre serveur Directus (avec .env)</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projet&#xa0;: %1</translation>
    </message>
    <message>
        <source>This project cannot be read: %1
What to do: choose the folder Directus runs in — the one holding .env, package.json and node_modules/directus — or fix the file named above.</source>
        <translation>Ce projet ne peut pas être lu&#xa0;: %1
Que faire&#xa0;: choisissez le dossier dans lequel s’exécute Directus — celui qui contient .env, package.json et node_modules/directus — ou corrigez le fichier indiqué ci-dessus.</translation>
    </message>
    <message>
        <source>The demo project was not found next to the program. What to do: reinstall, or open resources/demo from the source folder with Open Project Folder…</source>
        <translation>Le projet de démonstration est introuvable à côté du programme. Que faire&#xa0;: réinstallez, ou ouvrez resources/demo depuis le dossier des sources avec Ouvrir un dossier de projet…</translation>
    </message>
    <message>
        <source>Demo project: %1</source>
        <translation>Projet de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>These connection settings cannot be used: %1
What to do: check the driver, host and database in the connection form.</source>
        <translation>Ces paramètres de connexion ne peuvent pas être utilisés&#xa0;: %1
Que faire&#xa0;: vérifiez le pilote, l’hôte et la base de données dans le formulaire de connexion.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>That saved connection no longer exists.</source>
        <translation>Cette connexion enregistrée n’existe plus.</translation>
    </message>
    <message>
        <source>No system keychain: enter the password.</source>
        <translation>Aucun trousseau système&#xa0;: saisissez le mot de passe.</translation>
    </message>
    <message>
        <source>No password is stored for this connection.</source>
        <translation>Aucun mot de passe n’est enregistré pour cette connexion.</translation>
    </message>
    <message>
        <source>The keychain did not give the password (%1).</source>
        <translation>Le trousseau n’a pas fourni le mot de passe (%1).</translation>
    </message>
    <message>
        <source>No system keychain is available, so the password was not stored; you will be asked for it next time.</source>
        <translation>Aucun trousseau système n’est disponible, le mot de passe n’a donc pas été enregistré&#xa0;; il vous sera demandé la prochaine fois.</translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain: %1</source>
        <translation>Le mot de passe n’a pas pu être enregistré dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Opening the database read-only…</source>
        <translation>Ouverture de la base de données en lecture seule…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Computing the report was cancelled; nothing was read further. Press F5 to compute it again.</source>
        <translation>Le calcul du rapport a été annulé&#xa0;; plus rien n’a été lu. Appuyez sur F5 pour le relancer.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>What to do: fix the DB_* values in the project&apos;s configuration (or the connection form) and press F5.</source>
        <translation>Que faire&#xa0;: corrigez les valeurs DB_* dans la configuration du projet (ou dans le formulaire de connexion) et appuyez sur F5.</translation>
    </message>
    <message>
        <source>What to do: check that the database is reachable and is the one Directus uses, then press F5.</source>
        <translation>Que faire&#xa0;: vérifiez que la base de données est joignable et qu’il s’agit bien de celle qu’utilise Directus, puis appuyez sur F5.</translation>
    </message>
    <message>
        <source>Report computed; nothing was sent.</source>
        <translation>Rapport calculé&#xa0;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Directus would send nothing: %1. The values shown are the tolerant reading, each affected one marked approximate.</source>
        <translation>Directus n’enverrait rien&#xa0;: %1. Les valeurs affichées sont celles de la lecture tolérante, chaque valeur concernée étant marquée comme approximative.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Takes effect at the next start</source>
        <translation>Prend effet au prochain démarrage</translation>
    </message>
    <message>
        <source>The language changes the next time the inspector starts.</source>
        <translation>La langue change au prochain démarrage de l’inspecteur.</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Review &amp;Gate…</source>
        <translation>&amp;Passerelle de relecture…</translation>
    </message>
    <message>
        <source>Receive the server&apos;s own reports, check them and forward them at once or after approval</source>
        <translation>Recevoir les rapports envoyés par le serveur lui-même, les vérifier et les transmettre immédiatement ou après approbation</translation>
    </message>
</context>
<context>
    <name>OptOutCommand</name>
    <message>
        <source>Set TELEMETRY=true in the project&apos;s configuration file (only that value changes).</source>
        <translation>Écrire TELEMETRY=true dans le fichier de configuration du projet (seule cette valeur change).</translation>
    </message>
    <message>
        <source>Set TELEMETRY=false in the project&apos;s configuration file (only that value changes). Without a licence that allows it, Directus 12.4.1 ignores the setting.</source>
        <translation>Écrire TELEMETRY=false dans le fichier de configuration du projet (seule cette valeur change). Sans licence qui l’autorise, Directus 12.4.1 ignore ce paramètre.</translation>
    </message>
    <message>
        <source>Write without asking.</source>
        <translation>Écrire sans demander confirmation.</translation>
    </message>
    <message>
        <source>When the project has no configuration file, create one holding only TELEMETRY (only in a folder Directus runs in).</source>
        <translation>Si le projet n’a pas de fichier de configuration, en créer un contenant uniquement TELEMETRY (seulement dans un dossier où s’exécute Directus).</translation>
    </message>
    <message>
        <source>Try: telemetry-inspector %1 --help</source>
        <translation>Essayez&#xa0;: telemetry-inspector %1 --help</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Append to</source>
        <translation>Ajouter à</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>%1 %2:
</source>
        <translation>%1 %2&#xa0;:
</translation>
    </message>
    <message>
        <source>  line %1
</source>
        <translation>  ligne %1
</translation>
    </message>
    <message>
        <source>Write this change? [y/N] </source>
        <translation>Écrire cette modification&#xa0;? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was changed.
</source>
        <translation>Rien n’a été modifié.
</translation>
    </message>
    <message>
        <source>Created %1.
</source>
        <translation>%1 créé.
</translation>
    </message>
    <message>
        <source>Changed %1 (the previous version is kept as %2).
</source>
        <translation>%1 modifié (la version précédente est conservée sous %2).
</translation>
    </message>
    <message>
        <source>The configuration cannot be read back: %1</source>
        <translation>La configuration ne peut pas être relue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Whether Directus will report depends on its licence, which cannot be read: %1</source>
        <translation>L’envoi de rapports par Directus dépend de sa licence, qui ne peut pas être lue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OutputWriter</name>
    <message>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ProjectConfig</name>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <source>it is not a regular file (a folder, pipe or device)</source>
        <translation>ce n’est pas un fichier ordinaire (dossier, tube ou périphérique)</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB, too large to be configuration</source>
        <translation>il dépasse %1 Mio, c’est trop volumineux pour une configuration</translation>
    </message>
    <message>
        <source>The configuration file %1 is JavaScript, which the inspector cannot run. Export the values it produces to a .env, .json or .yaml file and pass that with --config FILE.</source>
        <translation>Le fichier de configuration %1 est du JavaScript, que l’inspecteur ne peut pas exécuter. Exportez les valeurs qu’il produit dans un fichier .env, .json ou .yaml et passez-le avec --config FILE.</translation>
    </message>
    <message>
        <source>Cannot read the configuration file %1: %2. Directus would refuse to start with it; check the file and its permissions.</source>
        <translation>Impossible de lire le fichier de configuration %1&#xa0;: %2. Directus refuserait de démarrer avec&#xa0;; vérifiez le fichier et ses permissions.</translation>
    </message>
    <message>
        <source>The configuration file %1 is not valid JSON: %2. Directus would refuse to start; fix the file.</source>
        <translation>Le fichier de configuration %1 n’est pas du JSON valide&#xa0;: %2. Directus refuserait de démarrer&#xa0;; corrigez le fichier.</translation>
    </message>
    <message>
        <source>The configuration file %1 is not valid YAML: %2. Directus would refuse to start; fix the file.</source>
        <translation>Le fichier de configuration %1 n’est pas du YAML valide&#xa0;: %2. Directus refuserait de démarrer&#xa0;; corrigez le fichier.</translation>
    </message>
    <message>
        <source>The configuration file %1 must hold one object of KEY: value pairs at the top level, but holds a %2.</source>
        <translation>Le fichier de configuration %1 doit contenir au premier niveau un seul objet de paires KEY: value, mais contient un %2.</translation>
    </message>
    <message>
        <source>%1 is a file, not a Directus project folder. Pass the folder that holds the project&apos;s .env and node_modules, or the file itself with --config.</source>
        <translation>%1 est un fichier, pas un dossier de projet Directus. Passez le dossier qui contient le .env et les node_modules du projet, ou le fichier lui-même avec --config.</translation>
    </message>
    <message>
        <source>The project folder %1 does not exist. Pass the folder that holds the Directus project&apos;s .env and node_modules.</source>
        <translation>Le dossier de projet %1 n’existe pas. Passez le dossier qui contient le .env et les node_modules du projet Directus.</translation>
    </message>
    <message>
        <source>The configuration path %1 is a folder; Directus expects a file there (.env, .json or .yaml).</source>
        <translation>Le chemin de configuration %1 est un dossier&#xa0;; Directus attend un fichier à cet endroit (.env, .json ou .yaml).</translation>
    </message>
    <message>
        <source>The configuration file %1 does not exist.</source>
        <translation>Le fichier de configuration %1 n’existe pas.</translation>
    </message>
    <message>
        <source>There is no configuration file at %1: only the server environment you supplied and Directus&apos;s defaults are used.</source>
        <translation>Il n’y a aucun fichier de configuration à %1&#xa0;: seuls l’environnement du serveur que vous avez fourni et les valeurs par défaut de Directus sont utilisés.</translation>
    </message>
    <message>
        <source>server environment</source>
        <translation>environnement du serveur</translation>
    </message>
    <message>
        <source>%1 (from %2) names the file %3, which cannot be read: %4. Directus would refuse to start; make the file readable to the inspector.</source>
        <translation>%1 (provenant de %2) désigne le fichier %3, qui ne peut pas être lu&#xa0;: %4. Directus refuserait de démarrer&#xa0;; rendez le fichier lisible par l’inspecteur.</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (provenant de %2)</translation>
    </message>
    <message>
        <source>Directus default</source>
        <translation>valeur par défaut de Directus</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 has no &quot;version&quot; string (%2). Reinstall Directus, or give the version with --directus-version.</source>
        <translation>%1 ne contient pas de chaîne &quot;version&quot; (%2). Réinstallez Directus, ou indiquez la version avec --directus-version.</translation>
    </message>
    <message>
        <source>the field is missing</source>
        <translation>le champ est absent</translation>
    </message>
    <message>
        <source>--directus-version %1 was ignored: the project&apos;s installed Directus is %2 (node_modules/directus/package.json), and that is what it sends.</source>
        <translation>--directus-version %1 a été ignoré&#xa0;: le Directus installé dans le projet est en version %2 (node_modules/directus/package.json), et c’est elle qu’il envoie.</translation>
    </message>
    <message>
        <source>The version %1 was %2: %3 is missing, so the inspector cannot check it.</source>
        <translation>La version %1 était %2&#xa0;: %3 est absent, l’inspecteur ne peut donc pas la vérifier.</translation>
    </message>
    <message>
        <source>%1 is missing, so this folder does not look like a Directus install and the version Directus sends is unknown. Pass the Directus project folder, or give the version with --directus-version VERSION.</source>
        <translation>%1 est absent, ce dossier ne ressemble donc pas à une installation de Directus et la version envoyée par Directus est inconnue. Passez le dossier du projet Directus, ou indiquez la version avec --directus-version VERSION.</translation>
    </message>
    <message>
        <source>Cannot read the environment file %1 given with --env-file: %2.</source>
        <translation>Impossible de lire le fichier d’environnement %1 indiqué avec --env-file&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>ProjectOptions</name>
    <message>
        <source>The Directus project folder (holding .env, package.json and node_modules). Default: the current folder.</source>
        <translation>Le dossier du projet Directus (contenant .env, package.json et node_modules). Par défaut&#xa0;: le dossier courant.</translation>
    </message>
    <message>
        <source>Read this configuration file instead of the project&apos;s .env (like CONFIG_PATH).</source>
        <translation>Lire ce fichier de configuration au lieu du .env du projet (comme CONFIG_PATH).</translation>
    </message>
    <message>
        <source>A variable the server has in its process environment (Docker, systemd, …). Repeatable.</source>
        <translation>Une variable présente dans l’environnement du processus serveur (Docker, systemd, …). Répétable.</translation>
    </message>
    <message>
        <source>Variables the server has in its process environment, as a dotenv file.</source>
        <translation>Variables présentes dans l’environnement du processus serveur, sous forme de fichier dotenv.</translation>
    </message>
    <message>
        <source>Treat this shell&apos;s environment as the server&apos;s (only when the server runs with it).</source>
        <translation>Traiter l’environnement de ce shell comme celui du serveur (uniquement si le serveur s’exécute avec).</translation>
    </message>
    <message>
        <source>Take the server&apos;s environment from this Docker Compose file (environment: and env_file: of the Directus service). --env-file and --env override it.</source>
        <translation>Prendre l’environnement du serveur dans ce fichier Docker Compose (environment: et env_file: du service Directus). --env-file et --env l’emportent sur lui.</translation>
    </message>
    <message>
        <source>The compose service to read (default: the one whose image is Directus).</source>
        <translation>Le service compose à lire (par défaut&#xa0;: celui dont l’image est Directus).</translation>
    </message>
    <message>
        <source>Ask for the database password (not echoed) instead of using DB_PASSWORD.</source>
        <translation>Demander le mot de passe de la base de données (sans écho) au lieu d’utiliser DB_PASSWORD.</translation>
    </message>
    <message>
        <source>Give up connecting to a database server after SECONDS (default 10).</source>
        <translation>Abandonner la connexion à un serveur de base de données après SECONDS secondes (10 par défaut).</translation>
    </message>
    <message>
        <source>Give up on a database query after SECONDS (default 120).</source>
        <translation>Abandonner une requête de base de données après SECONDS secondes (120 par défaut).</translation>
    </message>
    <message>
        <source>The Directus version, when node_modules/directus/package.json is not in the project.</source>
        <translation>La version de Directus, lorsque node_modules/directus/package.json n’est pas dans le projet.</translation>
    </message>
    <message>
        <source>--service needs --compose FILE.</source>
        <translation>--service nécessite --compose FILE.</translation>
    </message>
    <message>
        <source>Expected one project folder, got %1: %2</source>
        <translation>Un seul dossier de projet attendu, %1 reçus&#xa0;: %2</translation>
    </message>
    <message>
        <source>No Directus project in the current folder (%1 has no .env and no node_modules/directus). Pass the project folder, e.g.
  telemetry-inspector report /srv/directus
or a configuration file with --config FILE.</source>
        <translation>Aucun projet Directus dans le dossier courant (%1 n’a ni .env ni node_modules/directus). Passez le dossier du projet, par exemple
  telemetry-inspector report /srv/directus
ou un fichier de configuration avec --config FILE.</translation>
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
        <translation>--env attend KEY=VALUE, reçu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--env</source>
        <translation>--env</translation>
    </message>
    <message>
        <source>taken from the image tag of compose service %1 (%2)</source>
        <translation>tirée de l’étiquette d’image du service compose %1 (%2)</translation>
    </message>
    <message>
        <source>Database password: </source>
        <translation>Mot de passe de la base de données&#xa0;: </translation>
    </message>
    <message>
        <source>--ask-password: no password was entered.</source>
        <translation>--ask-password&#xa0;: aucun mot de passe n’a été saisi.</translation>
    </message>
    <message>
        <source>typed at --ask-password</source>
        <translation>saisi via --ask-password</translation>
    </message>
    <message>
        <source>The server&apos;s environment, from %1 (service %2):</source>
        <translation>L’environnement du serveur, d’après %1 (service %2)&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2 (the config file wins over %3)</source>
        <translation>%1&#xa0;: %2 (le fichier de configuration l’emporte sur %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 (overrides %3)</source>
        <translation>%1&#xa0;: %2 (remplace %3)</translation>
    </message>
</context>
<context>
    <name>RawJsonView</name>
    <message>
        <source>&amp;Indent for reading</source>
        <translation>&amp;Indenter pour la lecture</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Raw JSON that would be sent</source>
        <translation>JSON brut qui serait envoyé</translation>
    </message>
    <message>
        <source>Indent the JSON for reading</source>
        <translation>Indenter le JSON pour la lecture</translation>
    </message>
    <message>
        <source>Shows the same report indented. The bytes that are sent are the compact ones.</source>
        <translation>Affiche le même rapport indenté. Les octets envoyés sont ceux de la forme compacte.</translation>
    </message>
    <message>
        <source>Copy the JSON to the clipboard</source>
        <translation>Copier le JSON dans le presse-papiers</translation>
    </message>
    <message>
        <source>Size of the report that would be sent</source>
        <translation>Taille du rapport qui serait envoyé</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>Aucun rapport pour l’instant</translation>
    </message>
    <message>
        <source>%1 bytes would be sent</source>
        <translation>%1 octets seraient envoyés</translation>
    </message>
</context>
<context>
    <name>ReadOnlyConnection</name>
    <message>
        <source>The server at %1 has no database &quot;%2&quot; that user &quot;%3&quot; may use: it does not exist, or DB_USER has no rights on it. Check DB_DATABASE (or the database in DB_CONNECTION_STRING).</source>
        <translation>Le serveur %1 n’a aucune base de données «&#xa0;%2&#xa0;» que l’utilisateur «&#xa0;%3&#xa0;» peut utiliser&#xa0;: elle n’existe pas, ou DB_USER n’a aucun droit dessus. Vérifiez DB_DATABASE (ou la base de données indiquée dans DB_CONNECTION_STRING).</translation>
    </message>
    <message>
        <source>The server at %1 refused user &quot;%2&quot;: wrong password or user (check DB_USER and DB_PASSWORD, or use --ask-password).</source>
        <translation>Le serveur %1 a refusé l’utilisateur «&#xa0;%2&#xa0;»&#xa0;: mot de passe ou utilisateur erroné (vérifiez DB_USER et DB_PASSWORD, ou utilisez --ask-password).</translation>
    </message>
    <message>
        <source>The server at %1 has no database &quot;%2&quot;. Check DB_DATABASE (or the database in DB_CONNECTION_STRING).</source>
        <translation>Le serveur %1 n’a aucune base de données «&#xa0;%2&#xa0;». Vérifiez DB_DATABASE (ou la base de données indiquée dans DB_CONNECTION_STRING).</translation>
    </message>
    <message>
        <source>TLS to %1 failed. If the server requires TLS set DB_SSL=true; if it offers none, remove DB_SSL; for a private CA set DB_SSL__CA_FILE; DB_SSL__REJECT_UNAUTHORIZED=false skips certificate checks.</source>
        <translation>Échec de TLS vers %1. Si le serveur exige TLS, définissez DB_SSL=true&#xa0;; s’il n’en propose pas, supprimez DB_SSL&#xa0;; pour une autorité de certification privée, définissez DB_SSL__CA_FILE&#xa0;; DB_SSL__REJECT_UNAUTHORIZED=false désactive la vérification des certificats.</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 seconds. Is the host reachable from here (firewall, Docker network)? Values that only resolve inside Compose can be overridden with --env DB_HOST=... --env DB_PORT=....</source>
        <translation>Aucune réponse de %1 en %2 secondes. L’hôte est-il joignable depuis cette machine (pare-feu, réseau Docker)&#xa0;? Les valeurs qui ne se résolvent qu’à l’intérieur de Compose peuvent être remplacées avec --env DB_HOST=... --env DB_PORT=....</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; does not resolve from here. If it is a Docker Compose service name, pass --env DB_HOST=&lt;address reachable from this machine&gt;.</source>
        <translation>Le nom d’hôte «&#xa0;%1&#xa0;» ne se résout pas depuis cette machine. S’il s’agit d’un nom de service Docker Compose, passez --env DB_HOST=&lt;adresse joignable depuis cette machine&gt;.</translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1. Is the database server running, and are DB_HOST and DB_PORT right for this machine? (Inside Docker Compose the server may only be reachable as a service name; pass --env DB_HOST=... --env DB_PORT=....)</source>
        <translation>Rien n’accepte de connexions sur %1. Le serveur de base de données est-il en marche, et DB_HOST et DB_PORT sont-ils corrects pour cette machine&#xa0;? (Dans Docker Compose, le serveur peut n’être joignable que par un nom de service&#xa0;; passez --env DB_HOST=... --env DB_PORT=....)</translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>Impossible de se connecter à %1.</translation>
    </message>
    <message>
        <source>%1 Server said: %2</source>
        <translation>%1 Réponse du serveur&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reading %1 databases is not supported by this version of the inspector.</source>
        <translation>La lecture des bases de données %1 n’est pas prise en charge par cette version de l’inspecteur.</translation>
    </message>
    <message>
        <source>The SQLite database %1 (DB_FILENAME) does not exist. Check DB_FILENAME in the project&apos;s configuration; relative paths are resolved against the project folder.</source>
        <translation>La base de données SQLite %1 (DB_FILENAME) n’existe pas. Vérifiez DB_FILENAME dans la configuration du projet&#xa0;; les chemins relatifs sont résolus par rapport au dossier du projet.</translation>
    </message>
    <message>
        <source>The SQLite database %1 (DB_FILENAME) is not a readable file. Check its permissions.</source>
        <translation>La base de données SQLite %1 (DB_FILENAME) n’est pas un fichier lisible. Vérifiez ses permissions.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed; install the package libqt6sql6-sqlite.</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) n’est pas installé&#xa0;; installez le paquet libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>Could not open the SQLite database %1: %2</source>
        <translation>Impossible d’ouvrir la base de données SQLite %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable SQLite database (%2). Is DB_FILENAME pointing at the right file, and is the file intact?</source>
        <translation>%1 n’est pas une base de données SQLite lisible (%2). DB_FILENAME désigne-t-il le bon fichier, et le fichier est-il intact&#xa0;?</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; install the package libqt6sql6-psql.</source>
        <translation>Le pilote PostgreSQL de Qt (QPSQL) n’est pas installé&#xa0;; installez le paquet libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>Could not set DB_SEARCH_PATH on %1: %2</source>
        <translation>Impossible de définir DB_SEARCH_PATH sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 did not accept a read-only session (%2); the inspector will not read it through a writable connection.</source>
        <translation>%1 n’a pas accepté de session en lecture seule (%2)&#xa0;; l’inspecteur ne la lira pas par une connexion en écriture.</translation>
    </message>
    <message>
        <source>Qt&apos;s MySQL/MariaDB driver (QMYSQL) is not installed; install the package libqt6sql6-mysql.</source>
        <translation>Le pilote MySQL/MariaDB de Qt (QMYSQL) n’est pas installé&#xa0;; installez le paquet libqt6sql6-mysql.</translation>
    </message>
    <message>
        <source>TLS was asked for (DB_SSL), but the server offers no TLS, so the session is not encrypted</source>
        <translation>TLS a été demandé (DB_SSL), mais le serveur ne propose pas TLS, la session n’est donc pas chiffrée</translation>
    </message>
</context>
<context>
    <name>ReceivedReportsDialog</name>
    <message>
        <source>Review Gate — %1</source>
        <translation>Passerelle de relecture — %1</translation>
    </message>
    <message>
        <source>Review gate: reports received from the Directus server</source>
        <translation>Passerelle de relecture&#xa0;: rapports reçus du serveur Directus</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Adresse d’écoute</translation>
    </message>
    <message>
        <source>A loopback address: 127.0.0.1 or ::1</source>
        <translation>Une adresse de bouclage&#xa0;: 127.0.0.1 ou ::1</translation>
    </message>
    <message>
        <source>Listen port</source>
        <translation>Port d’écoute</translation>
    </message>
    <message>
        <source>any free</source>
        <translation>tout port libre</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Hold for review</source>
        <translation>Retenir pour relecture</translation>
    </message>
    <message>
        <source>Pass-through</source>
        <translation>Transmission directe</translation>
    </message>
    <message>
        <source>Forward to</source>
        <translation>Transmettre à</translation>
    </message>
    <message>
        <source>the real intake, e.g. https://telemetry.directus.io</source>
        <translation>le véritable point de collecte, par ex. https://telemetry.directus.io</translation>
    </message>
    <message>
        <source>the project&apos;s TELEMETRY_URL (%1)</source>
        <translation>le TELEMETRY_URL du projet (%1)</translation>
    </message>
    <message>
        <source>The real intake approved reports go to. Leave empty for the project&apos;s TELEMETRY_URL (owner registrations: COMPLIANCE_URL).</source>
        <translation>Le véritable point de collecte auquel les rapports approuvés sont envoyés. Laissez vide pour utiliser le TELEMETRY_URL du projet (enregistrements du propriétaire&#xa0;: COMPLIANCE_URL).</translation>
    </message>
    <message>
        <source>&amp;Start Listening</source>
        <translation>&amp;Lancer l’écoute</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Forward to:</source>
        <translation>&amp;Transmettre à&#xa0;:</translation>
    </message>
    <message>
        <source>Gate status</source>
        <translation>État de la passerelle</translation>
    </message>
    <message>
        <source>How to point the server at the gate</source>
        <translation>Comment diriger le serveur vers la passerelle</translation>
    </message>
    <message>
        <source>Gate error</source>
        <translation>Erreur de la passerelle</translation>
    </message>
    <message>
        <source>Received reports</source>
        <translation>Rapports reçus</translation>
    </message>
    <message>
        <source>Selected report</source>
        <translation>Rapport sélectionné</translation>
    </message>
    <message>
        <source>Exact bytes received</source>
        <translation>Octets exacts reçus</translation>
    </message>
    <message>
        <source>Redaction findings</source>
        <translation>Résultats de la vérification de caviardage</translation>
    </message>
    <message>
        <source>Field diff against the computed report</source>
        <translation>Diff des champs avec le rapport calculé</translation>
    </message>
    <message>
        <source>Details of the selected report</source>
        <translation>Détails du rapport sélectionné</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>Ré&amp;sumé</translation>
    </message>
    <message>
        <source>Received &amp;Bytes</source>
        <translation>&amp;Octets reçus</translation>
    </message>
    <message>
        <source>&amp;Redaction</source>
        <translation>&amp;Caviardage</translation>
    </message>
    <message>
        <source>&amp;Diff</source>
        <translation>&amp;Diff</translation>
    </message>
    <message>
        <source>&amp;Approve (Forward)…</source>
        <translation>Appro&amp;uver (transmettre)…</translation>
    </message>
    <message>
        <source>D&amp;iscard…</source>
        <translation>R&amp;ejeter…</translation>
    </message>
    <message>
        <source>Close the review gate (it keeps listening)</source>
        <translation>Fermer la passerelle de relecture (elle reste à l’écoute)</translation>
    </message>
    <message>
        <source>The history cannot be opened, so received reports could not be recorded; the gate does not start.</source>
        <translation>L’historique ne peut pas être ouvert, les rapports reçus ne pourraient donc pas être enregistrés&#xa0;; la passerelle ne démarre pas.</translation>
    </message>
    <message>
        <source>“%1” is not a numeric address: use 127.0.0.1 or ::1.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse numérique&#xa0;: utilisez 127.0.0.1 ou ::1.</translation>
    </message>
    <message>
        <source>%1 is not a loopback address: the gate would accept reports (and Authorization headers) from the network. The window listens on 127.0.0.1 or ::1 only; for another address use `telemetry-inspector gate --allow-non-loopback` on the command line.</source>
        <translation>%1 n’est pas une adresse de bouclage&#xa0;: la passerelle accepterait des rapports (et des en-têtes Authorization) provenant du réseau. La fenêtre n’écoute que sur 127.0.0.1 ou ::1&#xa0;; pour une autre adresse, utilisez `telemetry-inspector gate --allow-non-loopback` en ligne de commande.</translation>
    </message>
    <message>
        <source>“%1” is not an http(s) URL to forward to.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une URL http(s) vers laquelle transmettre.</translation>
    </message>
    <message>
        <source>What to do: choose another port (another program, or a `gate` command, may be listening on it), or 0 for any free port.</source>
        <translation>Que faire&#xa0;: choisissez un autre port (un autre programme, ou une commande `gate`, est peut-être à l’écoute sur celui-ci), ou 0 pour n’importe quel port libre.</translation>
    </message>
    <message>
        <source>The forward destination %1 is this gate itself (TELEMETRY_URL in the project points here). Enter the real intake under Forward to, e.g. https://telemetry.directus.io.</source>
        <translation>La destination de transmission %1 est cette passerelle elle-même (TELEMETRY_URL dans le projet pointe ici). Indiquez le véritable point de collecte dans «&#xa0;Transmettre à&#xa0;», par ex. https://telemetry.directus.io.</translation>
    </message>
    <message>
        <source>hold for review</source>
        <translation>rétention pour relecture</translation>
    </message>
    <message>
        <source>pass-through</source>
        <translation>transmission directe</translation>
    </message>
    <message numerus="yes">
        <source>%n held</source>
        <translation>
            <numerusform>%n retenu</numerusform>
            <numerusform>%n retenus</numerusform>
        </translation>
    </message>
    <message>
        <source>Listening on %1, %2, %3</source>
        <translation>À l’écoute sur %1, %2, %3</translation>
    </message>
    <message>
        <source>On the Directus server set TELEMETRY_URL=%1 (and COMPLIANCE_URL=%1 for owner registrations), then restart it. Approved reports go to %2.</source>
        <translation>Sur le serveur Directus, définissez TELEMETRY_URL=%1 (et COMPLIANCE_URL=%1 pour les enregistrements du propriétaire), puis redémarrez-le. Les rapports approuvés partent vers %2.</translation>
    </message>
    <message>
        <source>nowhere yet (set Forward to)</source>
        <translation>nulle part pour l’instant (renseignez «&#xa0;Transmettre à&#xa0;»)</translation>
    </message>
    <message>
        <source>Not listening, %1</source>
        <translation>Pas à l’écoute, %1</translation>
    </message>
    <message>
        <source>Start listening, then set TELEMETRY_URL=http://%1:PORT on the Directus server so it posts its reports here. Reports received by a `telemetry-inspector gate` command appear here too.</source>
        <translation>Lancez l’écoute, puis définissez TELEMETRY_URL=http://%1:PORT sur le serveur Directus pour qu’il envoie ses rapports ici. Les rapports reçus par une commande `telemetry-inspector gate` apparaissent également ici.</translation>
    </message>
    <message>
        <source>&amp;Stop Listening</source>
        <translation>A&amp;rrêter l’écoute</translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation>Arrêter l’écoute</translation>
    </message>
    <message>
        <source>Start listening</source>
        <translation>Lancer l’écoute</translation>
    </message>
    <message>
        <source>Nothing received yet.</source>
        <translation>Rien n’a encore été reçu.</translation>
    </message>
    <message>
        <source>Select a received report.</source>
        <translation>Sélectionnez un rapport reçu.</translation>
    </message>
    <message>
        <source>#%1 %2, received %3 from %4</source>
        <translation>#%1 %2, reçu le %3 en provenance de %4</translation>
    </message>
    <message>
        <source>Personal data: an owner registration carries the owner&apos;s name and email; the email addresses are masked in what is stored and shown.</source>
        <translation>Données personnelles&#xa0;: un enregistrement du propriétaire contient le nom et l’adresse e-mail du propriétaire&#xa0;; les adresses e-mail sont masquées dans ce qui est stocké et affiché.</translation>
    </message>
    <message>
        <source>%1 bytes, SHA-256 %2</source>
        <translation>%1 octets, SHA-256 %2</translation>
    </message>
    <message>
        <source>Content-Type: %1</source>
        <translation>Content-Type&#xa0;: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Authorization: sent by the server (the value is never stored)</source>
        <translation>Authorization&#xa0;: envoyé par le serveur (la valeur n’est jamais enregistrée)</translation>
    </message>
    <message>
        <source>Authorization: none</source>
        <translation>Authorization&#xa0;: aucun</translation>
    </message>
    <message>
        <source>Redaction: %1</source>
        <translation>Caviardage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Diff against the computed report: %1</source>
        <translation>Diff avec le rapport calculé&#xa0;: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Approve forwards it to: %1</source>
        <translation>L’approbation le transmet à&#xa0;: %1</translation>
    </message>
    <message>
        <source>Forwarded to: %1</source>
        <translation>Transmis à&#xa0;: %1</translation>
    </message>
    <message>
        <source>Forward outcome: %1</source>
        <translation>Résultat de la transmission&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>No redaction check ran.</source>
        <translation>Aucune vérification de caviardage n’a été effectuée.</translation>
    </message>
    <message>
        <source>An owner registration is not a report: there is nothing to compare it with.</source>
        <translation>Un enregistrement du propriétaire n’est pas un rapport&#xa0;: il n’y a rien à quoi le comparer.</translation>
    </message>
    <message>
        <source>Against the report computed from the database when it arrived%1: %2</source>
        <translation>Comparé au rapport calculé à partir de la base de données à son arrivée%1&#xa0;: %2</translation>
    </message>
    <message>
        <source> (history entry #%1)</source>
        <translation> (entrée d’historique #%1)</translation>
    </message>
    <message>
        <source>api_requests* differ by design (only the server counts requests); lines marked ! are unexpected.</source>
        <translation>Les api_requests* diffèrent par nature (seul le serveur compte les requêtes)&#xa0;; les lignes marquées ! sont inattendues.</translation>
    </message>
    <message>
        <source>Forward #%1 (%2, %3 bytes, SHA-256 %4…) to
%5

The exact bytes received are sent, with the Authorization header the server sent (or the project&apos;s TELEMETRY_AUTHORIZATION).</source>
        <translation>Transmettre #%1 (%2, %3 octets, SHA-256 %4…) à
%5

Les octets exacts reçus sont envoyés, avec l’en-tête Authorization envoyé par le serveur (ou le TELEMETRY_AUTHORIZATION du projet).</translation>
    </message>
    <message>
        <source>(nowhere known: set Forward to)</source>
        <translation>(destination inconnue&#xa0;: renseignez «&#xa0;Transmettre à&#xa0;»)</translation>
    </message>
    <message>
        <source>Careful: the checks flagged this report (redaction %1, diff %2).</source>
        <translation>Attention&#xa0;: les vérifications ont signalé ce rapport (caviardage %1, diff %2).</translation>
    </message>
    <message>
        <source>Approve and Forward</source>
        <translation>Approuver et transmettre</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Transmettre</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Discard #%1? It will never be forwarded. Some licences require reports to reach Directus; discarding may breach them.</source>
        <translation>Rejeter #%1&#xa0;? Il ne sera jamais transmis. Certaines licences exigent que les rapports parviennent à Directus&#xa0;; le rejeter peut les enfreindre.</translation>
    </message>
</context>
<context>
    <name>ReceivedReportsModel</name>
    <message>
        <source>owner registration (personal data)</source>
        <translation>enregistrement du propriétaire (données personnelles)</translation>
    </message>
    <message>
        <source>report</source>
        <translation>rapport</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>UNEXPECTED changes</source>
        <translation>modifications INATTENDUES</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>non comparé</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>identique</translation>
    </message>
    <message>
        <source>only api_requests* (expected)</source>
        <translation>uniquement api_requests* (attendu)</translation>
    </message>
    <message>
        <source>held</source>
        <translation>retenu</translation>
    </message>
    <message>
        <source>forwarding…</source>
        <translation>transmission en cours…</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>transmis</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>not forwarded</source>
        <translation>non transmis</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Redaction</source>
        <translation>Caviardage</translation>
    </message>
    <message>
        <source>Diff against computed</source>
        <translation>Diff avec le rapport calculé</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Forward outcome</source>
        <translation>Résultat de la transmission</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification en cours…</translation>
    </message>
</context>
<context>
    <name>RedactionChecker</name>
    <message>
        <source>case-insensitive, in decoded JSON strings; values shorter than %1 characters, only digits, or true/false/null are not searched</source>
        <translation>sans distinction de casse, dans les chaînes JSON décodées&#xa0;; les valeurs de moins de %1 caractères, composées uniquement de chiffres ou valant true/false/null ne sont pas recherchées</translation>
    </message>
    <message>
        <source>nothing to compare with: %1</source>
        <translation>rien à comparer&#xa0;: %1</translation>
    </message>
    <message>
        <source>no values were read</source>
        <translation>aucune valeur n’a été lue</translation>
    </message>
    <message>
        <source>a %1 (%2) appears in %3</source>
        <translation>trouvé&#xa0;: %1 (%2) dans %3</translation>
    </message>
    <message>
        <source>checked %1; %2 found (%3)</source>
        <translation>vérifié&#xa0;: %1&#xa0;; %2 trouvé(s) (%3)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>. Not readable, so not checked: %1</source>
        <translation>. Illisible, donc non vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only documented keys, each of its documented type</source>
        <translation>Uniquement des clés documentées, chacune du type documenté</translation>
    </message>
    <message>
        <source>the payload is not a JSON object</source>
        <translation>la charge utile n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>the payload is not valid JSON: %1</source>
        <translation>la charge utile n’est pas du JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown key %1 (%2)</source>
        <translation>clé inconnue %1 (%2)</translation>
    </message>
    <message>
        <source>%1 should be %2 but is %3 %4</source>
        <translation>%1 devrait être %2 mais est %3 %4</translation>
    </message>
    <message>
        <source>documented key %1 is missing</source>
        <translation>la clé documentée %1 est absente</translation>
    </message>
    <message>
        <source>checked %1 keys against the %2 documented keys and their types; %3 finding(s)</source>
        <translation>%1 clés vérifiées par rapport aux %2 clés documentées et à leurs types&#xa0;; %3 constat(s)</translation>
    </message>
    <message>
        <source>No names from the database</source>
        <translation>Aucun nom provenant de la base de données</translation>
    </message>
    <message>
        <source>No user emails or names</source>
        <translation>Aucune adresse e-mail ni aucun nom d’utilisateur</translation>
    </message>
    <message>
        <source>No secrets, keys, tokens or prompts</source>
        <translation>Aucun secret, aucune clé, aucun jeton ni aucune invite</translation>
    </message>
    <message>
        <source>%1 (%2) in %3</source>
        <translation>%1 (%2) dans %3</translation>
    </message>
    <message>
        <source>an API-key-shaped string</source>
        <translation>une chaîne ayant la forme d’une clé d’API</translation>
    </message>
    <message>
        <source>a JWT-shaped string</source>
        <translation>une chaîne ayant la forme d’un JWT</translation>
    </message>
    <message>
        <source>a long high-entropy token</source>
        <translation>un long jeton à forte entropie</translation>
    </message>
    <message>
        <source>; credential shapes searched: sk-…, JWT, tokens of 24+ characters with ≥ 3.5 bits of entropy per character (UUIDs excepted): %1 found</source>
        <translation>&#xa0;; formes d’identifiants recherchées&#xa0;: sk-…, JWT, jetons de 24 caractères ou plus avec ≥ 3,5 bits d’entropie par caractère (UUID exceptés)&#xa0;: %1 trouvé(s)</translation>
    </message>
    <message>
        <source>No URL but PUBLIC_URL</source>
        <translation>Aucune URL autre que PUBLIC_URL</translation>
    </message>
    <message>
        <source>a URL with host %1 in %2</source>
        <translation>une URL d’hôte %1 dans %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>found %1 URL(s); allowed host: %2 (from PUBLIC_URL)</source>
        <translation>%1 URL trouvée(s)&#xa0;; hôte autorisé&#xa0;: %2 (d’après PUBLIC_URL)</translation>
    </message>
    <message>
        <source>none, PUBLIC_URL has no host</source>
        <translation>aucun, PUBLIC_URL n’a pas d’hôte</translation>
    </message>
    <message>
        <source>No other configuration values</source>
        <translation>Aucune autre valeur de configuration</translation>
    </message>
</context>
<context>
    <name>RedactionMask</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedactionModel</name>
    <message>
        <source>Pass</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>Vérification impossible</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
</context>
<context>
    <name>RedactionPanel</name>
    <message>
        <source>&lt;b&gt;Redaction check&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vérification de caviardage&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Proves, against this instance&apos;s own names, people and secrets, that the report carries none of them.</source>
        <translation>Prouve, à partir des noms, des personnes et des secrets de cette instance, que le rapport n’en contient aucun.</translation>
    </message>
    <message>
        <source>Redaction check result</source>
        <translation>Résultat de la vérification de caviardage</translation>
    </message>
    <message>
        <source>Redaction checks</source>
        <translation>Vérifications de caviardage</translation>
    </message>
    <message>
        <source>Evidence for the selected check</source>
        <translation>Preuves pour la vérification sélectionnée</translation>
    </message>
    <message>
        <source>Select a check to see its evidence.</source>
        <translation>Sélectionnez une vérification pour voir ses preuves.</translation>
    </message>
    <message>
        <source>%1 of %2 checks found something that should not leave the server.</source>
        <translation>%1 vérification(s) sur %2 ont trouvé quelque chose qui ne devrait pas quitter le serveur.</translation>
    </message>
    <message>
        <source>No leak found, but %1 of %2 checks could not run.</source>
        <translation>Aucune fuite trouvée, mais %1 vérification(s) sur %2 n’ont pas pu s’exécuter.</translation>
    </message>
    <message>
        <source>All %1 checks pass: the report carries none of this instance&apos;s names, people, secrets or settings.</source>
        <translation>Les %1 vérifications sont toutes réussies&#xa0;: le rapport ne contient aucun nom, aucune personne, aucun secret ni aucun paramètre de cette instance.</translation>
    </message>
    <message>
        <source>The checks run when a report has been computed.</source>
        <translation>Les vérifications s’exécutent une fois qu’un rapport a été calculé.</translation>
    </message>
</context>
<context>
    <name>RedactionTextFormatter</name>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>N/A </source>
        <translation>N/D </translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Compute the anonymous usage report this Directus project would send, without sending it.</source>
        <translation>Calculer le rapport d’utilisation anonyme que ce projet Directus enverrait, sans l’envoyer.</translation>
    </message>
    <message>
        <source>json (the bytes Directus sends; default) or table.</source>
        <translation>json (les octets envoyés par Directus&#xa0;; par défaut) ou table.</translation>
    </message>
    <message>
        <source>Indent the JSON for reading (not the bytes that are sent).</source>
        <translation>Indenter le JSON pour la lecture (ce ne sont pas les octets envoyés).</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Écrire dans FILE au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>Show progress on standard error, with the database&apos;s own row estimates (marked as such) while the exact counts run.</source>
        <translation>Afficher la progression sur la sortie d’erreur standard, avec les estimations de lignes propres à la base de données (signalées comme telles) pendant le calcul des comptages exacts.</translation>
    </message>
    <message>
        <source>--format must be json or table, not &quot;%1&quot;.</source>
        <translation>--format doit valoir json ou table, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>collections: %1; items ≈ %2 (estimate from the database&apos;s statistics for %3 of %1 tables; the exact count is running)</source>
        <translation>collections&#xa0;: %1&#xa0;; éléments ≈ %2 (estimation d’après les statistiques de la base de données pour %3 tables sur %1&#xa0;; le comptage exact est en cours)</translation>
    </message>
    <message>
        <source>Directus would send nothing: %1. The output above is the tolerant reading, with the affected values marked approximate.</source>
        <translation>Directus n’enverrait rien&#xa0;: %1. La sortie ci-dessus est la lecture tolérante, les valeurs concernées étant marquées comme approximatives.</translation>
    </message>
</context>
<context>
    <name>ReportDiff</name>
    <message>
        <source>the older report is not a JSON object (%1)</source>
        <translation>l’ancien rapport n’est pas un objet JSON (%1)</translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation>mauvais type</translation>
    </message>
    <message>
        <source>the newer report is not a JSON object (%1)</source>
        <translation>le nouveau rapport n’est pas un objet JSON (%1)</translation>
    </message>
    <message>
        <source>+ %1 %2 (added)</source>
        <translation>+ %1 %2 (ajouté)</translation>
    </message>
    <message>
        <source>- %1 %2 (removed)</source>
        <translation>- %1 %2 (supprimé)</translation>
    </message>
</context>
<context>
    <name>ReportEngine</name>
    <message>
        <source>Checking the database</source>
        <translation>Vérification de la base de données</translation>
    </message>
    <message>
        <source>%1 is not a Directus database: it has no %2 table(s). Check DB_FILENAME / DB_DATABASE in the project&apos;s configuration.</source>
        <translation>%1 n’est pas une base de données Directus&#xa0;: il lui manque la ou les tables %2. Vérifiez DB_FILENAME / DB_DATABASE dans la configuration du projet.</translation>
    </message>
    <message>
        <source>table %1 is missing</source>
        <translation>la table %1 est absente</translation>
    </message>
    <message>
        <source>Listing the collections</source>
        <translation>Énumération des collections</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 collections counted)</source>
        <translation>%1 (%2 collections comptées sur %3)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 collections counted</source>
        <translation>%1&#xa0;: %2 collections comptées sur %3</translation>
    </message>
    <message>
        <source>Checking the report for leaks</source>
        <translation>Recherche de fuites dans le rapport</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The database user (DB_USER) needs SELECT on every table Directus reads for the report.</source>
        <translation>L’utilisateur de la base de données (DB_USER) a besoin du droit SELECT sur chaque table que Directus lit pour le rapport.</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>La lecture de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>From the statistics of %1 of %2 collections; the exact count replaces it when counting is done.</source>
        <translation>D’après les statistiques de %1 collections sur %2 ; le décompte exact la remplace une fois le comptage terminé.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost at the step &quot;%2&quot;: %3. No report was made (a partial report is never shown). Check that the server is running and try again.</source>
        <translation>La connexion à %1 a été perdue pendant l’étape «&#xa0;%2&#xa0;»&#xa0;: %3. Aucun rapport n’a été produit (un rapport partiel n’est jamais affiché). Vérifiez que le serveur est en marche et réessayez.</translation>
    </message>
    <message>
        <source>Reading %1 failed at the step &quot;%2&quot;: %3. No report was made.</source>
        <translation>La lecture de %1 a échoué pendant l’étape «&#xa0;%2&#xa0;»&#xa0;: %3. Aucun rapport n’a été produit.</translation>
    </message>
</context>
<context>
    <name>ReportGate</name>
    <message>
        <source>not checked: an owner registration carries the owner&apos;s name and email by design</source>
        <translation>non vérifié&#xa0;: un enregistrement du propriétaire contient par nature le nom et l’adresse e-mail du propriétaire</translation>
    </message>
    <message>
        <source>nowhere to forward it: COMPLIANCE_URL is not set and no --forward-to was given</source>
        <translation>nulle part où le transmettre&#xa0;: COMPLIANCE_URL n’est pas défini et aucun --forward-to n’a été indiqué</translation>
    </message>
    <message>
        <source>The review gate cannot record the report: %1</source>
        <translation>La passerelle de relecture ne peut pas enregistrer le rapport&#xa0;: %1</translation>
    </message>
    <message>
        <source>Held for review as #%1.</source>
        <translation>Retenu pour relecture sous le #%1.</translation>
    </message>
    <message>
        <source>Received as #%1; forwarding.</source>
        <translation>Reçu sous le #%1&#xa0;; transmission en cours.</translation>
    </message>
    <message>
        <source>could not check: %1</source>
        <translation>vérification impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>! could not compute the report to compare with: %1</source>
        <translation>! impossible de calculer le rapport servant de comparaison&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no received report #%1.</source>
        <translation>Il n’y a aucun rapport reçu #%1.</translation>
    </message>
    <message>
        <source>Received report #%1 is %2, not held.</source>
        <translation>Le rapport reçu #%1 est à l’état %2, et non retenu.</translation>
    </message>
    <message>
        <source>Owner registration #%1 was stored with its email masked; only the gate process that received it holds the original. Approve it there, or discard it (Directus sends it again daily while the project is pending).</source>
        <translation>L’enregistrement du propriétaire #%1 a été stocké avec son adresse e-mail masquée&#xa0;; seul le processus de passerelle qui l’a reçu détient l’original. Approuvez-le dans ce processus, ou rejetez-le (Directus le renvoie chaque jour tant que le projet est en attente).</translation>
    </message>
    <message>
        <source>Report #%1 came with an Authorization header, which is never stored, and the project sets no TELEMETRY_AUTHORIZATION; give it with --env TELEMETRY_AUTHORIZATION=… or approve it in the running gate.</source>
        <translation>Le rapport #%1 est arrivé avec un en-tête Authorization, qui n’est jamais enregistré, et le projet ne définit pas TELEMETRY_AUTHORIZATION&#xa0;; fournissez-le avec --env TELEMETRY_AUTHORIZATION=… ou approuvez le rapport dans la passerelle en cours d’exécution.</translation>
    </message>
    <message>
        <source>Nowhere to forward #%1: COMPLIANCE_URL is not set and no --forward-to was given.</source>
        <translation>Nulle part où transmettre #%1&#xa0;: COMPLIANCE_URL n’est pas défini et aucun --forward-to n’a été indiqué.</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>Received report #%1 changed meanwhile (approved or discarded elsewhere).</source>
        <translation>Le rapport reçu #%1 a changé entre-temps (approuvé ou rejeté ailleurs).</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>could not check: the gate stopped before the check finished</source>
        <translation>vérification impossible&#xa0;: la passerelle s’est arrêtée avant la fin de la vérification</translation>
    </message>
    <message>
        <source>Received report #%1 is still being checked; approve or discard it once the check has finished.</source>
        <translation>Le rapport reçu #%1 est encore en cours de vérification&#xa0;; approuvez-le ou rejetez-le une fois la vérification terminée.</translation>
    </message>
</context>
<context>
    <name>ReportHistory</name>
    <message>
        <source>Cannot create the history folder %1.</source>
        <translation>Impossible de créer le dossier d’historique %1.</translation>
    </message>
    <message>
        <source>Cannot open the history database %1: %2</source>
        <translation>Impossible d’ouvrir la base de données d’historique %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The history database %1 is damaged (%2); move it away to start a new history.</source>
        <translation>La base de données d’historique %1 est endommagée (%2)&#xa0;; déplacez-la ailleurs pour commencer un nouvel historique.</translation>
    </message>
    <message>
        <source>The history database %1 was written by a newer version of the inspector.</source>
        <translation>La base de données d’historique %1 a été écrite par une version plus récente de l’inspecteur.</translation>
    </message>
    <message>
        <source>Cannot create the history in %1: %2</source>
        <translation>Impossible de créer l’historique dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write to the history %1: %2</source>
        <translation>Impossible d’écrire dans l’historique %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot update received report %1 in the history %2: %3</source>
        <translation>Impossible de mettre à jour le rapport reçu %1 dans l’historique %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>ReportIntake</name>
    <message>
        <source>%1 is not a loopback address: the gate would accept reports (and Authorization headers) from the network. Use 127.0.0.1, or allow it explicitly.</source>
        <translation>%1 n’est pas une adresse de bouclage&#xa0;: la passerelle accepterait des rapports (et des en-têtes Authorization) venant du réseau. Utilisez 127.0.0.1, ou autorisez-le explicitement.</translation>
    </message>
    <message>
        <source>Listening on %1, which is reachable from other hosts, without TLS: anyone who can reach it can post reports, and Authorization headers cross the network in clear text.</source>
        <translation>Écoute sur %1, joignable depuis d’autres hôtes, sans TLS&#xa0;: quiconque peut l’atteindre peut y envoyer des rapports, et les en-têtes Authorization traversent le réseau en clair.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Impossible d’écouter sur %1:%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>too many connections</source>
        <translation>trop de connexions</translation>
    </message>
    <message>
        <source>No complete request within %1 ms of connecting.</source>
        <translation>Aucune requête complète dans les %1 ms suivant la connexion.</translation>
    </message>
    <message>
        <source>Not found: this is a Directus telemetry review gate; it accepts POST /v1/metrics and POST /v1/owner only.</source>
        <translation>Introuvable&#xa0;: ceci est une passerelle de relecture de la télémétrie Directus&#xa0;; elle n’accepte que POST /v1/metrics et POST /v1/owner.</translation>
    </message>
    <message>
        <source>Method not allowed: %1 accepts POST only.</source>
        <translation>Méthode non autorisée&#xa0;: %1 n’accepte que POST.</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>(not sent)</source>
        <translation>(non envoyé)</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>estimation</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>approximatif</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 (%2 fields)</source>
        <translation>%1 (%2 champs)</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Exactness</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Computed from</source>
        <translation>Calculé à partir de</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>calcul en cours…</translation>
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
        <translation>L’envoi a été annulé.</translation>
    </message>
    <message>
        <source>%1:%2 had not finished answering after %3 ms; gave up.</source>
        <translation>%1:%2 n’avait pas fini de répondre après %3 ms&#xa0;; abandon.</translation>
    </message>
    <message>
        <source>No connection to %1:%2 within %3 ms.</source>
        <translation>Aucune connexion à %1:%2 dans un délai de %3 ms.</translation>
    </message>
    <message>
        <source>More than %1 redirects; fetch gives up there.</source>
        <translation>Plus de %1 redirections&#xa0;; fetch abandonne à ce stade.</translation>
    </message>
    <message>
        <source>Redirected to %1, which fetch does not follow.</source>
        <translation>Redirigé vers %1, que fetch ne suit pas.</translation>
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
        <translation>%1:%2 a refusé la connexion (quelque chose écoute-t-il à cette adresse ?)</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved (DNS).</source>
        <translation>Le nom d’hôte %1 n’a pas pu être résolu (DNS).</translation>
    </message>
    <message>
        <source>No progress from %1:%2 for %3 ms; gave up.</source>
        <translation>Aucune progression de %1:%2 pendant %3 ms&#xa0;; abandon.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>La négociation TLS avec %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was not accepted: %2</source>
        <translation>Le certificat TLS de %1 n’a pas été accepté&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection in the middle of its answer (HTTP %2).</source>
        <translation>%1 a fermé la connexion au milieu de sa réponse (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 a fermé la connexion avant de répondre.</translation>
    </message>
    <message>
        <source>Sending to %1 failed: %2</source>
        <translation>L’envoi à %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ReportTextFormatter</name>
    <message>
        <source>Directus would send nothing: %1</source>
        <translation>Directus n’enverrait rien&#xa0;: %1</translation>
    </message>
    <message>
        <source>The values below are what an older or tolerant reading gives; those affected are marked ≈.</source>
        <translation>Les valeurs ci-dessous sont celles que donne une lecture plus ancienne ou tolérante&#xa0;; celles qui sont concernées sont marquées ≈.</translation>
    </message>
    <message>
        <source>(left out)</source>
        <translation>(omis)</translation>
    </message>
    <message>
        <source>≈ approximate   ? not in the database (kept by the server)</source>
        <translation>≈ approximatif  &#xa0;? absent de la base de données (conservé par le serveur)</translation>
    </message>
</context>
<context>
    <name>RequestCounters</name>
    <message>
        <source>Request counters</source>
        <translation>Compteurs de requêtes</translation>
    </message>
    <message>
        <source>counted in the server&apos;s memory or Redis, not in the database; shown as 0</source>
        <translation>comptés dans la mémoire du serveur ou dans Redis, pas dans la base de données&#xa0;; affichés à 0</translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <source>Act as the reporter: send this project&apos;s report on Directus&apos;s schedule until stopped with Ctrl-C.</source>
        <translation>Jouer le rôle du rapporteur&#xa0;: envoyer le rapport de ce projet selon le calendrier de Directus jusqu’à l’arrêt par Ctrl-C.</translation>
    </message>
    <message>
        <source>immediate (as Directus 12.4.1: the startup report goes out at once; default) or random (wait up to 30 minutes first).</source>
        <translation>immediate (comme Directus 12.4.1&#xa0;: le rapport de démarrage part immédiatement&#xa0;; par défaut) ou random (attendre d’abord jusqu’à 30 minutes).</translation>
    </message>
    <message>
        <source>--startup-delay must be immediate or random.</source>
        <translation>--startup-delay doit valoir immediate ou random.</translation>
    </message>
    <message>
        <source>Telemetry is off for this project (%1): Directus schedules nothing, and neither does the inspector.</source>
        <translation>La télémétrie est désactivée pour ce projet (%1)&#xa0;: Directus ne planifie rien, et l’inspecteur non plus.</translation>
    </message>
    <message>
        <source>Cannot set up the Ctrl-C handler.</source>
        <translation>Impossible d’installer le gestionnaire de Ctrl-C.</translation>
    </message>
    <message>
        <source>%1 report: sending %2 bytes (SHA-256 %3) to %4</source>
        <translation>rapport (%1)&#xa0;: envoi de %2 octets (SHA-256 %3) à %4</translation>
    </message>
    <message>
        <source>delivered: %1</source>
        <translation>remis&#xa0;: %1</translation>
    </message>
    <message>
        <source>not delivered (%1): %2</source>
        <translation>non remis (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 report skipped: %2</source>
        <translation>rapport (%1) ignoré&#xa0;: %2</translation>
    </message>
    <message>
        <source>next report at %1</source>
        <translation>prochain rapport le %1</translation>
    </message>
    <message>
        <source>next report at %1 plus a random wait of up to 30 minutes</source>
        <translation>prochain rapport le %1, plus une attente aléatoire de 30 minutes au maximum</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>arrêt</translation>
    </message>
    <message>
        <source>reporting for %1 on Directus&apos;s schedule (cron 0 */6 * * *, local time); Ctrl-C stops</source>
        <translation>rapports pour %1 selon le calendrier de Directus (cron 0 */6 * * *, heure locale)&#xa0;; Ctrl-C arrête</translation>
    </message>
    <message numerus="yes">
        <source>stopped after %n attempt(s)</source>
        <translation>
            <numerusform>arrêté après %n tentative</numerusform>
            <numerusform>arrêté après %n tentatives</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>Send the anonymous usage report of a Directus project to its TELEMETRY_URL, after review.</source>
        <translation>Envoyer le rapport d’utilisation anonyme d’un projet Directus à son TELEMETRY_URL, après relecture.</translation>
    </message>
    <message>
        <source>Show what would be sent and where; send nothing.</source>
        <translation>Montrer ce qui serait envoyé et où&#xa0;; ne rien envoyer.</translation>
    </message>
    <message>
        <source>Send without asking (needed when not on a terminal).</source>
        <translation>Envoyer sans demander confirmation (nécessaire hors d’un terminal).</translation>
    </message>
    <message>
        <source>Give up when the intake makes no progress for SECONDS (default 300, as Directus).</source>
        <translation>Abandonner lorsque le point de collecte ne progresse plus pendant SECONDS secondes (300 par défaut, comme Directus).</translation>
    </message>
    <message>
        <source>--timeout expects seconds between 0 and 3600.</source>
        <translation>--timeout attend un nombre de secondes entre 0 et 3600.</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.
</source>
        <translation>Simulation&#xa0;: rien n’a été envoyé.
</translation>
    </message>
    <message>
        <source>Not sending: standard input is not a terminal, so nobody can confirm. Review the output above and run again with --yes to send it.</source>
        <translation>Pas d’envoi&#xa0;: l’entrée standard n’est pas un terminal, personne ne peut donc confirmer. Relisez la sortie ci-dessus et relancez avec --yes pour l’envoyer.</translation>
    </message>
    <message>
        <source>Send these %1 bytes to %2? [y/N]</source>
        <translation>Envoyer ces %1 octets à %2&#xa0;? [y/N]</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Non envoyé.</translation>
    </message>
    <message>
        <source>history entry #%1</source>
        <translation>entrée d’historique #%1</translation>
    </message>
    <message>
        <source>not recorded: %1</source>
        <translation>non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sent: %1 in %2 ms (%3).
</source>
        <translation>Envoyé&#xa0;: %1 en %2 ms (%3).
</translation>
    </message>
    <message>
        <source>Not delivered (%1): %2 (%3)</source>
        <translation>Non remis (%1)&#xa0;: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>SendReportDialog</name>
    <message>
        <source>Send Report Now</source>
        <translation>Envoyer le rapport maintenant</translation>
    </message>
    <message>
        <source>Review and send the report</source>
        <translation>Relire et envoyer le rapport</translation>
    </message>
    <message>
        <source>Review what would be sent. Nothing leaves this computer until you press Send.</source>
        <translation>Relisez ce qui serait envoyé. Rien ne quitte cet ordinateur tant que vous n’avez pas appuyé sur Envoyer.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Destination&#xa0;:</translation>
    </message>
    <message>
        <source>Request headers (Authorization masked)</source>
        <translation>En-têtes de la requête (Authorization masqué)</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>En-têtes&#xa0;:</translation>
    </message>
    <message>
        <source>Where the Authorization value comes from</source>
        <translation>Provenance de la valeur Authorization</translation>
    </message>
    <message>
        <source>Authorization:</source>
        <translation>Authorization&#xa0;:</translation>
    </message>
    <message>
        <source>Override TELEMETRY_AUTHORIZATION (kept in the keychain)</source>
        <translation>Remplacer TELEMETRY_AUTHORIZATION (conservé dans le trousseau)</translation>
    </message>
    <message>
        <source>Authorization override</source>
        <translation>Valeur de remplacement d’Authorization</translation>
    </message>
    <message>
        <source>&amp;Use and Keep in Keychain</source>
        <translation>&amp;Utiliser et conserver dans le trousseau</translation>
    </message>
    <message>
        <source>Use the override and keep it in the keychain</source>
        <translation>Utiliser la valeur de remplacement et la conserver dans le trousseau</translation>
    </message>
    <message>
        <source>&amp;Forget Override</source>
        <translation>&amp;Oublier la valeur de remplacement</translation>
    </message>
    <message>
        <source>Forget the Authorization override</source>
        <translation>Oublier la valeur de remplacement d’Authorization</translation>
    </message>
    <message>
        <source>Requested telemetry state</source>
        <translation>État de télémétrie demandé</translation>
    </message>
    <message>
        <source>Effective telemetry state</source>
        <translation>État de télémétrie effectif</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Reading the licence…</source>
        <translation>Lecture de la licence…</translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation>Demandé&#xa0;:</translation>
    </message>
    <message>
        <source>Effective:</source>
        <translation>Effectif&#xa0;:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Raison&#xa0;:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence&#xa0;:</translation>
    </message>
    <message>
        <source>Size and SHA-256 of the bytes</source>
        <translation>Taille et SHA-256 des octets</translation>
    </message>
    <message>
        <source>Bytes:</source>
        <translation>Octets&#xa0;:</translation>
    </message>
    <message>
        <source>Report bytes and changes</source>
        <translation>Octets du rapport et modifications</translation>
    </message>
    <message>
        <source>The exact bytes that would be sent</source>
        <translation>Les octets exacts qui seraient envoyés</translation>
    </message>
    <message>
        <source>Changes since the last delivered report</source>
        <translation>Modifications depuis le dernier rapport remis</translation>
    </message>
    <message>
        <source>Exact &amp;Bytes</source>
        <translation>Octets e&amp;xacts</translation>
    </message>
    <message>
        <source>&amp;Changes Since Last Sent</source>
        <translation>&amp;Modifications depuis le dernier envoi</translation>
    </message>
    <message>
        <source>Why the report cannot be sent</source>
        <translation>Pourquoi le rapport ne peut pas être envoyé</translation>
    </message>
    <message>
        <source>Send result</source>
        <translation>Résultat de l’envoi</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send the report now</source>
        <translation>Envoyer le rapport maintenant</translation>
    </message>
    <message>
        <source>Close without sending</source>
        <translation>Fermer sans envoyer</translation>
    </message>
    <message>
        <source>No system keychain: the override is used in this window only.</source>
        <translation>Aucun trousseau système&#xa0;: la valeur de remplacement n’est utilisée que dans cette fenêtre.</translation>
    </message>
    <message>
        <source>The keychain refused it (%1): used in this window only.</source>
        <translation>Le trousseau l’a refusée (%1)&#xa0;: utilisée uniquement dans cette fenêtre.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Whether Directus reports cannot be decided: %1</source>
        <translation>Impossible de déterminer si Directus envoie des rapports&#xa0;: %1</translation>
    </message>
    <message>
        <source>the override kept in the keychain (masked above)</source>
        <translation>la valeur de remplacement conservée dans le trousseau (masquée ci-dessus)</translation>
    </message>
    <message>
        <source>TELEMETRY_AUTHORIZATION in the project&apos;s configuration</source>
        <translation>TELEMETRY_AUTHORIZATION dans la configuration du projet</translation>
    </message>
    <message>
        <source>none: TELEMETRY_AUTHORIZATION is not set</source>
        <translation>aucune&#xa0;: TELEMETRY_AUTHORIZATION n’est pas défini</translation>
    </message>
    <message>
        <source>%1 bytes (one line; wrapped below only for reading), SHA-256 %2</source>
        <translation>%1 octets (une seule ligne&#xa0;; renvoyée à la ligne ci-dessous uniquement pour la lecture), SHA-256 %2</translation>
    </message>
    <message>
        <source>&amp;Send to %1</source>
        <translation>&amp;Envoyer à %1</translation>
    </message>
    <message>
        <source>No report of this project was delivered before (per the history).</source>
        <translation>Aucun rapport de ce projet n’a été remis auparavant (d’après l’historique).</translation>
    </message>
    <message>
        <source>Since #%1, delivered %2:
</source>
        <translation>Depuis #%1, remis le %2&#xa0;:
</translation>
    </message>
    <message>
        <source>no field changed</source>
        <translation>aucun champ modifié</translation>
    </message>
    <message>
        <source>The history cannot be opened: this send would not be recorded.</source>
        <translation>L’historique ne peut pas être ouvert&#xa0;: cet envoi ne serait pas enregistré.</translation>
    </message>
    <message>
        <source>Cancel Send</source>
        <translation>Annuler l’envoi</translation>
    </message>
    <message>
        <source>Cancel the running send</source>
        <translation>Annuler l’envoi en cours</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Envoi à %1…</translation>
    </message>
    <message>
        <source>Recorded as history entry #%1.</source>
        <translation>Enregistré comme entrée d’historique #%1.</translation>
    </message>
    <message>
        <source>Not recorded: the history is not available.</source>
        <translation>Non enregistré&#xa0;: l’historique n’est pas disponible.</translation>
    </message>
    <message>
        <source>Delivered: %1 in %2 ms. %3</source>
        <translation>Remis&#xa0;: %1 en %2 ms. %3</translation>
    </message>
    <message>
        <source>Not delivered (%1): %2. %3</source>
        <translation>Non remis (%1)&#xa0;: %2. %3</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>SendResult</name>
    <message>
        <source>HTTP %1: accepted</source>
        <translation>HTTP %1&#xa0;: accepté</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SendReview</name>
    <message>
        <source>Directus would send nothing: %1. The tolerant reading is not sent.</source>
        <translation>Directus n’enverrait rien&#xa0;: %1. La lecture tolérante n’est pas envoyée.</translation>
    </message>
    <message>
        <source>Telemetry is off for this project: %1</source>
        <translation>La télémétrie est désactivée pour ce projet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Destination: %1
</source>
        <translation>Destination&#xa0;: %1
</translation>
    </message>
    <message>
        <source>             (TELEMETRY_URL = %1)
</source>
        <translation>              (TELEMETRY_URL = %1)
</translation>
    </message>
    <message>
        <source>Headers:
</source>
        <translation>En-têtes&#xa0;:
</translation>
    </message>
    <message>
        <source>Telemetry:
</source>
        <translation>Télémétrie&#xa0;:
</translation>
    </message>
    <message>
        <source>Body (%1 bytes, SHA-256 %2):
</source>
        <translation>Corps (%1 octets, SHA-256 %2)&#xa0;:
</translation>
    </message>
    <message>
        <source>Changes: no report from this project was delivered before.
</source>
        <translation>Modifications&#xa0;: aucun rapport de ce projet n’a été remis auparavant.
</translation>
    </message>
    <message>
        <source>the last delivered report (#%1, %2)</source>
        <translation>le dernier rapport remis (#%1, %2)</translation>
    </message>
    <message>
        <source>Changes: cannot compare with %1: %2
</source>
        <translation>Modifications&#xa0;: impossible de comparer avec %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>Changes: none since %1.
</source>
        <translation>Modifications&#xa0;: aucune depuis %1.
</translation>
    </message>
    <message>
        <source>Changes since %1:
  %2
</source>
        <translation>Modifications depuis %1&#xa0;:
  %2
</translation>
    </message>
    <message>
        <source>Cannot send: %1
</source>
        <translation>Envoi impossible&#xa0;: %1
</translation>
    </message>
</context>
<context>
    <name>SettingsFields</name>
    <message>
        <source>Reading project settings</source>
        <translation>Lecture des paramètres du projet</translation>
    </message>
    <message>
        <source>SECRET is not known to the inspector, so this only says a value is stored; Directus sends true only if it decrypts with the server&apos;s SECRET (pass --env SECRET=... or --env-file)</source>
        <translation>SECRET n’est pas connu de l’inspecteur, ceci indique donc seulement qu’une valeur est enregistrée&#xa0;; Directus n’envoie true que si elle se déchiffre avec le SECRET du serveur (passez --env SECRET=... ou --env-file)</translation>
    </message>
    <message>
        <source>SECRET is empty</source>
        <translation>SECRET est vide</translation>
    </message>
    <message>
        <source>a value is stored but does not decrypt with SECRET (%1), so Directus sends false</source>
        <translation>une valeur est enregistrée mais ne se déchiffre pas avec SECRET (%1), donc Directus envoie false</translation>
    </message>
    <message>
        <source>table directus_settings is missing</source>
        <translation>la table directus_settings est absente</translation>
    </message>
    <message>
        <source>directus_settings lacks column(s) %1</source>
        <translation>il manque à directus_settings la ou les colonnes %1</translation>
    </message>
</context>
<context>
    <name>SizeFields</name>
    <message>
        <source>Measuring the database and stored files</source>
        <translation>Mesure de la base de données et des fichiers stockés</translation>
    </message>
    <message>
        <source>the size query failed, so Directus sends 0: %1</source>
        <translation>la requête de taille a échoué, donc Directus envoie 0&#xa0;: %1</translation>
    </message>
    <message>
        <source>column directus_files.filesize is missing</source>
        <translation>la colonne directus_files.filesize est absente</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Show whether this Directus project reports, why, where to, and when the next report is due.</source>
        <translation>Indiquer si ce projet Directus envoie des rapports, pourquoi, vers où, et quand le prochain rapport est prévu.</translation>
    </message>
    <message>
        <source>Project:     %1
</source>
        <translation>Projet&#xa0;:         %1
</translation>
    </message>
    <message>
        <source>Destination: %1%2
</source>
        <translation>Destination&#xa0;:    %1%2
</translation>
    </message>
    <message>
        <source> (invalid: %1)</source>
        <translation> (non valide&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Authorization: %1
</source>
        <translation>Authorization&#xa0;:  %1
</translation>
    </message>
    <message>
        <source>none (TELEMETRY_AUTHORIZATION is not set)</source>
        <translation>aucune (TELEMETRY_AUTHORIZATION n’est pas défini)</translation>
    </message>
    <message>
        <source>Next send:   %1, then a random wait of up to 30 minutes (cron 0 */6 * * *, local time)
</source>
        <translation>Prochain envoi&#xa0;: %1, puis une attente aléatoire de 30 minutes au maximum (cron 0 */6 * * *, heure locale)
</translation>
    </message>
    <message>
        <source>Next send:   none; Directus schedules nothing while telemetry is off
</source>
        <translation>Prochain envoi&#xa0;: aucun&#xa0;; Directus ne planifie rien tant que la télémétrie est désactivée
</translation>
    </message>
    <message>
        <source>Last sent:   #%1, %2 to %3 (HTTP %4)
</source>
        <translation>Dernier envoi&#xa0;:  #%1, %2 à %3 (HTTP %4)
</translation>
    </message>
    <message>
        <source>Last sent:   never (by this inspector)
</source>
        <translation>Dernier envoi&#xa0;:  jamais (par cet inspecteur)
</translation>
    </message>
</context>
<context>
    <name>TelemetryGate</name>
    <message>
        <source>SECRET is not known to the inspector</source>
        <translation>SECRET n’est pas connu de l’inspecteur</translation>
    </message>
    <message>
        <source>the stored licence token cannot be decrypted (%1)</source>
        <translation>le jeton de licence enregistré ne peut pas être déchiffré (%1)</translation>
    </message>
    <message>
        <source>LICENSE_KEY is set but no token was activated yet (activation happens online at server start)</source>
        <translation>LICENSE_KEY est défini, mais aucun jeton n’a encore été activé (l’activation a lieu en ligne au démarrage du serveur)</translation>
    </message>
    <message>
        <source>no licence token</source>
        <translation>aucun jeton de licence</translation>
    </message>
    <message>
        <source>TELEMETRY is %1, so Directus sends a report every 6 hours.</source>
        <translation>TELEMETRY vaut %1, donc Directus envoie un rapport toutes les 6 heures.</translation>
    </message>
    <message>
        <source>TELEMETRY is %1 (off), but it is ignored: without a verified licence (%2) Directus runs under its built-in Core licence, which requires telemetry.</source>
        <translation>TELEMETRY vaut %1 (désactivée), mais la valeur est ignorée&#xa0;: sans licence vérifiée (%2), Directus fonctionne sous sa licence Core intégrée, qui exige la télémétrie.</translation>
    </message>
    <message>
        <source>TELEMETRY is %1 (off), but the licence (from %2) requires telemetry, so Directus still sends reports.</source>
        <translation>TELEMETRY vaut %1 (désactivée), mais la licence (provenant de %2) exige la télémétrie, donc Directus envoie toujours des rapports.</translation>
    </message>
    <message>
        <source>TELEMETRY is %1 and the licence (from %2) does not require telemetry: Directus sends nothing.</source>
        <translation>TELEMETRY vaut %1 et la licence (provenant de %2) n’exige pas la télémétrie&#xa0;: Directus n’envoie rien.</translation>
    </message>
</context>
<context>
    <name>TelemetryReporter</name>
    <message>
        <source>the previous report is still being sent</source>
        <translation>le rapport précédent est encore en cours d’envoi</translation>
    </message>
    <message>
        <source>telemetry is off: %1</source>
        <translation>la télémétrie est désactivée&#xa0;: %1</translation>
    </message>
    <message>
        <source>no report could be built, so Directus would send nothing: %1</source>
        <translation>aucun rapport n’a pu être construit, donc Directus n’enverrait rien&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TelemetryRequest</name>
    <message>
        <source>TELEMETRY_AUTHORIZATION contains a line break or NUL; fetch rejects such a header.</source>
        <translation>TELEMETRY_AUTHORIZATION contient un saut de ligne ou un caractère NUL&#xa0;; fetch rejette un tel en-tête.</translation>
    </message>
    <message>
        <source>TELEMETRY_AUTHORIZATION contains characters outside Latin-1; fetch rejects such a header.</source>
        <translation>TELEMETRY_AUTHORIZATION contient des caractères hors Latin-1&#xa0;; fetch rejette un tel en-tête.</translation>
    </message>
    <message>
        <source>TELEMETRY_URL &quot;%1&quot; is not an absolute URL, so new URL() throws and Directus sends nothing.</source>
        <translation>TELEMETRY_URL «&#xa0;%1&#xa0;» n’est pas une URL absolue, donc new URL() lève une exception et Directus n’envoie rien.</translation>
    </message>
    <message>
        <source>TELEMETRY_URL uses the scheme &quot;%1&quot;; fetch only posts over http and https.</source>
        <translation>TELEMETRY_URL utilise le schéma «&#xa0;%1&#xa0;»&#xa0;; fetch n’envoie de POST qu’en http et https.</translation>
    </message>
    <message>
        <source>TELEMETRY_URL contains a user name or password; fetch refuses such URLs.</source>
        <translation>TELEMETRY_URL contient un nom d’utilisateur ou un mot de passe&#xa0;; fetch refuse de telles URL.</translation>
    </message>
    <message numerus="yes">
        <source>%1•••••••• (%n characters)</source>
        <translation>
            <numerusform>%1•••••••• (%n caractère)</numerusform>
            <numerusform>%1•••••••• (%n caractères)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TelemetrySwitch</name>
    <message>
        <source>%1 is a symbolic link to %2, which does not exist. Fix the link (Directus cannot read it either), then try again.</source>
        <translation>%1 est un lien symbolique vers %2, qui n’existe pas. Corrigez le lien (Directus ne peut pas le lire non plus), puis réessayez.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, outside the project folder %3. The inspector does not write through such a link, because the file it leads to may be shared with something else. Set TELEMETRY in %2 yourself, or replace the link with a copy of the file and try again.</source>
        <translation>%1 est un lien symbolique vers %2, en dehors du dossier de projet %3. L’inspecteur n’écrit pas à travers un tel lien, car le fichier vers lequel il mène peut être partagé avec autre chose. Définissez TELEMETRY vous-même dans %2, ou remplacez le lien par une copie du fichier, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; the inspector only edits ordinary configuration files.</source>
        <translation>%1 n’est pas un fichier ordinaire&#xa0;; l’inspecteur ne modifie que des fichiers de configuration ordinaires.</translation>
    </message>
    <message>
        <source>%1 is read-only for you (owner %2, mode %3). Nothing was changed. Make it writable (e.g. chmod u+w %1) or run the inspector as a user who may change it, then try again.</source>
        <translation>%1 est en lecture seule pour vous (propriétaire %2, mode %3). Rien n’a été modifié. Rendez-le accessible en écriture (par ex. chmod u+w %1) ou exécutez l’inspecteur sous un utilisateur autorisé à le modifier, puis réessayez.</translation>
    </message>
    <message>
        <source>The folder %1 is not writable for you, and a safe replacement of %2 needs to create a temporary file and the backup there. Nothing was changed. Run the inspector as a user who may write in %1.</source>
        <translation>Le dossier %1 n’est pas accessible en écriture pour vous, or un remplacement sûr de %2 doit y créer un fichier temporaire et la sauvegarde. Rien n’a été modifié. Exécutez l’inspecteur sous un utilisateur autorisé à écrire dans %1.</translation>
    </message>
    <message>
        <source>TELEMETRY is read from the file %1 (named by TELEMETRY_FILE), and that wins over a TELEMETRY line. Nothing was changed. Write %2 into %1, or remove TELEMETRY_FILE, then try again.</source>
        <translation>TELEMETRY est lu depuis le fichier %1 (désigné par TELEMETRY_FILE), qui l’emporte sur une ligne TELEMETRY. Rien n’a été modifié. Écrivez %2 dans %1, ou supprimez TELEMETRY_FILE, puis réessayez.</translation>
    </message>
    <message>
        <source>the server environment</source>
        <translation>l’environnement du serveur</translation>
    </message>
    <message>
        <source>Directus&apos;s default</source>
        <translation>la valeur par défaut de Directus</translation>
    </message>
    <message>
        <source>TELEMETRY already asks for telemetry to be %1 (value %2, from %3); nothing to change.</source>
        <translation>TELEMETRY demande déjà que la télémétrie soit %1 (valeur %2, provenant de %3)&#xa0;; rien à modifier.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>Only true and 1 count as on, so %1 means off.</source>
        <translation>Seules les valeurs true et 1 signifient «&#xa0;activée&#xa0;», donc %1 signifie «&#xa0;désactivée&#xa0;».</translation>
    </message>
    <message>
        <source>TELEMETRY is also set (to %1) in the server environment you gave. Directus lets its configuration file override the environment, so the file&apos;s value wins; remove it from the environment (compose file, systemd unit) too, so the two do not disagree.</source>
        <translation>TELEMETRY est également défini (à %1) dans l’environnement du serveur que vous avez fourni. Directus laisse son fichier de configuration l’emporter sur l’environnement, donc la valeur du fichier prévaut&#xa0;; supprimez-la aussi de l’environnement (fichier compose, unité systemd), afin que les deux ne se contredisent pas.</translation>
    </message>
    <message>
        <source>TELEMETRY=%1 comes from the server environment: change it there (compose `environment:`, systemd `Environment=`, the pod spec) to %2 and restart Directus.</source>
        <translation>TELEMETRY=%1 provient de l’environnement du serveur&#xa0;: modifiez-le à cet endroit (compose `environment:`, systemd `Environment=`, la spécification du pod) en %2 et redémarrez Directus.</translation>
    </message>
    <message>
        <source>Set TELEMETRY=%1 where the server gets its environment (compose `environment:`, systemd `Environment=`, the pod spec) and restart Directus.</source>
        <translation>Définissez TELEMETRY=%1 là où le serveur obtient son environnement (compose `environment:`, systemd `Environment=`, la spécification du pod) et redémarrez Directus.</translation>
    </message>
    <message>
        <source>There is no configuration file at %1, so this Directus is configured through its environment and a file edit alone may not reach it. %2 If Directus really runs in %3 and reads %1, run again with --create-config to create it with only that line.</source>
        <translation>Il n’y a aucun fichier de configuration à %1&#xa0;: ce Directus est donc configuré par son environnement, et une simple modification de fichier risque de ne pas l’atteindre. %2 Si Directus s’exécute réellement dans %3 et lit %1, relancez avec --create-config pour le créer avec cette seule ligne.</translation>
    </message>
    <message>
        <source>There is no configuration file at %1, and %2 is not a Directus install (no node_modules/directus), so a new file there would probably not be read. %3</source>
        <translation>Il n’y a aucun fichier de configuration à %1, et %2 n’est pas une installation de Directus (pas de node_modules/directus)&#xa0;: un nouveau fichier à cet endroit ne serait probablement pas lu. %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Nothing was changed.</source>
        <translation>Impossible de lire %1&#xa0;: %2. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, too large to be configuration; nothing was changed.</source>
        <translation>%1 dépasse %2 Mio, c’est trop volumineux pour une configuration&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Cannot set TELEMETRY in %1: %2. Nothing was changed.</source>
        <translation>Impossible de définir TELEMETRY dans %1&#xa0;: %2. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The entry before TELEMETRY gains the comma JSON requires between entries.</source>
        <translation>L’entrée qui précède TELEMETRY reçoit la virgule que JSON exige entre les entrées.</translation>
    </message>
    <message>
        <source>TELEMETRY is written %1 times in %2; Directus uses the last one. Every occurrence is changed, so the file does not contradict itself.</source>
        <translation>TELEMETRY est écrit %1 fois dans %2&#xa0;; Directus utilise la dernière occurrence. Toutes les occurrences sont modifiées, afin que le fichier ne se contredise pas.</translation>
    </message>
    <message>
        <source>The edit of %1 would change more than TELEMETRY when Directus reads the file, so nothing was changed. Set TELEMETRY=%2 in it by hand.</source>
        <translation>La modification de %1 changerait plus que TELEMETRY à la lecture du fichier par Directus, donc rien n’a été modifié. Définissez TELEMETRY=%2 à la main dans ce fichier.</translation>
    </message>
    <message>
        <source>%1 appeared since the change was planned; nothing was changed. Run the command again.</source>
        <translation>%1 est apparu depuis la planification de la modification&#xa0;; rien n’a été modifié. Relancez la commande.</translation>
    </message>
    <message>
        <source>%1 now leads to %2 instead of %3; nothing was changed. Run the command again.</source>
        <translation>%1 mène désormais à %2 au lieu de %3&#xa0;; rien n’a été modifié. Relancez la commande.</translation>
    </message>
    <message>
        <source>%1 changed since the change was planned (someone else edited it?); nothing was changed. Run the command again.</source>
        <translation>%1 a changé depuis la planification de la modification (quelqu’un d’autre l’a-t-il modifié ?)&#xa0;; rien n’a été modifié. Relancez la commande.</translation>
    </message>
    <message>
        <source>Cannot create the backup %1: %2. Nothing was changed.</source>
        <translation>Impossible de créer la sauvegarde %1&#xa0;: %2. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2. Nothing was changed.</source>
        <translation>Impossible d’écrire la sauvegarde %1&#xa0;: %2. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 was not changed.</source>
        <translation>%1 n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot keep the owner (user %2, group %3) and mode of %1 on the new file; run the inspector as that user.</source>
        <translation>Impossible de conserver le propriétaire (utilisateur %2, groupe %3) et le mode de %1 sur le nouveau fichier&#xa0;; exécutez l’inspecteur sous cet utilisateur.</translation>
    </message>
    <message>
        <source>Plainly: without a licence, Directus 12.4.1 ignores TELEMETRY=false and keeps sending reports. Only a licence that does not require telemetry lets the opt-out take effect.</source>
        <translation>En clair&#xa0;: sans licence, Directus 12.4.1 ignore TELEMETRY=false et continue d’envoyer des rapports. Seule une licence qui n’exige pas la télémétrie permet à la désactivation de prendre effet.</translation>
    </message>
    <message>
        <source>Plainly: this licence requires telemetry, so the opt-out has no effect while it is active.</source>
        <translation>En clair&#xa0;: cette licence exige la télémétrie, la désactivation n’a donc aucun effet tant qu’elle est active.</translation>
    </message>
    <message>
        <source>Directus reads its configuration only when it starts: restart Directus (e.g. `docker compose restart directus` or `systemctl restart directus`) for the change to apply.</source>
        <translation>Directus ne lit sa configuration qu’au démarrage&#xa0;: redémarrez Directus (par ex. `docker compose restart directus` ou `systemctl restart directus`) pour que la modification s’applique.</translation>
    </message>
</context>
<context>
    <name>TelemetryToggleDialog</name>
    <message>
        <source>Telemetry On/Off</source>
        <translation>Activer/désactiver la télémétrie</translation>
    </message>
    <message>
        <source>Turn telemetry on or off</source>
        <translation>Activer ou désactiver la télémétrie</translation>
    </message>
    <message>
        <source>What this changes</source>
        <translation>Ce que cela modifie</translation>
    </message>
    <message>
        <source>Reading the configuration and the licence…</source>
        <translation>Lecture de la configuration et de la licence…</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>Fichier de configuration</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Old and new TELEMETRY line</source>
        <translation>Ancienne et nouvelle ligne TELEMETRY</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Modification&#xa0;:</translation>
    </message>
    <message>
        <source>Requested telemetry state</source>
        <translation>État de télémétrie demandé</translation>
    </message>
    <message>
        <source>Effective telemetry state</source>
        <translation>État de télémétrie effectif</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation>Demandé&#xa0;:</translation>
    </message>
    <message>
        <source>Effective:</source>
        <translation>Effectif&#xa0;:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Raison&#xa0;:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence&#xa0;:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Write the Change</source>
        <translation>Écrire la modification</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Fermer sans rien modifier</translation>
    </message>
    <message>
        <source>The project&apos;s configuration cannot be read: %1</source>
        <translation>La configuration du projet ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The licence cannot be read: %1</source>
        <translation>La licence ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 créé.</translation>
    </message>
    <message>
        <source>Changed %1; the previous version is kept as %2.</source>
        <translation>%1 modifié&#xa0;; la version précédente est conservée sous %2.</translation>
    </message>
    <message>
        <source>Whether Directus will report depends on its licence, which cannot be read: %1</source>
        <translation>L’envoi de rapports par Directus dépend de sa licence, qui ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Done. Once Directus restarts:</source>
        <translation>Terminé. Après le redémarrage de Directus&#xa0;:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Telemetry is turned off in the configuration. Turn it on (TELEMETRY=true)?</source>
        <translation>La télémétrie est désactivée dans la configuration. L’activer (TELEMETRY=true)&#xa0;?</translation>
    </message>
    <message>
        <source>Telemetry is on in the configuration. Turn it off (TELEMETRY=false)?</source>
        <translation>La télémétrie est activée dans la configuration. La désactiver (TELEMETRY=false)&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Turn Telemetry On</source>
        <translation>&amp;Activer la télémétrie</translation>
    </message>
    <message>
        <source>&amp;Turn Telemetry Off</source>
        <translation>&amp;Désactiver la télémétrie</translation>
    </message>
    <message>
        <source>(nothing to change)</source>
        <translation>(rien à modifier)</translation>
    </message>
    <message>
        <source>line %1 (new)</source>
        <translation>ligne %1 (nouvelle)</translation>
    </message>
    <message>
        <source>- (no TELEMETRY line: Directus&apos;s default, true, applies)</source>
        <translation>- (aucune ligne TELEMETRY&#xa0;: la valeur par défaut de Directus, true, s’applique)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>Expected once Directus restarts: it sends a report every 6 hours.</source>
        <translation>Attendu après le redémarrage de Directus&#xa0;: il envoie un rapport toutes les 6 heures.</translation>
    </message>
    <message>
        <source>Expected once Directus restarts: it still sends reports. Telemetry is required by the Core licence, since there is no verified licence (%1).</source>
        <translation>Attendu après le redémarrage de Directus&#xa0;: il continue d’envoyer des rapports. La télémétrie est exigée par la licence Core, faute de licence vérifiée (%1).</translation>
    </message>
    <message>
        <source>Expected once Directus restarts: it still sends reports. Telemetry is required by the licence.</source>
        <translation>Attendu après le redémarrage de Directus&#xa0;: il continue d’envoyer des rapports. La télémétrie est exigée par la licence.</translation>
    </message>
    <message>
        <source>Expected once Directus restarts: it sends no reports (the licence allows opting out).</source>
        <translation>Attendu après le redémarrage de Directus&#xa0;: il n’envoie aucun rapport (la licence autorise la désactivation).</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Rien n’a été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file was changed, but the configuration cannot be read back: %1</source>
        <translation>Le fichier a été modifié, mais la configuration ne peut pas être relue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Written. Reading the licence…</source>
        <translation>Écrit. Lecture de la licence…</translation>
    </message>
</context>
<context>
    <name>UserCounts</name>
    <message>
        <source>Counting users by access level</source>
        <translation>Comptage des utilisateurs par niveau d’accès</translation>
    </message>
    <message>
        <source>table directus_users is missing</source>
        <translation>la table directus_users est absente</translation>
    </message>
    <message>
        <source>table %1 is missing (a Directus 10 schema?)</source>
        <translation>la table %1 est absente (un schéma Directus 10 ?)</translation>
    </message>
    <message>
        <source>column directus_roles.parent is missing; roles inherit nothing</source>
        <translation>la colonne directus_roles.parent est absente&#xa0;; les rôles n’héritent de rien</translation>
    </message>
    <message>
        <source>%1 active users are counted as %2 admin and app seats: Directus counts a user with a direct app policy and an inherited admin role twice; max(0, …) hides the overlap here</source>
        <translation>%1 utilisateurs actifs sont comptés comme %2 places d’administrateur et d’application&#xa0;: Directus compte deux fois un utilisateur ayant une politique d’application directe et un rôle administrateur hérité&#xa0;; max(0, …) masque ici le chevauchement</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Check a compliance export written by `export`: structure, SHA-256 and payload consistency.</source>
        <translation>Vérifier un export de conformité écrit par `export`&#xa0;: structure, SHA-256 et cohérence de la charge utile.</translation>
    </message>
    <message>
        <source>The export file.</source>
        <translation>Le fichier d’export.</translation>
    </message>
    <message>
        <source>Try: telemetry-inspector verify --help</source>
        <translation>Essayez&#xa0;: telemetry-inspector verify --help</translation>
    </message>
    <message>
        <source>Name one export file, e.g. telemetry-inspector verify telemetry-export.json</source>
        <translation>Indiquez un fichier d’export, par ex. telemetry-inspector verify telemetry-export.json</translation>
    </message>
    <message>
        <source>Cannot read the export %1: %2</source>
        <translation>Impossible de lire l’export %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, far larger than any export; is it the right file?</source>
        <translation>%1 fait %2 octets, bien plus que n’importe quel export&#xa0;; est-ce le bon fichier&#xa0;?</translation>
    </message>
    <message>
        <source>%1 does not verify: it was changed after it was written, or is not a compliance export.</source>
        <translation>%1 ne passe pas la vérification&#xa0;: il a été modifié après avoir été écrit, ou ce n’est pas un export de conformité.</translation>
    </message>
    <message>
        <source>%1 verifies: the payload bytes, their SHA-256 and the parsed payload agree.
</source>
        <translation>%1 passe la vérification&#xa0;: les octets de la charge utile, leur SHA-256 et la charge utile analysée concordent.
</translation>
    </message>
</context>
<context>
    <name>YamlConfigEditor</name>
    <message>
        <source>%1, which the inspector does not edit automatically; set %2: %3 in the file by hand</source>
        <translation>%1, ce que l’inspecteur ne traite pas automatiquement&#xa0;; écrivez %2: %3 à la main dans le fichier</translation>
    </message>
    <message>
        <source>line %1 has content on a document marker</source>
        <translation>la ligne %1 comporte du contenu sur un marqueur de document</translation>
    </message>
    <message>
        <source>the top level of the file is not a simple KEY: value mapping (line %1)</source>
        <translation>le premier niveau du fichier n’est pas une simple table de correspondance KEY: value (ligne %1)</translation>
    </message>
    <message>
        <source>%1 on line %2 has a value that spans several lines</source>
        <translation>%1 à la ligne %2 a une valeur qui s’étend sur plusieurs lignes</translation>
    </message>
    <message>
        <source>%1 on line %2 has a quoted value that does not end on that line</source>
        <translation>%1 à la ligne %2 a une valeur entre guillemets qui ne se termine pas sur cette ligne</translation>
    </message>
    <message>
        <source>%1 on line %2 is written as a block scalar, flow value, anchor, alias or tag</source>
        <translation>%1 à la ligne %2 est écrit sous forme de scalaire de bloc, de valeur de flux, d’ancre, d’alias ou d’étiquette</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The desktop window needs a display (DISPLAY or WAYLAND_DISPLAY is not set). On a server, use a command instead:</source>
        <translation>La fenêtre graphique nécessite un affichage (DISPLAY ou WAYLAND_DISPLAY n’est pas défini). Sur un serveur, utilisez plutôt une commande&#xa0;:</translation>
    </message>
    <message>
        <source>--language needs a language code, for example: --language de</source>
        <translation>--language attend un code de langue, par exemple : --language de</translation>
    </message>
    <message>
        <source>Could not start the desktop window %1: %2. Reinstall the package; the commands work without it (telemetry-inspector --help).</source>
        <translation>Impossible de lancer la fenêtre de bureau %1 : %2. Réinstallez le paquet ; les commandes fonctionnent sans elle (telemetry-inspector --help).</translation>
    </message>
</context>
</TS>
