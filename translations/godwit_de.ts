<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Godwit</source>
        <translation>Über Godwit</translation>
    </message>
    <message>
        <source>Components:</source>
        <translation>Komponenten:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Paste a URL you already have</source>
        <translation>Fügen Sie eine vorhandene URL ein</translation>
    </message>
    <message>
        <source>postgresql+psycopg2://user@host/db, mysql://…, sqlite:///file.db, https://host:9200</source>
        <translation>postgresql+psycopg2://user@host/db, mysql://…, sqlite:///file.db, https://host:9200</translation>
    </message>
    <message>
        <source>&amp;Fill in</source>
        <translation>Aus&amp;füllen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;URLs:</source>
        <translation>&amp;URLs:</translation>
    </message>
    <message>
        <source>One node URL per line, e.g. https://search.example.org:9200</source>
        <translation>Eine Knoten-URL pro Zeile, z. B. https://search.example.org:9200</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Remember in keychain</source>
        <translation>I&amp;m Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Index &amp;prefix:</source>
        <translation>&amp;Index-Präfix:</translation>
    </message>
    <message>
        <source>optional, e.g. rdm-</source>
        <translation>optional, z. B. rdm-</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>system CAs</source>
        <translation>System-CAs</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Verify TLS certificates</source>
        <translation>TLS-&amp;Zertifikate prüfen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
</context>
<context>
    <name>ConnectionsPanel</name>
    <message>
        <source>&lt;b&gt;Connections&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verbindungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New connection (Ctrl+N)</source>
        <translation>Neue Verbindung (Strg+N)</translation>
    </message>
    <message>
        <source>Edit the selected connection</source>
        <translation>Ausgewählte Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>Remove the selected connection</source>
        <translation>Ausgewählte Verbindung entfernen</translation>
    </message>
    <message>
        <source>Test the selected connection (F5)</source>
        <translation>Ausgewählte Verbindung testen (F5)</translation>
    </message>
    <message>
        <source>Import from invenio.cfg or InvenTree config.yaml</source>
        <translation>Aus invenio.cfg oder der config.yaml von InvenTree importieren</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Filter tables, indices, columns…</source>
        <translation>Tabellen, Indizes, Spalten filtern…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
</context>
<context>
    <name>Godwit</name>
    <message>
        <source>Search cluster</source>
        <translation>Such-Cluster</translation>
    </message>
    <message>
        <source>Creating the demo database failed: %1</source>
        <translation>Das Anlegen der Demo-Datenbank ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>Godwit::AboutDialog</name>
    <message>
        <source>&lt;h2&gt;Godwit %1&lt;/h2&gt;&lt;p&gt;A workbench for the migrations of research-data and inventory web applications: database connections and dumps, Alembic revision graphs and Elasticsearch/OpenSearch index migrations.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Godwit %1&lt;/h2&gt;&lt;p&gt;Eine Werkbank für die Migrationen von Webanwendungen für Forschungsdaten und Inventarverwaltung: Datenbankverbindungen und Dumps, Alembic-Revisionsgraphen und Index-Migrationen für Elasticsearch/OpenSearch.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL, Version 3 oder höher.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Godwit::BrowseModel</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Browse %1</source>
        <translation>%1 durchsuchen</translation>
    </message>
    <message>
        <source>Reading structure</source>
        <translation>Struktur wird gelesen</translation>
    </message>
    <message>
        <source>≈ estimated rows</source>
        <translation>≈ geschätzte Zeilen</translation>
    </message>
    <message>
        <source>Tables (%1)</source>
        <translation>Tabellen (%1)</translation>
    </message>
    <message>
        <source>Views (%1)</source>
        <translation>Sichten (%1)</translation>
    </message>
    <message>
        <source>Schema versions</source>
        <translation>Schemaversionen</translation>
    </message>
    <message>
        <source>empty: no revision applied</source>
        <translation>leer: keine Revision angewendet</translation>
    </message>
    <message numerus="yes">
        <source>%n head(s)</source>
        <translation>
            <numerusform>%n Head</numerusform>
            <numerusform>%n Heads</numerusform>
        </translation>
    </message>
    <message>
        <source>applied revision</source>
        <translation>angewendete Revision</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) applied</source>
        <translation>
            <numerusform>%n Migration angewendet</numerusform>
            <numerusform>%n Migrationen angewendet</numerusform>
        </translation>
    </message>
    <message>
        <source>No alembic_version or django_migrations table</source>
        <translation>Keine Tabelle alembic_version oder django_migrations</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Shards</translation>
    </message>
    <message>
        <source>%1 active, %2 unassigned</source>
        <translation>%1 aktiv, %2 nicht zugewiesen</translation>
    </message>
    <message>
        <source>Nodes (%1)</source>
        <translation>Knoten (%1)</translation>
    </message>
    <message>
        <source> · master</source>
        <translation> · Master</translation>
    </message>
    <message>
        <source>Indices (%1)</source>
        <translation>Indizes (%1)</translation>
    </message>
    <message>
        <source>Aliases (%1)</source>
        <translation>Aliasse (%1)</translation>
    </message>
    <message>
        <source>→ %1 (write index)</source>
        <translation>→ %1 (Schreibindex)</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Columns (%1)</source>
        <translation>Spalten (%1)</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>auto-increment</source>
        <translation>Autoinkrement</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>Standardwert %1</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Foreign keys (%1)</source>
        <translation>Fremdschlüssel (%1)</translation>
    </message>
    <message>
        <source>Indexes (%1)</source>
        <translation>Indizes (%1)</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primär</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>eindeutig</translation>
    </message>
    <message>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Mapping (%1 fields)</source>
        <translation>Mapping (%1 Felder)</translation>
    </message>
    <message>
        <source>Read mapping of %1</source>
        <translation>Mapping von %1 lesen</translation>
    </message>
    <message>
        <source>Describe %1</source>
        <translation>%1 beschreiben</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Rows / docs</source>
        <translation>Zeilen / Dokumente</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>Godwit::ClusterClient</name>
    <message>
        <source>%1 answered HTTP %2, but it is not an Elasticsearch or OpenSearch cluster.</source>
        <translation>%1 hat mit HTTP %2 geantwortet, ist aber kein Elasticsearch- oder OpenSearch-Cluster.</translation>
    </message>
</context>
<context>
    <name>Godwit::ConfigImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>SQLALCHEMY_DATABASE_URI is computed, not a literal string; add that connection by hand.</source>
        <translation>SQLALCHEMY_DATABASE_URI wird berechnet und ist keine literale Zeichenkette; fügen Sie diese Verbindung manuell hinzu.</translation>
    </message>
    <message>
        <source>Invenio database (%1)</source>
        <translation>Invenio-Datenbank (%1)</translation>
    </message>
    <message>
        <source>SQLALCHEMY_DATABASE_URI: %1</source>
        <translation>SQLALCHEMY_DATABASE_URI: %1</translation>
    </message>
    <message>
        <source>%1 is set but names no host Godwit understands.</source>
        <translation>%1 ist gesetzt, nennt aber keinen Host, den Godwit versteht.</translation>
    </message>
    <message>
        <source>Invenio search (%1)</source>
        <translation>Invenio-Suche (%1)</translation>
    </message>
    <message>
        <source>%1 names no database (SQLALCHEMY_DATABASE_URI) and no search host (SEARCH_HOSTS).</source>
        <translation>%1 nennt weder eine Datenbank (SQLALCHEMY_DATABASE_URI) noch einen Such-Host (SEARCH_HOSTS).</translation>
    </message>
    <message>
        <source>%1 names no database (database: ENGINE and NAME, or INVENTREE_DB_ENGINE and INVENTREE_DB_NAME).</source>
        <translation>%1 nennt keine Datenbank (database: ENGINE und NAME oder INVENTREE_DB_ENGINE und INVENTREE_DB_NAME).</translation>
    </message>
    <message>
        <source>Unsupported InvenTree database engine “%1”.</source>
        <translation>Nicht unterstützte InvenTree-Datenbank-Engine „%1“.</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Cannot tell the application of %1: expected invenio.cfg or InvenTree&apos;s config.yaml.</source>
        <translation>Die Anwendung von %1 kann nicht bestimmt werden: erwartet wird invenio.cfg oder die config.yaml von InvenTree.</translation>
    </message>
</context>
<context>
    <name>Godwit::ConnectionDialog</name>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Edit connection “%1”</source>
        <translation>Verbindung „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Elasticsearch / OpenSearch</source>
        <translation>Elasticsearch / OpenSearch</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>User and password</source>
        <translation>Benutzer und Passwort</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>No system keychain is available: passwords are kept in memory until Godwit quits.</source>
        <translation>Es ist kein System-Schlüsselbund verfügbar: Passwörter werden bis zum Beenden von Godwit im Speicher gehalten.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Filled in from the URL.</source>
        <translation>Aus der URL ausgefüllt.</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>SQLite-Datenbank</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Test %1</source>
        <translation>%1 testen</translation>
    </message>
    <message>
        <source>✔ %1 %2 — %3 ms</source>
        <translation>✔ %1 %2 — %3 ms</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>Give the connection a name and a target first.</source>
        <translation>Geben Sie der Verbindung zuerst einen Namen und ein Ziel.</translation>
    </message>
</context>
<context>
    <name>Godwit::ConnectionUrl</name>
    <message>
        <source>An SQLite URL needs three slashes: sqlite:///path/to/file.db</source>
        <translation>Eine SQLite-URL benötigt drei Schrägstriche: sqlite:///pfad/zur/datei.db</translation>
    </message>
    <message>
        <source>An in-memory SQLite database cannot be connected to; give a file path.</source>
        <translation>Mit einer SQLite-Datenbank im Arbeitsspeicher kann keine Verbindung hergestellt werden; geben Sie einen Dateipfad an.</translation>
    </message>
    <message>
        <source>The URL is empty.</source>
        <translation>Die URL ist leer.</translation>
    </message>
    <message>
        <source>“%1” is not a URL: expected scheme://… (for example postgresql://user@host/db)</source>
        <translation>„%1“ ist keine URL: erwartet wird schema://… (zum Beispiel postgresql://user@host/db)</translation>
    </message>
    <message>
        <source>Unsupported URL scheme “%1”: use postgresql://, mysql://, sqlite:///, http:// or https://</source>
        <translation>Nicht unterstütztes URL-Schema „%1“: Verwenden Sie postgresql://, mysql://, sqlite:///, http:// oder https://</translation>
    </message>
    <message>
        <source>“%1” is not a valid URL: %2</source>
        <translation>„%1“ ist keine gültige URL: %2</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>kein Host</translation>
    </message>
    <message>
        <source>The URL names no database: add /database_name after the host.</source>
        <translation>Die URL nennt keine Datenbank: Fügen Sie /datenbankname nach dem Host an.</translation>
    </message>
</context>
<context>
    <name>Godwit::ConnectionsModel</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>A connection needs a name.</source>
        <translation>Eine Verbindung benötigt einen Namen.</translation>
    </message>
    <message>
        <source>A connection named “%1” exists already.</source>
        <translation>Eine Verbindung namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>No such connection.</source>
        <translation>Diese Verbindung existiert nicht.</translation>
    </message>
</context>
<context>
    <name>Godwit::ConnectionsPanel</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>No connection selected.

Add one with “+” (Ctrl+N), paste an SQLAlchemy URL such as postgresql+psycopg2://invenio@db/invenio, or import an invenio.cfg or InvenTree config.yaml.</source>
        <translation>Keine Verbindung ausgewählt.

Legen Sie mit „+“ (Strg+N) eine an, fügen Sie eine SQLAlchemy-URL wie postgresql+psycopg2://invenio@db/invenio ein oder importieren Sie eine invenio.cfg oder die config.yaml von InvenTree.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connections&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verbindungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Not tested yet in this session (F5 tests it).</source>
        <translation>In dieser Sitzung noch nicht getestet (mit F5 testen).</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>✔ Connected: %1</source>
        <translation>✔ Verbunden: %1</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>Password for %1 (%2):</source>
        <translation>Passwort für %1 (%2):</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Connection not saved</source>
        <translation>Verbindung nicht gespeichert</translation>
    </message>
    <message>
        <source>Added “%1” (%2).</source>
        <translation>„%1“ (%2) hinzugefügt.</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove the connection “%1”?

Only the saved profile and its saved password are removed; the database or cluster itself is not touched.</source>
        <translation>Die Verbindung „%1“ entfernen?

Entfernt werden nur das gespeicherte Profil und sein gespeichertes Passwort; die Datenbank bzw. der Cluster selbst bleibt unberührt.</translation>
    </message>
    <message>
        <source>Connection not removed</source>
        <translation>Verbindung nicht entfernt</translation>
    </message>
    <message>
        <source>Test %1</source>
        <translation>%1 testen</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>%1 %2, %3 ms</source>
        <translation>%1 %2, %3 ms</translation>
    </message>
    <message>
        <source>Connection OK: %1</source>
        <translation>Verbindung erfolgreich: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import connections from an application&apos;s configuration</source>
        <translation>Verbindungen aus der Konfiguration einer Anwendung importieren</translation>
    </message>
    <message>
        <source>Invenio or InvenTree configuration (invenio.cfg *.cfg *.py config.yaml *.yaml *.yml);;All files (*)</source>
        <translation>Invenio- oder InvenTree-Konfiguration (invenio.cfg *.cfg *.py config.yaml *.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Nichts importiert</translation>
    </message>
    <message>
        <source>Imported “%1” (%2) from %3.</source>
        <translation>„%1“ (%2) aus %3 importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n connection(s).</source>
        <translation>
            <numerusform>%n Verbindung importiert.</numerusform>
            <numerusform>%n Verbindungen importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Godwit::DatabaseSession</name>
    <message>
        <source>“%1” is not an SQLite database.</source>
        <translation>„%1“ ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>Cannot open the SQLite file “%1”.</source>
        <translation>Die SQLite-Datei „%1“ kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Authentication failed for user “%1” on %2.</source>
        <translation>Authentifizierung für den Benutzer „%1“ auf %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The database “%1” does not exist on %2.</source>
        <translation>Die Datenbank „%1“ existiert auf %2 nicht.</translation>
    </message>
    <message>
        <source>Timed out connecting to %1.</source>
        <translation>Zeitüberschreitung beim Verbinden mit %1.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>TLS failed with %1: %2</source>
        <translation>TLS mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection.</source>
        <translation>Der Server unter %1 hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>Unknown database error.</source>
        <translation>Unbekannter Datenbankfehler.</translation>
    </message>
    <message>
        <source>“%1” is not a database connection.</source>
        <translation>„%1“ ist keine Datenbankverbindung.</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed (Debian package %2).</source>
        <translation>Der Qt-SQL-Treiber %1 ist nicht installiert (Debian-Paket %2).</translation>
    </message>
    <message>
        <source>The connection “%1” is incomplete.</source>
        <translation>Die Verbindung „%1“ ist unvollständig.</translation>
    </message>
    <message>
        <source>The SQLite file “%1” does not exist.</source>
        <translation>Die SQLite-Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>„%1“ ist keine Datei.</translation>
    </message>
    <message>
        <source>The SQLite file “%1” is not readable.</source>
        <translation>Die SQLite-Datei „%1“ ist nicht lesbar.</translation>
    </message>
    <message>
        <source>Not a database connection.</source>
        <translation>Keine Datenbankverbindung.</translation>
    </message>
</context>
<context>
    <name>Godwit::HttpClient</name>
    <message>
        <source>Canceled by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
    <message>
        <source>The CA file “%1” holds no PEM certificate.</source>
        <translation>Die CA-Datei „%1“ enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>Connection refused by %1:%2.</source>
        <translation>Verbindung von %1:%2 abgelehnt.</translation>
    </message>
    <message>
        <source>Host not found: %1.</source>
        <translation>Host nicht gefunden: %1.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed: %2</source>
        <translation>Die Verbindung zu %1 wurde geschlossen: %2</translation>
    </message>
    <message>
        <source>TLS certificate of %1 not trusted: %2</source>
        <translation>Dem TLS-Zertifikat von %1 wird nicht vertraut: %2</translation>
    </message>
    <message>
        <source>Request to %1 failed: %2</source>
        <translation>Anfrage an %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Authentication failed at %1 (HTTP 401).</source>
        <translation>Authentifizierung bei %1 fehlgeschlagen (HTTP 401).</translation>
    </message>
    <message>
        <source>Permission denied at %1 (HTTP 403): %2</source>
        <translation>Zugriff verweigert bei %1 (HTTP 403): %2</translation>
    </message>
    <message>
        <source>Not found: %1 (%2)</source>
        <translation>Nicht gefunden: %1 (%2)</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: %3</source>
        <translation>HTTP %1 von %2: %3</translation>
    </message>
    <message>
        <source>%1 did not answer JSON: %2</source>
        <translation>%1 hat nicht mit JSON geantwortet: %2</translation>
    </message>
</context>
<context>
    <name>Godwit::JobManager</name>
    <message>
        <source>Canceled by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Godwit::JobsModel</name>
    <message>
        <source>Canceling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 %2/s</source>
        <translation>%1 %2/s</translation>
    </message>
    <message>
        <source>items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>%1 (ETA %2)</source>
        <translation>%1 (noch %2)</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Godwit::Language</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>Godwit::LogModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Godwit::MainWindow</name>
    <message>
        <source>Godwit</source>
        <translation>Godwit</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Dump files</source>
        <translation>Dump-Dateien</translation>
    </message>
    <message>
        <source>Schema revisions</source>
        <translation>Schema-Revisionen</translation>
    </message>
    <message>
        <source>Index migrations</source>
        <translation>Index-Migrationen</translation>
    </message>
    <message>
        <source>%1 (Alt+%2)</source>
        <translation>%1 (Alt+%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n Aufgabe läuft</numerusform>
            <numerusform>%n Aufgaben laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
</context>
<context>
    <name>Godwit::PasswordDialog</name>
    <message>
        <source>No system keychain is available: the password is kept in memory until Godwit quits.</source>
        <translation>Es ist kein System-Schlüsselbund verfügbar: Das Passwort wird bis zum Beenden von Godwit im Speicher gehalten.</translation>
    </message>
</context>
<context>
    <name>Godwit::PlaceholderPanel</name>
    <message>
        <source>Dump files</source>
        <translation>Dump-Dateien</translation>
    </message>
    <message>
        <source>Export a database to verifiable dump files, browse them, and drop a dump onto a connection to import it across engines in dependency order, with a pre-flight report and verification. Backup and restore included.</source>
        <translation>Exportieren Sie eine Datenbank in überprüfbare Dump-Dateien, durchsuchen Sie diese und ziehen Sie einen Dump auf eine Verbindung, um ihn engine-übergreifend in Abhängigkeitsreihenfolge zu importieren – mit Vorabbericht und Überprüfung. Sicherung und Wiederherstellung inklusive.</translation>
    </message>
    <message>
        <source>Schema revisions</source>
        <translation>Schema-Revisionen</translation>
    </message>
    <message>
        <source>The Alembic revision graph of your application drawn and browsable — branches, heads, merges and depends_on — with the revision each database is at and what an upgrade would run.</source>
        <translation>Der Alembic-Revisionsgraph Ihrer Anwendung, gezeichnet und durchsuchbar – Branches, Heads, Merges und depends_on – mit der Revision, auf der jede Datenbank steht, und dem, was ein Upgrade ausführen würde.</translation>
    </message>
    <message>
        <source>Index migrations</source>
        <translation>Index-Migrationen</translation>
    </message>
    <message>
        <source>Reindex Elasticsearch and OpenSearch indices with near-zero downtime: recipes, bulk reindex then live sync, status, atomic alias rollover and cancel, within one cluster or across two.</source>
        <translation>Indexieren Sie Elasticsearch- und OpenSearch-Indizes nahezu ohne Ausfallzeit neu: Rezepte, Massen-Reindex mit anschließender Live-Synchronisierung, Status, atomarer Alias-Wechsel und Abbruch – innerhalb eines Clusters oder zwischen zwei Clustern.</translation>
    </message>
    <message>
        <source>Coming in a later version of Godwit. The Connections panel already lists and checks the databases and clusters this panel will work on.</source>
        <translation>Folgt in einer späteren Version von Godwit. Der Bereich „Verbindungen“ listet und prüft bereits die Datenbanken und Cluster, mit denen dieser Bereich arbeiten wird.</translation>
    </message>
</context>
<context>
    <name>Godwit::PreferencesDialog</name>
    <message>
        <source>System keychain available: saved passwords are stored there.</source>
        <translation>System-Schlüsselbund verfügbar: Gespeicherte Passwörter werden dort abgelegt.</translation>
    </message>
    <message>
        <source>No keychain available: passwords are asked for and kept in memory only.</source>
        <translation>Kein Schlüsselbund verfügbar: Passwörter werden abgefragt und nur im Speicher gehalten.</translation>
    </message>
</context>
<context>
    <name>Godwit::SchemaReader</name>
    <message>
        <source>Not a database connection.</source>
        <translation>Keine Datenbankverbindung.</translation>
    </message>
    <message>
        <source>No table named “%1”.</source>
        <translation>Keine Tabelle namens „%1“.</translation>
    </message>
</context>
<context>
    <name>Godwit::SecretStore</name>
    <message>
        <source>A password is needed for this connection.</source>
        <translation>Für diese Verbindung wird ein Passwort benötigt.</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No keychain is available: the password is kept in memory for this session only.</source>
        <translation>Es ist kein Schlüsselbund verfügbar: Das Passwort wird nur für diese Sitzung im Speicher gehalten.</translation>
    </message>
    <message>
        <source>The keychain refused the password (%1); it is kept in memory for this session only.</source>
        <translation>Der Schlüsselbund hat das Passwort abgelehnt (%1); es wird nur für diese Sitzung im Speicher gehalten.</translation>
    </message>
</context>
<context>
    <name>Godwit::Workspace</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Demo InvenTree (SQLite)</source>
        <translation>InvenTree-Demo (SQLite)</translation>
    </message>
    <message>
        <source>demo workspace</source>
        <translation>Demo-Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Godwit</source>
        <translation>Godwit</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Extras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>Aufgabe a&amp;bbrechen</translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <translation>Abgeschlossene ent&amp;fernen</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>&amp;New connection…</source>
        <translation>&amp;Neue Verbindung…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Import connections from application config…</source>
        <translation>Verbindungen aus Anwendungskonfiguration &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;About Godwit</source>
        <translation>Ü&amp;ber Godwit</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password needed</source>
        <translation>Passwort erforderlich</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>Im &amp;Schlüsselbund des Systems speichern</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Arbeitsbereich:</translation>
    </message>
    <message>
        <source>Keychain:</source>
        <translation>Schlüsselbund:</translation>
    </message>
    <message>
        <source>A new language applies to the whole window at once; dialogs already open keep theirs.</source>
        <translation>Eine neue Sprache gilt sofort für das ganze Fenster; bereits geöffnete Dialoge behalten ihre bisherige.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Canceled by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
</context>
</TS>
