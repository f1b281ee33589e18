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
    <message>
        <source>&apos;%1&apos; is not a valid value for %2; expected &apos;space&apos;, &apos;newline&apos;, &apos;os&apos;, &apos;:&apos;, &apos;;&apos;</source>
        <translation>&apos;%1&apos; ist kein gültiger Wert für %2; erwartet: &apos;space&apos;, &apos;newline&apos;, &apos;os&apos;, &apos;:&apos;, &apos;;&apos;</translation>
    </message>
    <message>
        <source>cannot find the Python package “%1” named in %2 “%3” (Godwit looks next to alembic.ini and in prepend_sys_path); give the version folders with --versions instead</source>
        <translation>das in %2 „%3“ genannte Python-Paket „%1“ wurde nicht gefunden (Godwit sucht neben alembic.ini und in prepend_sys_path); geben Sie die Versionsordner stattdessen mit --versions an</translation>
    </message>
    <message>
        <source>not enough arguments for format string</source>
        <translation>nicht genügend Argumente für den Formatstring</translation>
    </message>
    <message>
        <source>the format %%1 is not supported</source>
        <translation>das Format %%1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>an empty expression</source>
        <translation>ein leerer Ausdruck</translation>
    </message>
    <message>
        <source>${%1}: %2</source>
        <translation>${%1}: %2</translation>
    </message>
    <message>
        <source>${%1}: “%1” is not defined</source>
        <translation>${%1}: „%1“ ist nicht definiert</translation>
    </message>
    <message>
        <source>${%1}: unknown filter “%2”</source>
        <translation>${%1}: unbekannter Filter „%2“</translation>
    </message>
    <message>
        <source>cannot loop over %1</source>
        <translation>über %1 kann nicht iteriert werden</translation>
    </message>
    <message>
        <source>cannot unpack %1</source>
        <translation>%1 kann nicht entpackt werden</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>ein Bytes-Objekt</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a tuple</source>
        <translation>ein Tupel</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a set</source>
        <translation>eine Menge</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>keine Zeichenkette</translation>
    </message>
    <message>
        <source>%1 is bytes; it must be a string</source>
        <translation>%1 ist ein Bytes-Objekt; es muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1 holds %2; every element must be a string</source>
        <translation>%1 enthält %2; jedes Element muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1 is %2; it must be None, a string or a tuple of strings</source>
        <translation>%1 ist %2; es muss None, eine Zeichenkette oder ein Tupel von Zeichenketten sein</translation>
    </message>
    <message>
        <source>expected an indented block after the statement on line %1</source>
        <translation>eingerückter Block nach der Anweisung in Zeile %1 erwartet</translation>
    </message>
    <message>
        <source>unexpected indent</source>
        <translation>unerwartete Einrückung</translation>
    </message>
    <message>
        <source>unindent does not match any outer indentation level</source>
        <translation>die Ausrückung passt zu keiner äußeren Einrückungsebene</translation>
    </message>
    <message>
        <source>invalid syntax near “%1 %2”</source>
        <translation>ungültige Syntax bei „%1 %2“</translation>
    </message>
    <message>
        <source>invalid syntax: “:” at the end of a line that opens no block</source>
        <translation>ungültige Syntax: „:“ am Ende einer Zeile, die keinen Block öffnet</translation>
    </message>
    <message>
        <source>invalid syntax: %1 needs a name</source>
        <translation>ungültige Syntax: %1 benötigt einen Namen</translation>
    </message>
    <message>
        <source>invalid syntax: def %1 needs parentheses</source>
        <translation>ungültige Syntax: def %1 benötigt Klammern</translation>
    </message>
    <message>
        <source>expected “:” after %1 %2</source>
        <translation>„:“ nach %1 %2 erwartet</translation>
    </message>
    <message>
        <source>invalid syntax: “from” without “import”</source>
        <translation>ungültige Syntax: „from“ ohne „import“</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>%1 is imported: its value cannot be read without running Python</source>
        <translation>%1 wird importiert: Sein Wert kann nicht gelesen werden, ohne Python auszuführen</translation>
    </message>
    <message>
        <source>“%1 %2 …” cannot be read without running Python</source>
        <translation>„%1 %2 …“ kann nicht gelesen werden, ohne Python auszuführen</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>berechnet</translation>
    </message>
    <message>
        <source>invalid syntax: an assignment needs a target and a value</source>
        <translation>ungültige Syntax: Eine Zuweisung benötigt ein Ziel und einen Wert</translation>
    </message>
    <message>
        <source>this form of assigning %1 cannot be read; write “%1 = …”</source>
        <translation>diese Form der Zuweisung an %1 kann nicht gelesen werden; schreiben Sie „%1 = …“</translation>
    </message>
    <message>
        <source>invalid syntax: cannot assign to %1</source>
        <translation>ungültige Syntax: Zuweisung an %1 nicht möglich</translation>
    </message>
    <message>
        <source>%1 is assigned inside an “%2” block: which value Python would use cannot be known without running it</source>
        <translation>%1 wird in einem „%2“-Block zugewiesen: Welchen Wert Python verwenden würde, lässt sich nicht ohne Ausführung feststellen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>revision is %1; it must be a string</source>
        <translation>revision ist %1; es muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>no “revision = …” assignment: Alembic cannot tell this script&apos;s revision id</source>
        <translation>keine Zuweisung „revision = …“: Alembic kann die Revisions-ID dieses Skripts nicht ermitteln</translation>
    </message>
    <message>
        <source>no “revision = …” assignment; the revision id %1 is taken from the file name (Alembic 0.1 style)</source>
        <translation>keine Zuweisung „revision = …“; die Revisions-ID %1 wird aus dem Dateinamen übernommen (Stil von Alembic 0.1)</translation>
    </message>
    <message>
        <source>the revision id is empty</source>
        <translation>die Revisions-ID ist leer</translation>
    </message>
    <message>
        <source>character(s) &apos;%1&apos; not allowed in revision identifier &apos;%2&apos;</source>
        <translation>Zeichen &apos;%1&apos; in der Revisionskennung &apos;%2&apos; nicht zulässig</translation>
    </message>
    <message>
        <source>no “down_revision = …” assignment (use down_revision = None for a first revision)</source>
        <translation>keine Zuweisung „down_revision = …“ (verwenden Sie down_revision = None für eine erste Revision)</translation>
    </message>
    <message>
        <source>down_revision holds an empty revision id</source>
        <translation>down_revision enthält eine leere Revisions-ID</translation>
    </message>
    <message>
        <source>depends_on holds an empty revision id</source>
        <translation>depends_on enthält eine leere Revisions-ID</translation>
    </message>
    <message>
        <source>branch_labels holds an empty label</source>
        <translation>branch_labels enthält ein leeres Label</translation>
    </message>
    <message>
        <source>self-loop: revision %1 lists itself in down_revision</source>
        <translation>Selbstschleife: Revision %1 führt sich selbst in down_revision auf</translation>
    </message>
    <message>
        <source>dependency self-loop: revision %1 lists itself in depends_on</source>
        <translation>Abhängigkeits-Selbstschleife: Revision %1 führt sich selbst in depends_on auf</translation>
    </message>
    <message>
        <source>down_revision lists the same revision twice</source>
        <translation>down_revision führt dieselbe Revision zweimal auf</translation>
    </message>
    <message>
        <source>depends_on lists the same revision twice</source>
        <translation>depends_on führt dieselbe Revision zweimal auf</translation>
    </message>
    <message>
        <source>the docstring says “Revision ID: %1” but revision = &apos;%2&apos;</source>
        <translation>der Docstring besagt „Revision ID: %1“, aber revision = &apos;%2&apos;</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the version location %1 does not exist</source>
        <translation>das Versionsverzeichnis %1 existiert nicht</translation>
    </message>
    <message>
        <source>the version location %1 is not a folder</source>
        <translation>das Versionsverzeichnis %1 ist kein Ordner</translation>
    </message>
    <message>
        <source>the file %1 is in more than one version location; it is read once</source>
        <translation>die Datei %1 liegt in mehr als einem Versionsverzeichnis; sie wird nur einmal gelesen</translation>
    </message>
    <message>
        <source>The database is at revision(s) %1, which the scripts do not contain: it was upgraded with other scripts (a newer release, another branch), or scripts are missing.</source>
        <translation>Die Datenbank steht auf Revision(en) %1, die in den Skripten nicht enthalten sind: Sie wurde mit anderen Skripten aktualisiert (einer neueren Version, einem anderen Branch), oder es fehlen Skripte.</translation>
    </message>
    <message>
        <source>the command is empty</source>
        <translation>der Befehl ist leer</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>%1 wird ausgeführt</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 ist abgestürzt</translation>
    </message>
    <message>
        <source>%1 exited with code %2: %3</source>
        <translation>%1 wurde mit Code %2 beendet: %3</translation>
    </message>
    <message>
        <source>Graphviz could not start (libgvc)</source>
        <translation>Graphviz konnte nicht gestartet werden (libgvc)</translation>
    </message>
    <message>
        <source>Graphviz could not read the generated graph</source>
        <translation>Graphviz konnte den erzeugten Graphen nicht lesen</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the graph (engine %1)</source>
        <translation>Graphviz konnte das Layout des Graphen nicht berechnen (Engine %1)</translation>
    </message>
    <message>
        <source>Graphviz cannot write %1 on this system (is the libgvc6 plugin for it installed?)</source>
        <translation>Graphviz kann auf diesem System kein %1 schreiben (ist das zugehörige libgvc6-Plugin installiert?)</translation>
    </message>
    <message>
        <source>unknown graph format “%1” (use dot, svg or png)</source>
        <translation>unbekanntes Graphformat „%1“ (verwenden Sie dot, svg oder png)</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the demo database: %1</source>
        <translation>Die Demo-Datenbank kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Unexpected %1 answer from the cluster: %2</source>
        <translation>Unerwartete %1-Antwort vom Cluster: %2</translation>
    </message>
    <message>
        <source>document %1: %2</source>
        <translation>Dokument %1: %2</translation>
    </message>
    <message>
        <source>The destination kept rejecting documents as overloaded (HTTP 429) after 12 retries.</source>
        <translation>Das Ziel hat auch nach 12 Wiederholungen weiterhin Dokumente wegen Überlastung abgelehnt (HTTP 429).</translation>
    </message>
    <message>
        <source>Deleting documents from %1 failed: %2</source>
        <translation>Das Löschen von Dokumenten aus %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The destination rejected deletions as overloaded (HTTP 429); the next pass retries.</source>
        <translation>Das Ziel hat Löschvorgänge wegen Überlastung abgelehnt (HTTP 429); der nächste Durchlauf versucht es erneut.</translation>
    </message>
    <message>
        <source>%1: missing in %2</source>
        <translation>%1: fehlt in %2</translation>
    </message>
    <message>
        <source>%1: only in %2</source>
        <translation>%1: nur in %2</translation>
    </message>
    <message>
        <source>%1: different content</source>
        <translation>%1: abweichender Inhalt</translation>
    </message>
    <message>
        <source>%1: version %2 in %3, %4 in %5</source>
        <translation>%1: Version %2 in %3, %4 in %5</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein boolescher Wert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>an empty dict</source>
        <translation>ein leeres Dict</translation>
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
    <name>Godwit::AlembicConfig</name>
    <message>
        <source>No config file “%1” found.</source>
        <translation>Keine Konfigurationsdatei „%1“ gefunden.</translation>
    </message>
    <message>
        <source>The config file “%1” has no [%2] section.</source>
        <translation>Die Konfigurationsdatei „%1“ hat keinen Abschnitt [%2].</translation>
    </message>
    <message>
        <source>No &apos;script_location&apos; key found in [%1] of %2.</source>
        <translation>Kein Schlüssel &apos;script_location&apos; in [%1] von %2 gefunden.</translation>
    </message>
    <message>
        <source>The script_location folder %1 does not exist.</source>
        <translation>Der script_location-Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 has an inline comment; Alembic reads it as part of the value and may refuse it (move the comment to its own line)</source>
        <translation>%1 enthält einen Inline-Kommentar; Alembic liest ihn als Teil des Werts und lehnt diesen möglicherweise ab (setzen Sie den Kommentar in eine eigene Zeile)</translation>
    </message>
    <message>
        <source>truncate_slug_length “%1” is not a positive number</source>
        <translation>truncate_slug_length „%1“ ist keine positive Zahl</translation>
    </message>
</context>
<context>
    <name>Godwit::Archive</name>
    <message>
        <source>“%1” is not a .tar, .tar.gz, .tar.zst or .zip name.</source>
        <translation>„%1“ ist kein Name mit der Endung .tar, .tar.gz, .tar.zst oder .zip.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot finish %1: %2</source>
        <translation>%1 kann nicht abgeschlossen werden: %2</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation>%1 kann nicht in %2 umbenannt werden.</translation>
    </message>
    <message>
        <source>Cannot open the archive %1: %2</source>
        <translation>Das Archiv %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The archive %1 is damaged: %2</source>
        <translation>Das Archiv %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>The archive %1 holds “%2”, which is not a plain file.</source>
        <translation>Das Archiv %1 enthält „%2“, das keine reguläre Datei ist.</translation>
    </message>
    <message>
        <source>The archive %1 holds “%2”, a path outside its folder.</source>
        <translation>Das Archiv %1 enthält „%2“, einen Pfad außerhalb seines Ordners.</translation>
    </message>
    <message>
        <source>The archive %1 is damaged at “%2”: %3</source>
        <translation>Das Archiv %1 ist bei „%2“ beschädigt: %3</translation>
    </message>
    <message>
        <source>The archive %1 has no “%2”.</source>
        <translation>Das Archiv %1 enthält kein „%2“.</translation>
    </message>
    <message>
        <source>“%1” in %2 is implausibly large.</source>
        <translation>„%1“ in %2 ist unplausibel groß.</translation>
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
    <message>
        <source>Name one index to delete; patterns are not accepted.</source>
        <translation>Geben Sie genau einen zu löschenden Index an; Muster werden nicht akzeptiert.</translation>
    </message>
</context>
<context>
    <name>Godwit::Compiler</name>
    <message>
        <source>&lt;%text&gt; is never closed</source>
        <translation>&lt;%text&gt; wird nie geschlossen</translation>
    </message>
    <message>
        <source>&lt;%doc&gt; is never closed</source>
        <translation>&lt;%doc&gt; wird nie geschlossen</translation>
    </message>
    <message>
        <source>&lt;% is never closed</source>
        <translation>&lt;% wird nie geschlossen</translation>
    </message>
    <message>
        <source>Mako tags such as “%1” are not supported</source>
        <translation>Mako-Tags wie „%1“ werden nicht unterstützt</translation>
    </message>
    <message>
        <source>“${” is never closed</source>
        <translation>„${“ wird nie geschlossen</translation>
    </message>
    <message>
        <source>${%1}: %2</source>
        <translation>${%1}: %2</translation>
    </message>
    <message>
        <source>“%1” is never closed</source>
        <translation>„%1“ wird nie geschlossen</translation>
    </message>
    <message>
        <source>“% elif” without “% if”</source>
        <translation>„% elif“ ohne „% if“</translation>
    </message>
    <message>
        <source>“% else” without “% if”</source>
        <translation>„% else“ ohne „% if“</translation>
    </message>
    <message>
        <source>“% %1” without its opening line</source>
        <translation>„% %1“ ohne die zugehörige öffnende Zeile</translation>
    </message>
    <message>
        <source>unsupported Mako control line “% %1”</source>
        <translation>nicht unterstützte Mako-Steuerzeile „% %1“</translation>
    </message>
    <message>
        <source>module-level code in &lt;%! %&gt; is not supported: %1</source>
        <translation>Code auf Modulebene in &lt;%! %&gt; wird nicht unterstützt: %1</translation>
    </message>
    <message>
        <source>only “name = value” is supported in &lt;% %&gt;: %1</source>
        <translation>in &lt;% %&gt; wird nur „name = value“ unterstützt: %1</translation>
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
    <message>
        <source>%1 is not a Godwit connections file.</source>
        <translation>%1 ist keine Godwit-Verbindungsdatei.</translation>
    </message>
    <message>
        <source>Not saving over a connections file that could not be read: %1</source>
        <translation>Eine Verbindungsdatei, die nicht gelesen werden konnte, wird nicht überschrieben: %1</translation>
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
    <message>
        <source>%1: done</source>
        <translation>%1: fertig</translation>
    </message>
    <message>
        <source>Create index…</source>
        <translation>Index anlegen…</translation>
    </message>
    <message>
        <source>Create index</source>
        <translation>Index anlegen</translation>
    </message>
    <message>
        <source>index name</source>
        <translation>Indexname</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Settings, mappings and aliases (JSON):</source>
        <translation>Einstellungen, Mappings und Aliasse (JSON):</translation>
    </message>
    <message>
        <source>Not JSON: %1 at offset %2</source>
        <translation>Kein gültiges JSON: %1 an Position %2</translation>
    </message>
    <message>
        <source>Name the index.</source>
        <translation>Geben Sie dem Index einen Namen.</translation>
    </message>
    <message>
        <source>Create index %1</source>
        <translation>Index %1 anlegen</translation>
    </message>
    <message>
        <source>Show mapping of %1…</source>
        <translation>Mapping von %1 anzeigen…</translation>
    </message>
    <message>
        <source>Mapping of %1</source>
        <translation>Mapping von %1</translation>
    </message>
    <message>
        <source>Add alias to %1…</source>
        <translation>Alias zu %1 hinzufügen…</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>Alias hinzufügen</translation>
    </message>
    <message>
        <source>Alias for %1:</source>
        <translation>Alias für %1:</translation>
    </message>
    <message>
        <source>Add alias %1</source>
        <translation>Alias %1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete index %1…</source>
        <translation>Index %1 löschen…</translation>
    </message>
    <message>
        <source>Delete index</source>
        <translation>Index löschen</translation>
    </message>
    <message>
        <source>This deletes %1 and all its documents for good. Type its name to confirm:</source>
        <translation>Dadurch werden %1 und alle seine Dokumente endgültig gelöscht. Geben Sie zur Bestätigung seinen Namen ein:</translation>
    </message>
    <message>
        <source>The name did not match; nothing was deleted.</source>
        <translation>Der Name stimmt nicht überein; es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Delete index %1</source>
        <translation>Index %1 löschen</translation>
    </message>
    <message>
        <source>Remove alias %1 from %2</source>
        <translation>Alias %1 von %2 entfernen</translation>
    </message>
    <message>
        <source>Remove alias %1</source>
        <translation>Alias %1 entfernen</translation>
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
    <name>Godwit::Dump</name>
    <message>
        <source>Neither database has a table “%1”.</source>
        <translation>Keine der beiden Datenbanken hat eine Tabelle „%1“.</translation>
    </message>
    <message>
        <source>Comparing %1</source>
        <translation>%1 wird verglichen</translation>
    </message>
    <message>
        <source>No output path for the dump.</source>
        <translation>Kein Ausgabepfad für den Dump.</translation>
    </message>
    <message>
        <source>The chunk size must be between 1 and 10,000,000 rows.</source>
        <translation>Die Chunk-Größe muss zwischen 1 und 10.000.000 Zeilen liegen.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or allow overwriting.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen oder erlauben Sie das Überschreiben.</translation>
    </message>
    <message>
        <source>%1 is a folder that holds something other than a Godwit dump; it is not overwritten.</source>
        <translation>%1 ist ein Ordner, der etwas anderes als einen Godwit-Dump enthält; er wird nicht überschrieben.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The media folder %1 does not exist.</source>
        <translation>Der Medienordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The database has no table “%1”.</source>
        <translation>Die Datenbank hat keine Tabelle „%1“.</translation>
    </message>
    <message>
        <source>A row filter names the table “%1”, which the database does not have.</source>
        <translation>Ein Zeilenfilter nennt die Tabelle „%1“, die es in der Datenbank nicht gibt.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Exporting %1 (%2 of %3)</source>
        <translation>%1 wird exportiert (%2 von %3)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 (is the disk full?)</source>
        <translation>%1 kann nicht geschrieben werden: %2 (ist der Datenträger voll?)</translation>
    </message>
    <message>
        <source>Copying media files</source>
        <translation>Mediendateien werden kopiert</translation>
    </message>
    <message>
        <source>Cannot copy the media file %1 (is the disk full?).</source>
        <translation>Die Mediendatei %1 kann nicht kopiert werden (ist der Datenträger voll?).</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot write the manifest of %1 (is the disk full?).</source>
        <translation>Das Manifest von %1 kann nicht geschrieben werden (ist der Datenträger voll?).</translation>
    </message>
    <message>
        <source>Cannot write the manifest checksum of %1.</source>
        <translation>Die Prüfsumme des Manifests von %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Packing %1</source>
        <translation>%1 wird gepackt</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2.</source>
        <translation>%1 kann nicht nach %2 verschoben werden.</translation>
    </message>
    <message>
        <source>The manifest of %1 is not valid JSON (%2 at byte %3): the dump is damaged.</source>
        <translation>Das Manifest von %1 ist kein gültiges JSON (%2 bei Byte %3): Der Dump ist beschädigt.</translation>
    </message>
    <message>
        <source>The manifest of %1 does not match its checksum: it was changed or damaged.</source>
        <translation>Das Manifest von %1 stimmt nicht mit seiner Prüfsumme überein: Es wurde verändert oder beschädigt.</translation>
    </message>
    <message>
        <source>%1 is not a Godwit dump: it has no manifest.json.</source>
        <translation>%1 ist kein Godwit-Dump: Es fehlt die manifest.json.</translation>
    </message>
    <message>
        <source>%1 is neither a dump folder nor a .tar, .tar.gz, .tar.zst or .zip archive.</source>
        <translation>%1 ist weder ein Dump-Ordner noch ein .tar-, .tar.gz-, .tar.zst- oder .zip-Archiv.</translation>
    </message>
    <message>
        <source>Verifying %1</source>
        <translation>%1 wird überprüft</translation>
    </message>
    <message>
        <source>The chunk is missing.</source>
        <translation>Der Chunk fehlt.</translation>
    </message>
    <message>
        <source>The chunk has %1 bytes instead of %2: it is truncated or was changed.</source>
        <translation>Der Chunk hat %1 Bytes statt %2: Er ist abgeschnitten oder wurde verändert.</translation>
    </message>
    <message>
        <source>The chunk&apos;s SHA-256 does not match the manifest: it is damaged or was changed.</source>
        <translation>Die SHA-256-Summe des Chunks stimmt nicht mit dem Manifest überein: Er ist beschädigt oder wurde verändert.</translation>
    </message>
    <message>
        <source>The table has %1 rows instead of the %2 the manifest lists.</source>
        <translation>Die Tabelle hat %1 Zeilen statt der %2 im Manifest aufgeführten.</translation>
    </message>
    <message>
        <source>The table&apos;s content checksum does not match the manifest.</source>
        <translation>Die Inhaltsprüfsumme der Tabelle stimmt nicht mit dem Manifest überein.</translation>
    </message>
    <message>
        <source>The media file is missing.</source>
        <translation>Die Mediendatei fehlt.</translation>
    </message>
    <message>
        <source>The media file does not match its checksum.</source>
        <translation>Die Mediendatei stimmt nicht mit ihrer Prüfsumme überein.</translation>
    </message>
    <message>
        <source>Verification was canceled before the end.</source>
        <translation>Die Überprüfung wurde vor dem Ende abgebrochen.</translation>
    </message>
    <message>
        <source>%1 bytes: %2</source>
        <translation>%1 Bytes: %2</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>Object %1 of the fixture is not valid JSON (%2).</source>
        <translation>Objekt %1 der Fixture ist kein gültiges JSON (%2).</translation>
    </message>
    <message>
        <source>Element %1 of the fixture is not an object.</source>
        <translation>Element %1 der Fixture ist kein Objekt.</translation>
    </message>
    <message>
        <source>Object %1 of the fixture has no “model”.</source>
        <translation>Objekt %1 der Fixture hat kein „model“.</translation>
    </message>
    <message>
        <source>Object %1 (%2) of the fixture has no “fields” object.</source>
        <translation>Objekt %1 (%2) der Fixture hat kein „fields“-Objekt.</translation>
    </message>
    <message>
        <source>The field “%1” of %2 has no column or many-to-many table in the target%3.</source>
        <translation>Das Feld „%1“ von %2 hat im Ziel weder eine Spalte noch eine Many-to-many-Tabelle%3.</translation>
    </message>
    <message>
        <source>; its values are left out</source>
        <translation>; seine Werte werden ausgelassen</translation>
    </message>
    <message>
        <source>InvenTree export metadata: source version %1, exported %2.</source>
        <translation>InvenTree-Exportmetadaten: Quellversion %1, exportiert am %2.</translation>
    </message>
    <message>
        <source>The model %1 has no table “%2” in the target: run the application&apos;s migrations first.</source>
        <translation>Für das Modell %1 gibt es im Ziel keine Tabelle „%2“: Führen Sie zuerst die Migrationen der Anwendung aus.</translation>
    </message>
    <message>
        <source>The model %1 has no table in the target: its %2 objects are left out.</source>
        <translation>Für das Modell %1 gibt es im Ziel keine Tabelle: Seine %2 Objekte werden ausgelassen.</translation>
    </message>
    <message>
        <source>%1 objects of %2 already exist in the target (same primary key); clear first or leave the model out.</source>
        <translation>%1 Objekte von %2 existieren bereits im Ziel (gleicher Primärschlüssel); leeren Sie zuerst die Tabelle oder lassen Sie das Modell aus.</translation>
    </message>
    <message>
        <source>Object %1 of the fixture is not a valid JSON object.</source>
        <translation>Objekt %1 der Fixture ist kein gültiges JSON-Objekt.</translation>
    </message>
    <message>
        <source>Nothing was imported: the pre-flight found %1 problem(s). %2</source>
        <translation>Es wurde nichts importiert: Die Vorabprüfung hat %1 Problem(e) gefunden. %2</translation>
    </message>
    <message>
        <source>Canceled; the import was rolled back and the target is as it was.</source>
        <translation>Abgebrochen; der Import wurde zurückgerollt, das Ziel ist unverändert.</translation>
    </message>
    <message>
        <source>The import was rolled back: the target is as it was.</source>
        <translation>Der Import wurde zurückgerollt: Das Ziel ist unverändert.</translation>
    </message>
    <message>
        <source>Clearing %1</source>
        <translation>%1 wird geleert</translation>
    </message>
    <message>
        <source>Cannot clear “%1”: %2</source>
        <translation>„%1“ kann nicht geleert werden: %2</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>%1 wird geladen</translation>
    </message>
    <message>
        <source>Object %1 of the fixture is not valid JSON.</source>
        <translation>Objekt %1 der Fixture ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>field “%1”: %2</source>
        <translation>Feld „%1“: %2</translation>
    </message>
    <message>
        <source>an object without a primary key has many-to-many values</source>
        <translation>ein Objekt ohne Primärschlüssel hat Many-to-many-Werte</translation>
    </message>
    <message>
        <source>Object %1 (%2, pk %3): %4</source>
        <translation>Objekt %1 (%2, pk %3): %4</translation>
    </message>
    <message>
        <source>Cannot write the reject file %1.</source>
        <translation>Die Reject-Datei %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Committing</source>
        <translation>Commit wird ausgeführt</translation>
    </message>
    <message>
        <source>%1 is not a Django database (it has no django_content_type table).</source>
        <translation>%1 ist keine Django-Datenbank (es gibt keine Tabelle django_content_type).</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>%1 wird exportiert</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>Verifying the dump</source>
        <translation>Dump wird überprüft</translation>
    </message>
    <message>
        <source>The dump has no table “%1”.</source>
        <translation>Der Dump enthält keine Tabelle „%1“.</translation>
    </message>
    <message>
        <source>The dump was taken at Alembic revisions %1; the target is at %2.</source>
        <translation>Der Dump wurde auf den Alembic-Revisionen %1 erstellt; das Ziel steht auf %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The target&apos;s Django migrations differ from the dump&apos;s: %1.</source>
        <translation>Die Django-Migrationen des Ziels weichen von denen des Dumps ab: %1.</translation>
    </message>
    <message>
        <source>The target has no migration history table; the dump&apos;s will be imported with it.</source>
        <translation>Das Ziel hat keine Tabelle mit der Migrationshistorie; die des Dumps wird mit importiert.</translation>
    </message>
    <message>
        <source>A plugin table: left out (--exclude-plugins).</source>
        <translation>Eine Plugin-Tabelle: ausgelassen (--exclude-plugins).</translation>
    </message>
    <message>
        <source>Not in the target: it will be created from the dump&apos;s schema.</source>
        <translation>Nicht im Ziel vorhanden: Sie wird aus dem Schema des Dumps angelegt.</translation>
    </message>
    <message>
        <source>Not in the target: its %1 are left out (--ignore-nonexistent).</source>
        <translation>Nicht im Ziel vorhanden: ausgelassen (%1, --ignore-nonexistent).</translation>
    </message>
    <message>
        <source>The target has no table “%1” (create it with the application&apos;s migrations, or allow creating tables).</source>
        <translation>Das Ziel hat keine Tabelle „%1“ (legen Sie sie mit den Migrationen der Anwendung an oder erlauben Sie das Anlegen von Tabellen).</translation>
    </message>
    <message>
        <source>The target has no column “%1”: its values are left out.</source>
        <translation>Das Ziel hat keine Spalte „%1“: Ihre Werte werden ausgelassen.</translation>
    </message>
    <message>
        <source>The target has no column “%1”: its values would be lost.</source>
        <translation>Das Ziel hat keine Spalte „%1“: Ihre Werte würden verloren gehen.</translation>
    </message>
    <message>
        <source>Column “%1” changes type: %2 (%3) in the dump, %4 (%5) in the target.</source>
        <translation>Spalte „%1“ ändert den Typ: %2 (%3) im Dump, %4 (%5) im Ziel.</translation>
    </message>
    <message>
        <source>The target&apos;s column “%1” is NOT NULL without a default, and the dump has no values for it.</source>
        <translation>Die Spalte „%1“ des Ziels ist NOT NULL ohne Standardwert, und der Dump enthält keine Werte dafür.</translation>
    </message>
    <message>
        <source>Looking for key collisions in %1</source>
        <translation>Suche nach Schlüsselkollisionen in %1</translation>
    </message>
    <message>
        <source>%1 of the dump already exist in the target (same primary key); clear the table first or leave it out.</source>
        <translation>Zeilen des Dumps existieren bereits im Ziel (%1 mit gleichem Primärschlüssel); leeren Sie zuerst die Tabelle oder lassen Sie sie aus.</translation>
    </message>
    <message>
        <source>Some foreign keys form cycles or reference their own table: they are checked at the commit.</source>
        <translation>Einige Fremdschlüssel bilden Zyklen oder verweisen auf ihre eigene Tabelle: Sie werden beim Commit geprüft.</translation>
    </message>
    <message>
        <source>Nothing was written: the target is as it was.</source>
        <translation>Nichts wurde geschrieben: Das Ziel ist unverändert.</translation>
    </message>
    <message>
        <source>The chunk writer stopped.</source>
        <translation>Das Schreiben der Chunks wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Internal error: %1 chunk checksums for %2 chunks.</source>
        <translation>Interner Fehler: %1 Chunk-Prüfsummen für %2 Chunks.</translation>
    </message>
    <message>
        <source>There is no interrupted import to resume in this database.</source>
        <translation>In dieser Datenbank gibt es keinen unterbrochenen Import, der fortgesetzt werden kann.</translation>
    </message>
    <message>
        <source>The interrupted import in this database is of another dump: resume it with that dump, or drop the table %1 to start again.</source>
        <translation>Der unterbrochene Import in dieser Datenbank stammt aus einem anderen Dump: Setzen Sie ihn mit dem zugehörigen Dump fort oder löschen Sie die Tabelle %1, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>Resuming the interrupted import: %1 of %2 chunks are loaded; the load goes on after them.</source>
        <translation>Wiederaufnahme des unterbrochenen Imports: %1 von %2 Chunks sind geladen; das Laden wird mit den übrigen fortgesetzt.</translation>
    </message>
    <message>
        <source>An interrupted import waits in this database (table %1): resume it, or drop that table to start again.</source>
        <translation>In dieser Datenbank wartet ein unterbrochener Import (Tabelle %1): Setzen Sie ihn fort oder löschen Sie diese Tabelle, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>The table uses the %1 storage engine, which cannot roll back, so a checkpointed import into it cannot be resumed exactly; convert it first (ALTER TABLE … ENGINE=InnoDB).</source>
        <translation>Die Tabelle verwendet die Speicher-Engine %1, die nicht zurückrollen kann; ein Import mit Checkpoints lässt sich darin daher nicht exakt fortsetzen. Konvertieren Sie sie zuerst (ALTER TABLE … ENGINE=InnoDB).</translation>
    </message>
    <message>
        <source>The table uses the %1 storage engine, which cannot roll back: should the import fail, the rows already loaded into it stay.</source>
        <translation>Die Tabelle verwendet die Speicher-Engine %1, die nicht zurückrollen kann: Schlägt der Import fehl, bleiben die bereits geladenen Zeilen darin.</translation>
    </message>
</context>
<context>
    <name>Godwit::Dump::ChunkWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Internal error: chunk data without a chunk file.</source>
        <translation>Interner Fehler: Chunk-Daten ohne Chunk-Datei.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 (is the disk full?)</source>
        <translation>%1 kann nicht geschrieben werden: %2 (ist der Datenträger voll?)</translation>
    </message>
</context>
<context>
    <name>Godwit::Dump::DumpListModel</name>
    <message>
        <source>Django fixture</source>
        <translation>Django-Fixture</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>no checksums</source>
        <translation>keine Prüfsummen</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht überprüft</translation>
    </message>
    <message>
        <source>verifying…</source>
        <translation>wird überprüft…</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>überprüft</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <source>Dump</source>
        <translation>Dump</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Checksums</source>
        <translation>Prüfsummen</translation>
    </message>
</context>
<context>
    <name>Godwit::Dump::DumpRowsModel</name>
    <message>
        <source>(unreadable)</source>
        <translation>(nicht lesbar)</translation>
    </message>
    <message>
        <source>, primary key</source>
        <translation>, Primärschlüssel</translation>
    </message>
</context>
<context>
    <name>Godwit::Dump::DumpSource</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to unpack %1.</source>
        <translation>Es kann kein temporärer Ordner zum Entpacken von %1 angelegt werden.</translation>
    </message>
    <message>
        <source>Unpacking %1</source>
        <translation>%1 wird entpackt</translation>
    </message>
    <message>
        <source>%1 is neither a dump folder nor a .tar, .tar.gz, .tar.zst or .zip archive.</source>
        <translation>%1 ist weder ein Dump-Ordner noch ein .tar-, .tar.gz-, .tar.zst- oder .zip-Archiv.</translation>
    </message>
    <message>
        <source>%1 is not a Godwit dump: it has no manifest.json.</source>
        <translation>%1 ist kein Godwit-Dump: Es fehlt die manifest.json.</translation>
    </message>
    <message>
        <source>The manifest of %1 is implausibly large.</source>
        <translation>Das Manifest von %1 ist unplausibel groß.</translation>
    </message>
</context>
<context>
    <name>Godwit::Dump::DumpTablesModel</name>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Chunks</source>
        <translation>Chunks</translation>
    </message>
</context>
<context>
    <name>Godwit::Dump::InfileFeed</name>
    <message>
        <source>the value has no MySQL literal</source>
        <translation>der Wert hat kein MySQL-Literal</translation>
    </message>
    <message>
        <source>Row %1 of “%2” does not fit the target (%3); nothing was imported.</source>
        <translation>Zeile %1 von „%2“ passt nicht zum Ziel (%3); es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>column “%1”: %2</source>
        <translation>Spalte „%1“: %2</translation>
    </message>
</context>
<context>
    <name>Godwit::Dump::JsonArrayReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 is not a Django fixture (a JSON array).</source>
        <translation>%1 ist keine Django-Fixture (ein JSON-Array).</translation>
    </message>
    <message>
        <source>%1 ends before its closing “]”: the file is truncated.</source>
        <translation>%1 endet vor der schließenden „]“: Die Datei ist abgeschnitten.</translation>
    </message>
    <message>
        <source>An object in %1 is larger than 512 MB.</source>
        <translation>Ein Objekt in %1 ist größer als 512 MB.</translation>
    </message>
    <message>
        <source>%1 ends in the middle of an object: the file is truncated.</source>
        <translation>%1 endet mitten in einem Objekt: Die Datei ist abgeschnitten.</translation>
    </message>
    <message>
        <source>%1 has an unbalanced “%2”.</source>
        <translation>%1 enthält ein „%2“ ohne Gegenstück.</translation>
    </message>
</context>
<context>
    <name>Godwit::Dump::LoadTransaction</name>
    <message>
        <source>The commit failed (%1), probably a foreign key without its row.</source>
        <translation>Der Commit ist fehlgeschlagen (%1), vermutlich wegen eines Fremdschlüssels ohne zugehörige Zeile.</translation>
    </message>
    <message>
        <source>The commit failed (%1).</source>
        <translation>Der Commit ist fehlgeschlagen (%1).</translation>
    </message>
</context>
<context>
    <name>Godwit::Dump::Loader</name>
    <message>
        <source>Cannot write the reject file %1: %2</source>
        <translation>Die Reject-Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Row skipped in %1: %2</source>
        <translation>Zeile in %1 übersprungen: %2</translation>
    </message>
    <message>
        <source>Loading “%1” failed: %2</source>
        <translation>Laden von „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The server closed the connection while loading “%1” (%2).</source>
        <translation>Der Server hat die Verbindung beim Laden von „%1“ geschlossen (%2).</translation>
    </message>
    <message>
        <source>column “%1”: %2</source>
        <translation>Spalte „%1“: %2</translation>
    </message>
    <message>
        <source>Row %1 of “%2” does not fit the target (%3); nothing was imported.</source>
        <translation>Zeile %1 von „%2“ passt nicht zum Ziel (%3); es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Cannot create the table “%1”: %2</source>
        <translation>Die Tabelle „%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The import was rolled back: the target is as it was.</source>
        <translation>Der Import wurde zurückgerollt: Das Ziel ist unverändert.</translation>
    </message>
    <message>
        <source>Canceled; the import was rolled back and the target is as it was.</source>
        <translation>Abgebrochen; der Import wurde zurückgerollt, das Ziel ist unverändert.</translation>
    </message>
    <message>
        <source>Clearing %1</source>
        <translation>%1 wird geleert</translation>
    </message>
    <message>
        <source>Cannot clear “%1”: %2</source>
        <translation>„%1“ kann nicht geleert werden: %2</translation>
    </message>
    <message>
        <source>Loading %1 (%2 of %3)</source>
        <translation>%1 wird geladen (%2 von %3)</translation>
    </message>
    <message>
        <source>Indexes and foreign keys of the created tables</source>
        <translation>Indizes und Fremdschlüssel der angelegten Tabellen</translation>
    </message>
    <message>
        <source>Cannot add an index or foreign key (%1): %2</source>
        <translation>Index oder Fremdschlüssel kann nicht hinzugefügt werden (%1): %2</translation>
    </message>
    <message>
        <source>Committing</source>
        <translation>Commit wird ausgeführt</translation>
    </message>
    <message>
        <source>Verifying %1</source>
        <translation>%1 wird überprüft</translation>
    </message>
    <message>
        <source>the value has no MySQL literal</source>
        <translation>der Wert hat kein MySQL-Literal</translation>
    </message>
    <message>
        <source>Checking the foreign keys</source>
        <translation>Fremdschlüssel werden geprüft</translation>
    </message>
    <message>
        <source>A foreign key does not hold after the load (%1): %2</source>
        <translation>Ein Fremdschlüssel ist nach dem Laden verletzt (%1): %2</translation>
    </message>
    <message>
        <source>Loading “%1” changed values on the way in (%2); nothing was imported.</source>
        <translation>Beim Laden von „%1“ wurden Werte verändert (%2); es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Loading “%1”: the server took %2 of %3 rows; nothing was imported.</source>
        <translation>Laden von „%1“: Der Server hat %2 von %3 Zeilen übernommen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The import created these tables and could not drop them again; drop them by hand: %1.</source>
        <translation>Der Import hat diese Tabellen angelegt und konnte sie nicht wieder löschen; löschen Sie sie manuell: %1.</translation>
    </message>
    <message>
        <source>Nothing more was written: the import can still be resumed.</source>
        <translation>Es wurde nichts weiter geschrieben: Der Import kann noch fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Nothing was written: the target is as it was.</source>
        <translation>Nichts wurde geschrieben: Das Ziel ist unverändert.</translation>
    </message>
    <message>
        <source>Cannot create the checkpoint table %1: %2</source>
        <translation>Die Checkpoint-Tabelle %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The chunks before are committed and their progress is kept in the table %1; run the same import again, resuming (--resume), to go on from there without loading a row twice.</source>
        <translation>Die vorherigen Chunks sind per Commit festgeschrieben, und ihr Fortschritt ist in der Tabelle %1 gespeichert; führen Sie denselben Import erneut mit Fortsetzung (--resume) aus, um von dort weiterzumachen, ohne eine Zeile doppelt zu laden.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Stopped at %1, which was rolled back.</source>
        <translation>Angehalten bei %1, der zurückgerollt wurde.</translation>
    </message>
    <message>
        <source>The foreign keys dropped for the load are added again when it completes.</source>
        <translation>Die für das Laden entfernten Fremdschlüssel werden nach dessen Abschluss wieder hinzugefügt.</translation>
    </message>
    <message>
        <source>LOAD DATA LOCAL is not available (%1): loading with INSERT statements.</source>
        <translation>LOAD DATA LOCAL ist nicht verfügbar (%1): Es wird mit INSERT-Anweisungen geladen.</translation>
    </message>
    <message>
        <source>chunk %1 of %2 of “%3”</source>
        <translation>Chunk %1 von %2 aus „%3“</translation>
    </message>
    <message>
        <source>Committing the loaded rows</source>
        <translation>Commit der geladenen Zeilen wird ausgeführt</translation>
    </message>
    <message>
        <source>A foreign key does not hold after the load: row %1 of “%2” points at a missing row of “%3”.</source>
        <translation>Ein Fremdschlüssel ist nach dem Laden verletzt: Zeile %1 von „%2“ verweist auf eine fehlende Zeile von „%3“.</translation>
    </message>
    <message>
        <source>The import was committed, but verifying “%1” failed: %2</source>
        <translation>Der Import wurde per Commit festgeschrieben, aber die Überprüfung von „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>They may hold rows of this import (on MySQL the loaded rows are committed before their indexes are added).</source>
        <translation>Sie können Zeilen dieses Imports enthalten (unter MySQL werden die geladenen Zeilen committet, bevor ihre Indizes angelegt werden).</translation>
    </message>
    <message>
        <source>The foreign keys cannot be dropped for the load (no right to alter the tables): they are checked at every chunk&apos;s commit, so rows pointing at rows of later chunks stop the import.</source>
        <translation>Die Fremdschlüssel können für das Laden nicht entfernt werden (kein Recht, die Tabellen zu ändern): Sie werden beim Commit jedes Chunks geprüft, daher halten Zeilen, die auf Zeilen späterer Chunks verweisen, den Import an.</translation>
    </message>
    <message>
        <source>The loaded rows were committed before this step: check the target with db compare.</source>
        <translation>Die geladenen Zeilen wurden vor diesem Schritt festgeschrieben: prüfen Sie das Ziel mit db compare.</translation>
    </message>
    <message>
        <source>The server does not allow LOAD DATA LOCAL (local_infile is off): loading with INSERT statements, which is slower.</source>
        <translation>Der Server erlaubt LOAD DATA LOCAL nicht (local_infile ist aus): Laden mit INSERT-Anweisungen, was langsamer ist.</translation>
    </message>
    <message>
        <source>Building the keys and indexes again</source>
        <translation>Schlüssel und Indizes werden neu aufgebaut</translation>
    </message>
    <message>
        <source>Cannot build a key or index again after the load (%1): %2</source>
        <translation>Ein Schlüssel oder Index lässt sich nach dem Laden nicht neu aufbauen (%1): %2</translation>
    </message>
    <message>
        <source>The connection was lost during the commit, so whether the import took effect is not known: compare the target with the dump (db compare) before running it again.</source>
        <translation>Die Verbindung ging während des Festschreibens verloren; ob der Import wirksam wurde, ist unbekannt: vergleichen Sie das Ziel mit dem Dump (db compare), bevor Sie ihn erneut ausführen.</translation>
    </message>
</context>
<context>
    <name>Godwit::Dump::Manifest</name>
    <message>
        <source>The dump&apos;s manifest is damaged: %1.</source>
        <translation>Das Manifest des Dumps ist beschädigt: %1.</translation>
    </message>
    <message>
        <source>This is not a Godwit dump (its manifest names no “godwit-dump” format).</source>
        <translation>Dies ist kein Godwit-Dump (sein Manifest nennt kein Format „godwit-dump“).</translation>
    </message>
    <message>
        <source>no format version</source>
        <translation>keine Formatversion</translation>
    </message>
    <message>
        <source>This dump has format version %1; this Godwit reads up to version %2. Update Godwit to read it.</source>
        <translation>Dieser Dump hat die Formatversion %1; diese Godwit-Version liest bis Version %2. Aktualisieren Sie Godwit, um ihn zu lesen.</translation>
    </message>
    <message>
        <source>no table list</source>
        <translation>keine Tabellenliste</translation>
    </message>
    <message>
        <source>a table without a name</source>
        <translation>eine Tabelle ohne Namen</translation>
    </message>
    <message>
        <source>the table “%1” is listed twice</source>
        <translation>die Tabelle „%1“ ist zweimal aufgeführt</translation>
    </message>
    <message>
        <source>the table “%1” has no columns</source>
        <translation>die Tabelle „%1“ hat keine Spalten</translation>
    </message>
    <message>
        <source>a column of “%1” has no name or an unknown type</source>
        <translation>eine Spalte von „%1“ hat keinen Namen oder einen unbekannten Typ</translation>
    </message>
    <message>
        <source>the chunk path “%1” of “%2” is not a dump path</source>
        <translation>der Chunk-Pfad „%1“ von „%2“ ist kein Dump-Pfad</translation>
    </message>
    <message>
        <source>a chunk of “%1” has no row count, size or SHA-256</source>
        <translation>ein Chunk von „%1“ hat keine Zeilenzahl, Größe oder SHA-256-Summe</translation>
    </message>
    <message>
        <source>the table “%1” says %2 rows but its chunks hold %3</source>
        <translation>die Tabelle „%1“ gibt %2 Zeilen an, ihre Chunks enthalten aber %3</translation>
    </message>
    <message>
        <source>the media path “%1” leaves the dump</source>
        <translation>der Medienpfad „%1“ verlässt den Dump</translation>
    </message>
</context>
<context>
    <name>Godwit::Dump::MysqlInfile</name>
    <message>
        <source>The commit of the loaded rows failed: %1</source>
        <translation>Der Commit der geladenen Zeilen ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Godwit::Dump::NaturalKeys</name>
    <message>
        <source>the natural key %1 points at “%2”, which the target does not have</source>
        <translation>der natürliche Schlüssel %1 verweist auf „%2“, das es im Ziel nicht gibt</translation>
    </message>
    <message>
        <source>cannot resolve the natural key %1 of “%2”: the table has no unique key of %3 column(s)</source>
        <translation>der natürliche Schlüssel %1 von „%2“ kann nicht aufgelöst werden: Die Tabelle hat keinen eindeutigen Schlüssel aus %3 Spalte(n)</translation>
    </message>
    <message>
        <source>no row of “%1” has the natural key %2</source>
        <translation>keine Zeile von „%1“ hat den natürlichen Schlüssel %2</translation>
    </message>
</context>
<context>
    <name>Godwit::Dump::RowScanner</name>
    <message>
        <source>The row filter of “%1” is not valid SQL: %2</source>
        <translation>Der Zeilenfilter von „%1“ ist kein gültiges SQL: %2</translation>
    </message>
    <message>
        <source>The server closed the connection: %1</source>
        <translation>Der Server hat die Verbindung geschlossen: %1</translation>
    </message>
    <message>
        <source>The server&apos;s binary COPY stream of “%1” is not understood: %2.</source>
        <translation>Der binäre COPY-Strom des Servers für „%1“ ist nicht verständlich: %2.</translation>
    </message>
</context>
<context>
    <name>Godwit::Dump::TableReader</name>
    <message>
        <source>The chunk %1 of “%2” is missing.</source>
        <translation>Der Chunk %1 von „%2“ fehlt.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 of “%2” ends in the middle of a row: the chunk is truncated.</source>
        <translation>%1 von „%2“ endet mitten in einer Zeile: Der Chunk ist abgeschnitten.</translation>
    </message>
    <message>
        <source>%1 of “%2” is damaged: %3.</source>
        <translation>%1 von „%2“ ist beschädigt: %3.</translation>
    </message>
    <message>
        <source>%1 of “%2” has %3 values for %4 columns.</source>
        <translation>%1 von „%2“ hat %3 Werte für %4 Spalten.</translation>
    </message>
</context>
<context>
    <name>Godwit::DumpsPanel</name>
    <message>
        <source>Add a folder of dumps</source>
        <translation>Einen Ordner mit Dumps hinzufügen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dump files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dump-Dateien&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export a database connection into a dump</source>
        <translation>Eine Datenbankverbindung in einen Dump exportieren</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import the selected dump into a database (or drop a dump here)</source>
        <translation>Den ausgewählten Dump in eine Datenbank importieren (oder einen Dump hierher ziehen)</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Check every checksum of the selected dump</source>
        <translation>Alle Prüfsummen des ausgewählten Dumps prüfen</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>Sichern…</translation>
    </message>
    <message>
        <source>A timestamped, compressed dump of a connection into the backups folder</source>
        <translation>Ein komprimierter Dump einer Verbindung mit Zeitstempel im Sicherungsordner</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore the selected backup into a connection: clears the tables, creates missing ones</source>
        <translation>Die ausgewählte Sicherung in eine Verbindung zurückspielen: leert die Tabellen und legt fehlende an</translation>
    </message>
    <message>
        <source>Look for dumps again</source>
        <translation>Erneut nach Dumps suchen</translation>
    </message>
    <message>
        <source>Filter dumps</source>
        <translation>Dumps filtern</translation>
    </message>
    <message>
        <source>Find by key, then Enter</source>
        <translation>Nach Schlüssel suchen, dann Eingabe</translation>
    </message>
    <message>
        <source>No dumps yet.

Export a connection, or drop a dump folder, an archive (.tar.gz, .tar.zst, .zip) or a Django fixture (.json) here to import it.</source>
        <translation>Noch keine Dumps.

Exportieren Sie eine Verbindung oder ziehen Sie einen Dump-Ordner, ein Archiv (.tar.gz, .tar.zst, .zip) oder eine Django-Fixture (.json) hierher, um sie zu importieren.</translation>
    </message>
    <message>
        <source>Select a dump to see its tables and rows.</source>
        <translation>Wählen Sie einen Dump aus, um seine Tabellen und Zeilen zu sehen.</translation>
    </message>
    <message>
        <source>Dumps</source>
        <translation>Dumps</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Look for dumps</source>
        <translation>Nach Dumps suchen</translation>
    </message>
    <message>
        <source>Alembic at %1</source>
        <translation>Alembic auf %1</translation>
    </message>
    <message numerus="yes">
        <source>%n Django migration(s)</source>
        <translation>
            <numerusform>%n Django-Migration</numerusform>
            <numerusform>%n Django-Migrationen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;From %2 %3 (%4), written %5 by %6 · %7 tables, %8 rows%9%10</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Aus %2 %3 (%4), geschrieben am %5 von %6 · %7 Tabellen, %8 Zeilen%9%10</translation>
    </message>
    <message numerus="yes">
        <source> · %n media file(s)</source>
        <translation>
            <numerusform> · %n Mediendatei</numerusform>
            <numerusform> · %n Mediendateien</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;A Django fixture: import it into a database whose schema the application&apos;s migrations created.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Eine Django-Fixture: Importieren Sie sie in eine Datenbank, deren Schema von den Migrationen der Anwendung angelegt wurde.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;This dump cannot be read.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Dieser Dump kann nicht gelesen werden.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 rows</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 Zeilen</translation>
    </message>
    <message>
        <source>Find %1 in %2</source>
        <translation>%1 in %2 suchen</translation>
    </message>
    <message>
        <source>No row with the key %1.</source>
        <translation>Keine Zeile mit dem Schlüssel %1.</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>%1 überprüfen</translation>
    </message>
    <message>
        <source>%1 rows in %2 chunks: every checksum matches.</source>
        <translation>%1 Zeilen in %2 Chunks: Alle Prüfsummen stimmen überein.</translation>
    </message>
    <message>
        <source>%1 is intact.</source>
        <translation>%1 ist intakt.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Import abgeschlossen.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
</context>
<context>
    <name>Godwit::Evaluator</name>
    <message>
        <source>%1 has no attribute %2</source>
        <translation>%1 hat kein Attribut %2</translation>
    </message>
    <message>
        <source>unsupported attribute “%1”</source>
        <translation>nicht unterstütztes Attribut „%1“</translation>
    </message>
    <message>
        <source>index out of range</source>
        <translation>Index außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>only strings can be %-formatted</source>
        <translation>nur Zeichenketten können mit % formatiert werden</translation>
    </message>
    <message>
        <source>cannot add %1 and %2</source>
        <translation>%1 und %2 können nicht addiert werden</translation>
    </message>
    <message>
        <source>repr() takes one argument</source>
        <translation>repr() erwartet genau ein Argument</translation>
    </message>
    <message>
        <source>len() takes one argument</source>
        <translation>len() erwartet genau ein Argument</translation>
    </message>
    <message>
        <source>context.get() needs a name</source>
        <translation>context.get() benötigt einen Namen</translation>
    </message>
    <message>
        <source>re.split(pattern, string) needs a string</source>
        <translation>re.split(pattern, string) benötigt eine Zeichenkette</translation>
    </message>
    <message>
        <source>bad regular expression: %1</source>
        <translation>ungültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>join() takes one argument</source>
        <translation>join() erwartet genau ein Argument</translation>
    </message>
    <message>
        <source>unsupported method “%1”</source>
        <translation>nicht unterstützte Methode „%1“</translation>
    </message>
    <message>
        <source>an assignment without a value</source>
        <translation>eine Zuweisung ohne Wert</translation>
    </message>
    <message>
        <source>“%1” is an expression that cannot be read without running Python</source>
        <translation>„%1“ ist ein Ausdruck, der nicht gelesen werden kann, ohne Python auszuführen</translation>
    </message>
    <message>
        <source>an f-string cannot be read without running Python</source>
        <translation>ein f-String kann nicht gelesen werden, ohne Python auszuführen</translation>
    </message>
    <message>
        <source>invalid syntax near “%1”</source>
        <translation>ungültige Syntax bei „%1“</translation>
    </message>
    <message>
        <source>unknown variable “%1” (it is not defined before it is used)</source>
        <translation>unbekannte Variable „%1“ (sie wird vor ihrer Verwendung nicht definiert)</translation>
    </message>
    <message>
        <source>“%1” is %2, not a value that can be read without running Python</source>
        <translation>„%1“ ist %2, kein Wert, der sich ohne Ausführung von Python lesen lässt</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>berechnet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was never closed</source>
        <translation>&apos;%1&apos; wurde nie geschlossen</translation>
    </message>
    <message>
        <source>a dict is not a revision identifier</source>
        <translation>ein Dict ist keine Revisionskennung</translation>
    </message>
    <message>
        <source>a comprehension cannot be read without running Python</source>
        <translation>eine Comprehension kann nicht gelesen werden, ohne Python auszuführen</translation>
    </message>
</context>
<context>
    <name>Godwit::ExportDialog</name>
    <message>
        <source>Export a database</source>
        <translation>Datenbank exportieren</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>Godwit dump, compressed (.tar.zst)</source>
        <translation>Godwit-Dump, komprimiert (.tar.zst)</translation>
    </message>
    <message>
        <source>Godwit dump, compressed (.tar.gz)</source>
        <translation>Godwit-Dump, komprimiert (.tar.gz)</translation>
    </message>
    <message>
        <source>Godwit dump, ZIP (.zip)</source>
        <translation>Godwit-Dump, ZIP (.zip)</translation>
    </message>
    <message>
        <source>Godwit dump, folder</source>
        <translation>Godwit-Dump, Ordner</translation>
    </message>
    <message>
        <source>Django fixture for loaddata (.json)</source>
        <translation>Django-Fixture für loaddata (.json)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Choose where the dump goes</source>
        <translation>Speicherort des Dumps wählen</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>InvenTree: leave out sessions, tokens, email logs, task queue, plugin data</source>
        <translation>InvenTree: Sitzungen, Tokens, E-Mail-Protokolle, Aufgabenwarteschlange und Plugin-Daten auslassen</translation>
    </message>
    <message>
        <source>Invenio: leave out sessions and tokens</source>
        <translation>Invenio: Sitzungen und Tokens auslassen</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Voreinstellung:</translation>
    </message>
    <message>
        <source>e.g. django_session, *_log</source>
        <translation>z. B. django_session, *_log</translation>
    </message>
    <message>
        <source>E&amp;xclude tables:</source>
        <translation>Tabellen &amp;ausschließen:</translation>
    </message>
    <message>
        <source> rows per file</source>
        <translation> Zeilen pro Datei</translation>
    </message>
    <message>
        <source>C&amp;hunks:</source>
        <translation>C&amp;hunks:</translation>
    </message>
    <message>
        <source>optional: InvenTree&apos;s media/ or Invenio&apos;s files folder</source>
        <translation>optional: media/ von InvenTree oder der Dateiordner von Invenio</translation>
    </message>
    <message>
        <source>&amp;Media folder:</source>
        <translation>&amp;Medienordner:</translation>
    </message>
    <message>
        <source>&amp;Replace an existing dump of that name</source>
        <translation>Vorhandenen Dump dieses Namens e&amp;rsetzen</translation>
    </message>
    <message>
        <source>&amp;Tables (unchecked ones are left out):</source>
        <translation>&amp;Tabellen (nicht markierte werden ausgelassen):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Folder for the dump</source>
        <translation>Ordner für den Dump</translation>
    </message>
    <message>
        <source>Save the dump as</source>
        <translation>Dump speichern unter</translation>
    </message>
    <message>
        <source>Media folder</source>
        <translation>Medienordner</translation>
    </message>
    <message>
        <source>Back up a database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>Add a database connection first.</source>
        <translation>Legen Sie zuerst eine Datenbankverbindung an.</translation>
    </message>
    <message>
        <source>Reading the tables of %1…</source>
        <translation>Tabellen von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>List tables of %1</source>
        <translation>Tabellen von %1 auflisten</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s).</source>
        <translation>
            <numerusform>%n Tabelle.</numerusform>
            <numerusform>%n Tabellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check at least one table.</source>
        <translation>Markieren Sie mindestens eine Tabelle.</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <source>Export %1 → %2</source>
        <translation>Export %1 → %2</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>Godwit::ExprParser</name>
    <message>
        <source>unexpected “%1”</source>
        <translation>unerwartetes „%1“</translation>
    </message>
    <message>
        <source>“if” without “else”</source>
        <translation>„if“ ohne „else“</translation>
    </message>
    <message>
        <source>a name must follow “.”</source>
        <translation>auf „.“ muss ein Name folgen</translation>
    </message>
    <message>
        <source>“(” is never closed</source>
        <translation>„(“ wird nie geschlossen</translation>
    </message>
    <message>
        <source>keyword arguments are not supported</source>
        <translation>Schlüsselwortargumente werden nicht unterstützt</translation>
    </message>
    <message>
        <source>expected “,” or “)”</source>
        <translation>„,“ oder „)“ erwartet</translation>
    </message>
    <message>
        <source>expected “]” (slices are not supported)</source>
        <translation>„]“ erwartet (Slices werden nicht unterstützt)</translation>
    </message>
    <message>
        <source>an expression is missing</source>
        <translation>ein Ausdruck fehlt</translation>
    </message>
    <message>
        <source>f-strings are not supported</source>
        <translation>f-Strings werden nicht unterstützt</translation>
    </message>
    <message>
        <source>only whole numbers are supported: %1</source>
        <translation>nur ganze Zahlen werden unterstützt: %1</translation>
    </message>
    <message>
        <source>“%1” is never closed</source>
        <translation>„%1“ wird nie geschlossen</translation>
    </message>
    <message>
        <source>expected “,” or “%1”</source>
        <translation>„,“ oder „%1“ erwartet</translation>
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
    <name>Godwit::ImportDialog</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Import a dump</source>
        <translation>Dump importieren</translation>
    </message>
    <message>
        <source>A dump folder, a .tar.gz/.tar.zst/.zip archive or a Django fixture (.json)</source>
        <translation>Ein Dump-Ordner, ein .tar.gz-/.tar.zst-/.zip-Archiv oder eine Django-Fixture (.json)</translation>
    </message>
    <message>
        <source>Choose a dump file</source>
        <translation>Dump-Datei wählen</translation>
    </message>
    <message>
        <source>&amp;Dump:</source>
        <translation>&amp;Dump:</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>&amp;Clear the imported tables first</source>
        <translation>Importierte Tabellen zuerst &amp;leeren</translation>
    </message>
    <message>
        <source>C&amp;reate missing tables from the dump</source>
        <translation>Fehlende Tabellen aus dem Dump &amp;anlegen</translation>
    </message>
    <message>
        <source>I&amp;gnore tables and columns the target lacks</source>
        <translation>Im Ziel fehlende Tabellen und Spalten i&amp;gnorieren</translation>
    </message>
    <message>
        <source>Leave out &amp;plugin data</source>
        <translation>&amp;Plugin-Daten auslassen</translation>
    </message>
    <message>
        <source>&amp;Strict: a different migration state is an error</source>
        <translation>&amp;Strikt: Ein abweichender Migrationsstand ist ein Fehler</translation>
    </message>
    <message>
        <source>S&amp;kip bad rows (into a reject file) instead of stopping</source>
        <translation>Fehlerhafte Zeilen ü&amp;berspringen (in eine Reject-Datei), statt abzubrechen</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Rows now in the target</source>
        <translation>Zeilen derzeit im Ziel</translation>
    </message>
    <message>
        <source>Key collisions</source>
        <translation>Schlüsselkollisionen</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Choose a dump and a target: the pre-flight report shows what would happen, before anything is written.</source>
        <translation>Wählen Sie einen Dump und ein Ziel: Der Vorabbericht zeigt, was geschehen würde, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Choose a dump</source>
        <translation>Dump wählen</translation>
    </message>
    <message>
        <source>Dumps (manifest.json *.tar *.tar.gz *.tgz *.tar.zst *.zip *.json)</source>
        <translation>Dumps (manifest.json *.tar *.tar.gz *.tgz *.tar.zst *.zip *.json)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose a dump and a target connection.</source>
        <translation>Wählen Sie einen Dump und eine Zielverbindung.</translation>
    </message>
    <message>
        <source>Checking %1 against %2…</source>
        <translation>%1 wird mit %2 abgeglichen…</translation>
    </message>
    <message>
        <source>Pre-flight %1 → %2</source>
        <translation>Vorabprüfung %1 → %2</translation>
    </message>
    <message>
        <source>The pre-flight failed: %1</source>
        <translation>Die Vorabprüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>create and load</source>
        <translation>anlegen und laden</translation>
    </message>
    <message>
        <source>clear and load</source>
        <translation>leeren und laden</translation>
    </message>
    <message>
        <source>load</source>
        <translation>laden</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be solved before importing; nothing has been written.</source>
        <translation>
            <numerusform>%n Problem muss vor dem Import gelöst werden; es wurde nichts geschrieben.</numerusform>
            <numerusform>%n Probleme müssen vor dem Import gelöst werden; es wurde nichts geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to import into %1, with %n warning(s) above.</source>
        <translation>
            <numerusform>Bereit zum Import in %1, mit %n Warnung (siehe oben).</numerusform>
            <numerusform>Bereit zum Import in %1, mit %n Warnungen (siehe oben).</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to import into %1.</source>
        <translation>Bereit zum Import in %1.</translation>
    </message>
    <message>
        <source>Tables load in foreign-key order: %1</source>
        <translation>Die Tabellen werden in Fremdschlüsselreihenfolge geladen: %1</translation>
    </message>
    <message>
        <source>Importing into %1…</source>
        <translation>Import in %1…</translation>
    </message>
    <message>
        <source>Import %1 → %2</source>
        <translation>Import %1 → %2</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Import fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Imported %1 rows into %2 in %3 s.</source>
        <translation>%1 Zeilen in %3 s nach %2 importiert.</translation>
    </message>
    <message>
        <source>%1 bad rows were skipped into %2.</source>
        <translation>%1 fehlerhafte Zeilen wurden übersprungen und in %2 abgelegt.</translation>
    </message>
    <message>
        <source>Verified: every table matches the dump.</source>
        <translation>Überprüft: Jede Tabelle stimmt mit dem Dump überein.</translation>
    </message>
    <message>
        <source>Verification found differences in: %1.</source>
        <translation>Die Überprüfung hat Unterschiede gefunden in: %1.</translation>
    </message>
    <message>
        <source>Commit after every c&amp;hunk, so that an interrupted import can be resumed</source>
        <translation>Nach jedem &amp;Chunk einen Commit ausführen, damit ein unterbrochener Import fortgesetzt werden kann</translation>
    </message>
    <message>
        <source>Instead of all or nothing: the progress is kept in the target&apos;s %1 table, and an interrupted import goes on where it stopped without loading a row twice.</source>
        <translation>Statt alles oder nichts: Der Fortschritt wird in der Tabelle %1 des Ziels gespeichert, und ein unterbrochener Import wird dort fortgesetzt, wo er angehalten wurde, ohne eine Zeile doppelt zu laden.</translation>
    </message>
    <message>
        <source>Res&amp;ume the interrupted import of this dump</source>
        <translation>Unterbrochenen Import dieses Dumps &amp;fortsetzen</translation>
    </message>
    <message>
        <source>To go on with the interrupted import, tick “Resume the interrupted import of this dump”.</source>
        <translation>Um den unterbrochenen Import fortzusetzen, aktivieren Sie „Unterbrochenen Import dieses Dumps fortsetzen“.</translation>
    </message>
</context>
<context>
    <name>Godwit::IndexMigrationsPanel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>New recipe</source>
        <translation>Neues Rezept</translation>
    </message>
    <message>
        <source>Name of the recipe:</source>
        <translation>Name des Rezepts:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Validieren</translation>
    </message>
    <message>
        <source>Check the recipe against the clusters and try the new mappings; nothing is created</source>
        <translation>Das Rezept gegen die Cluster prüfen und die neuen Mappings ausprobieren; es wird nichts angelegt</translation>
    </message>
    <message>
        <source>Init…</source>
        <translation>Initialisieren…</translation>
    </message>
    <message>
        <source>Show what would be created, then create the destination indexes</source>
        <translation>Anzeigen, was angelegt würde, und dann die Zielindizes anlegen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Bulk copy, then keep syncing changes until stopped</source>
        <translation>Massenkopie, danach Änderungen fortlaufend synchronisieren, bis gestoppt wird</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop syncing (the state stays in the cluster; Run resumes)</source>
        <translation>Synchronisierung stoppen (der Status bleibt im Cluster; „Ausführen“ setzt sie fort)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Rollover…</source>
        <translation>Umschalten…</translation>
    </message>
    <message>
        <source>Swap the aliases to the new indexes in one atomic call</source>
        <translation>Die Aliasse in einem atomaren Aufruf auf die neuen Indizes umstellen</translation>
    </message>
    <message>
        <source>Rollback…</source>
        <translation>Zurückschalten…</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Abbrechen…</translation>
    </message>
    <message>
        <source>Clean up…</source>
        <translation>Aufräumen…</translation>
    </message>
    <message>
        <source>Add job</source>
        <translation>Job hinzufügen</translation>
    </message>
    <message>
        <source>Remove job</source>
        <translation>Job entfernen</translation>
    </message>
    <message>
        <source>Mappings and settings…</source>
        <translation>Mappings und Einstellungen…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Source cluster:</source>
        <translation>Quell-Cluster:</translation>
    </message>
    <message>
        <source>Destination cluster:</source>
        <translation>Ziel-Cluster:</translation>
    </message>
    <message>
        <source>Index prefix:</source>
        <translation>Index-Präfix:</translation>
    </message>
    <message>
        <source>Move the aliases at rollover (create them on the destination across clusters)</source>
        <translation>Aliasse beim Umschalten verschieben (bei zwei Clustern auf dem Ziel anlegen)</translation>
    </message>
    <message>
        <source>Source index or alias</source>
        <translation>Quellindex oder -alias</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Slices</source>
        <translation>Slices</translation>
    </message>
    <message>
        <source>Req/s</source>
        <translation>Anfr./s</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Timestamp field</source>
        <translation>Zeitstempelfeld</translation>
    </message>
    <message>
        <source>Sync every (s)</source>
        <translation>Sync alle (s)</translation>
    </message>
    <message>
        <source>Max lag (s)</source>
        <translation>Max. Verzögerung (s)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Docs/s</source>
        <translation>Dok./s</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Source docs</source>
        <translation>Quell-Dok.</translation>
    </message>
    <message>
        <source>Dest. docs</source>
        <translation>Ziel-Dok.</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Documents per second</source>
        <translation>Dokumente pro Sekunde</translation>
    </message>
    <message>
        <source>Sync lag (s)</source>
        <translation>Sync-Verzögerung (s)</translation>
    </message>
    <message>
        <source>Throughput and lag</source>
        <translation>Durchsatz und Verzögerung</translation>
    </message>
    <message>
        <source>No recipe selected: create one with “New recipe”</source>
        <translation>Kein Rezept ausgewählt: Legen Sie eines mit „Neues Rezept“ an</translation>
    </message>
    <message>
        <source>Recipe %1</source>
        <translation>Rezept %1</translation>
    </message>
    <message>
        <source>(same as the source)</source>
        <translation>(wie die Quelle)</translation>
    </message>
    <message>
        <source>Reading the migration state…</source>
        <translation>Migrationsstatus wird gelesen…</translation>
    </message>
    <message>
        <source>Recipe not saved</source>
        <translation>Rezept nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Mappings and settings of job %1</source>
        <translation>Mappings und Einstellungen von Job %1</translation>
    </message>
    <message>
        <source>Either the complete new mappings, or edits merged into the source&apos;s (null removes a key). Settings are merged over the source&apos;s. The dry run of Init shows the difference.</source>
        <translation>Entweder die vollständigen neuen Mappings oder Änderungen, die mit denen der Quelle zusammengeführt werden (null entfernt einen Schlüssel). Die Einstellungen werden über die der Quelle gelegt. Der Probelauf von „Initialisieren…“ zeigt den Unterschied.</translation>
    </message>
    <message>
        <source>New mappings (empty: the source&apos;s):</source>
        <translation>Neue Mappings (leer: die der Quelle):</translation>
    </message>
    <message>
        <source>Mapping edits:</source>
        <translation>Mapping-Änderungen:</translation>
    </message>
    <message>
        <source>Index settings:</source>
        <translation>Index-Einstellungen:</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2 at offset %3</source>
        <translation>%1 ist kein JSON-Objekt: %2 an Position %3</translation>
    </message>
    <message>
        <source>Another Godwit drives this migration; stop it there first</source>
        <translation>Eine andere Godwit-Instanz steuert diese Migration; stoppen Sie sie zuerst dort</translation>
    </message>
    <message>
        <source>Confirm switch…</source>
        <translation>Umstellung bestätigen…</translation>
    </message>
    <message>
        <source>The recipe names a connection that does not exist.</source>
        <translation>Das Rezept nennt eine Verbindung, die nicht existiert.</translation>
    </message>
    <message>
        <source>Validate %1</source>
        <translation>%1 validieren</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>The recipe is valid. %1</source>
        <translation>Das Rezept ist gültig. %1</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>%1 planen</translation>
    </message>
    <message>
        <source>Init</source>
        <translation>Initialisieren</translation>
    </message>
    <message>
        <source>Nothing was created:

%1</source>
        <translation>Es wurde nichts angelegt:

%1</translation>
    </message>
    <message>
        <source>Init %1</source>
        <translation>%1 initialisieren</translation>
    </message>
    <message>
        <source>Create the destination indexes?</source>
        <translation>Die Zielindizes anlegen?</translation>
    </message>
    <message>
        <source>This is the dry run; nothing has been created yet.</source>
        <translation>Dies ist der Probelauf; es wurde noch nichts angelegt.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Initialised.</source>
        <translation>Initialisiert.</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>%1 ausführen</translation>
    </message>
    <message>
        <source>Does the application use the destination cluster now? The last writes to the source are copied, then the migration is marked as rolled over.</source>
        <translation>Verwendet die Anwendung jetzt den Ziel-Cluster? Die letzten Schreibvorgänge in der Quelle werden kopiert, dann wird die Migration als umgeschaltet markiert.</translation>
    </message>
    <message>
        <source>Swap every alias of %1 to the new indexes in one call? The old indexes are kept until you clean up; until then you can roll back.</source>
        <translation>Alle Aliasse von %1 in einem Aufruf auf die neuen Indizes umstellen? Die alten Indizes bleiben bis zum Aufräumen erhalten; bis dahin können Sie zurückschalten.</translation>
    </message>
    <message>
        <source>Rollover</source>
        <translation>Umschalten</translation>
    </message>
    <message>
        <source>Rollover %1</source>
        <translation>%1 umschalten</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Zurückschalten</translation>
    </message>
    <message>
        <source>Swap the aliases of %1 back to the old indexes? What was written meanwhile is copied back first.</source>
        <translation>Die Aliasse von %1 wieder auf die alten Indizes umstellen? Was zwischenzeitlich geschrieben wurde, wird zuerst zurückkopiert.</translation>
    </message>
    <message>
        <source>Rollback %1</source>
        <translation>%1 zurückschalten</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>%1 abbrechen</translation>
    </message>
    <message>
        <source>Cancel the migration? Running bulk tasks are canceled.</source>
        <translation>Die Migration abbrechen? Laufende Massenkopie-Tasks werden abgebrochen.</translation>
    </message>
    <message>
        <source>Delete the indexes it created</source>
        <translation>Die von ihr angelegten Indizes löschen</translation>
    </message>
    <message>
        <source>Clean up</source>
        <translation>Aufräumen</translation>
    </message>
    <message>
        <source>Delete the old indexes of %1 for good? Rollback is no longer possible afterwards.</source>
        <translation>Die alten Indizes von %1 endgültig löschen? Ein Zurückschalten ist danach nicht mehr möglich.</translation>
    </message>
    <message>
        <source>Clean up %1</source>
        <translation>%1 aufräumen</translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation>%1 pausieren</translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation>%1 fortsetzen</translation>
    </message>
    <message>
        <source>Throttle changed.</source>
        <translation>Drosselung geändert.</translation>
    </message>
    <message>
        <source>Choose the clusters, then save the recipe.</source>
        <translation>Wählen Sie die Cluster und speichern Sie dann das Rezept.</translation>
    </message>
    <message>
        <source> — driven by %1 (process %2)%3</source>
        <translation> — gesteuert von %1 (Prozess %2)%3</translation>
    </message>
    <message>
        <source>, gone</source>
        <translation>, nicht mehr aktiv</translation>
    </message>
    <message>
        <source>Migration: &lt;b&gt;%1&lt;/b&gt;%2</source>
        <translation>Migration: &lt;b&gt;%1&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source>Not initialised yet: Validate, then Init… creates the destination indexes.</source>
        <translation>Noch nicht initialisiert: Erst „Validieren“, dann legt „Initialisieren…“ die Zielindizes an.</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3)</source>
        <translation>%1 % (%2 von %3)</translation>
    </message>
</context>
<context>
    <name>Godwit::IndexMigrator</name>
    <message>
        <source>“%1” matches no index on %2.</source>
        <translation>„%1“ passt zu keinem Index auf %2.</translation>
    </message>
    <message>
        <source>The alias “%1” points at several indexes (%2): name one of them, or use a pattern.</source>
        <translation>Der Alias „%1“ verweist auf mehrere Indizes (%2): Nennen Sie einen davon oder verwenden Sie ein Muster.</translation>
    </message>
    <message>
        <source>Two sources would be copied into %1.</source>
        <translation>Zwei Quellen würden in %1 kopiert.</translation>
    </message>
    <message>
        <source>%1 has no field “%2”: the sync could not find changed documents. Name the field every write sets (sync.timestamp_field), or turn the sync off.</source>
        <translation>%1 hat kein Feld „%2“: Die Synchronisierung könnte geänderte Dokumente nicht finden. Nennen Sie das Feld, das jeder Schreibvorgang setzt (sync.timestamp_field), oder schalten Sie die Synchronisierung ab.</translation>
    </message>
    <message>
        <source>The timestamp field “%1” of %2 is a %3, not a date.</source>
        <translation>Das Zeitstempelfeld „%1“ von %2 ist vom Typ %3, kein Datum.</translation>
    </message>
    <message>
        <source>%1: sync is off, so changes made after the bulk copy are not copied.</source>
        <translation>%1: Die Synchronisierung ist ausgeschaltet, daher werden Änderungen nach der Massenkopie nicht kopiert.</translation>
    </message>
    <message>
        <source>%1 has no alias: rollover has nothing to swap, clients must be pointed at %2 by hand.</source>
        <translation>%1 hat keinen Alias: Beim Umschalten gibt es nichts zu tauschen, Clients müssen manuell auf %2 umgestellt werden.</translation>
    </message>
    <message>
        <source>Templates are copied across clusters only; inside one cluster they are there already.</source>
        <translation>Index-Templates werden nur zwischen zwei Clustern kopiert; innerhalb eines Clusters sind sie bereits vorhanden.</translation>
    </message>
    <message>
        <source>The destination %1 exists already: delete it, or change the destination template.</source>
        <translation>Das Ziel %1 existiert bereits: Löschen Sie es oder ändern Sie die Zielvorlage.</translation>
    </message>
    <message>
        <source>“%1” is initialised already (status: %2). Use run/status, or cancel it first.</source>
        <translation>„%1“ ist bereits initialisiert (Status: %2). Verwenden Sie run/status oder brechen Sie sie zuerst ab.</translation>
    </message>
    <message>
        <source>The mappings or settings for %1 are refused by %2: %3</source>
        <translation>Die Mappings oder Einstellungen für %1 werden von %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>Nothing was created: %1</source>
        <translation>Es wurde nichts angelegt: %1</translation>
    </message>
    <message>
        <source>Initialising %1 job(s).</source>
        <translation>%1 Job(s) werden initialisiert.</translation>
    </message>
    <message>
        <source>%1 What init had created was deleted again.</source>
        <translation>%1 Was die Initialisierung angelegt hatte, wurde wieder gelöscht.</translation>
    </message>
    <message>
        <source>Reading template %1 failed: %2</source>
        <translation>Lesen des Index-Templates %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Copying template %1 failed: %2</source>
        <translation>Kopieren des Index-Templates %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Template %1 copied.</source>
        <translation>Index-Template %1 kopiert.</translation>
    </message>
    <message>
        <source>Creating %1 failed: %2</source>
        <translation>Anlegen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 angelegt.</translation>
    </message>
    <message>
        <source>Destination indexes created: %1.</source>
        <translation>Zielindizes angelegt: %1.</translation>
    </message>
    <message>
        <source>“%1” is %2: nothing to run.</source>
        <translation>„%1“ hat den Status %2: nichts auszuführen.</translation>
    </message>
    <message>
        <source>“%1” is rolled over: clean up, or roll back first.</source>
        <translation>„%1“ ist umgeschaltet: Räumen Sie auf oder schalten Sie zuerst zurück.</translation>
    </message>
    <message>
        <source>Syncing %1 → %2</source>
        <translation>Synchronisierung %1 → %2</translation>
    </message>
    <message>
        <source>Sync pass failed, retrying: %1</source>
        <translation>Synchronisierungsdurchlauf fehlgeschlagen, neuer Versuch: %1</translation>
    </message>
    <message>
        <source>“%1” was canceled from elsewhere; the sync stopped.</source>
        <translation>„%1“ wurde von anderer Stelle abgebrochen; die Synchronisierung wurde gestoppt.</translation>
    </message>
    <message>
        <source>Sync stopped by the user.</source>
        <translation>Synchronisierung vom Benutzer gestoppt.</translation>
    </message>
    <message>
        <source>Nothing to confirm: “%1” is %2 (run rollover without --confirm first).</source>
        <translation>Nichts zu bestätigen: „%1“ hat den Status %2 (führen Sie zuerst rollover ohne --confirm aus).</translation>
    </message>
    <message>
        <source>“%1” is %2: rollover needs a migration that is syncing (run it first).</source>
        <translation>„%1“ hat den Status %2: Das Umschalten erfordert eine Migration, die gerade synchronisiert (führen Sie sie zuerst aus).</translation>
    </message>
    <message>
        <source>%1 is in phase %2</source>
        <translation>%1 ist in Phase %2</translation>
    </message>
    <message>
        <source>%1 is %2 s behind (threshold %3 s)</source>
        <translation>%1 liegt %2 s zurück (Schwellenwert %3 s)</translation>
    </message>
    <message>
        <source>%1 had %2 documents rejected</source>
        <translation>bei %1 wurden %2 Dokumente abgelehnt</translation>
    </message>
    <message>
        <source>Rollover refused, nothing changed: %1. Keep `index run` syncing, or use --force.</source>
        <translation>Umschalten abgelehnt, nichts geändert: %1. Lassen Sie `index run` weiter synchronisieren oder verwenden Sie --force.</translation>
    </message>
    <message>
        <source>“%1” is being synced by another Godwit on %2: stop that run first, then roll over.</source>
        <translation>„%1“ wird von einer anderen Godwit-Instanz auf %2 synchronisiert: Stoppen Sie zuerst diesen Lauf und schalten Sie dann um.</translation>
    </message>
    <message>
        <source>Restoring the settings of %1</source>
        <translation>Einstellungen von %1 werden wiederhergestellt</translation>
    </message>
    <message>
        <source>Final sync of %1</source>
        <translation>Abschließende Synchronisierung von %1</translation>
    </message>
    <message>
        <source>The application uses the destination cluster; the source is kept until cleanup.</source>
        <translation>Die Anwendung verwendet den Ziel-Cluster; die Quelle bleibt bis zum Aufräumen erhalten.</translation>
    </message>
    <message>
        <source>Aliases now point at the new indexes.</source>
        <translation>Die Aliasse verweisen jetzt auf die neuen Indizes.</translation>
    </message>
    <message>
        <source>Catching up %1</source>
        <translation>%1 wird nachgezogen</translation>
    </message>
    <message>
        <source>Writes that reached the old indexes just before the swap were copied.</source>
        <translation>Schreibvorgänge, die die alten Indizes kurz vor dem Umschalten erreicht haben, wurden kopiert.</translation>
    </message>
    <message>
        <source>The destination&apos;s aliases were removed; the source stays in use.</source>
        <translation>Die Aliasse des Ziels wurden entfernt; die Quelle bleibt in Verwendung.</translation>
    </message>
    <message>
        <source>“%1” is %2: only a rolled-over migration can be rolled back.</source>
        <translation>„%1“ hat den Status %2: Nur eine umgeschaltete Migration kann zurückgeschaltet werden.</translation>
    </message>
    <message>
        <source>The application was switched to the destination cluster and confirmed; point it back at the source by hand. Godwit does not copy back across clusters.</source>
        <translation>Die Anwendung wurde auf den Ziel-Cluster umgestellt und dies bestätigt; richten Sie sie manuell wieder auf die Quelle aus. Godwit kopiert nicht clusterübergreifend zurück.</translation>
    </message>
    <message>
        <source>Aliases point at the old indexes again; changes made meanwhile were copied back.</source>
        <translation>Die Aliasse verweisen wieder auf die alten Indizes; zwischenzeitliche Änderungen wurden zurückkopiert.</translation>
    </message>
    <message>
        <source>“%1” is %2: roll back first; cancel does not touch indexes in use.</source>
        <translation>„%1“ hat den Status %2: Schalten Sie zuerst zurück; Abbrechen rührt keine verwendeten Indizes an.</translation>
    </message>
    <message>
        <source>Task %1 canceled.</source>
        <translation>Task %1 abgebrochen.</translation>
    </message>
    <message>
        <source>%1 is kept: aliases point at it.</source>
        <translation>%1 bleibt erhalten: Aliasse verweisen darauf.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Canceled; what init created was deleted.</source>
        <translation>Abgebrochen; was die Initialisierung angelegt hatte, wurde gelöscht.</translation>
    </message>
    <message>
        <source>Canceled; the new indexes were kept.</source>
        <translation>Abgebrochen; die neuen Indizes wurden beibehalten.</translation>
    </message>
    <message>
        <source>“%1” is %2: cleanup deletes the old indexes after a rollover only.</source>
        <translation>„%1“ hat den Status %2: Das Aufräumen löscht die alten Indizes nur nach einem Umschalten.</translation>
    </message>
    <message>
        <source>%1 still carries aliases; it is not deleted.</source>
        <translation>%1 trägt noch Aliasse; er wird nicht gelöscht.</translation>
    </message>
    <message>
        <source>Deleting %1 failed: %2</source>
        <translation>Löschen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Deleted the old index %1.</source>
        <translation>Alter Index %1 gelöscht.</translation>
    </message>
    <message>
        <source>Old indexes deleted; the migration is complete.</source>
        <translation>Alte Indizes gelöscht; die Migration ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Rethrottling %1 failed: %2</source>
        <translation>Ändern der Drosselung von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Bulk copy paused.</source>
        <translation>Massenkopie pausiert.</translation>
    </message>
    <message>
        <source>Bulk copy unthrottled.</source>
        <translation>Massenkopie nicht mehr gedrosselt.</translation>
    </message>
    <message>
        <source>Bulk copy throttled to %1 documents/s.</source>
        <translation>Massenkopie auf %1 Dokumente/s gedrosselt.</translation>
    </message>
    <message>
        <source>No bulk task is running; the rate applies when one starts.</source>
        <translation>Es läuft kein Massenkopie-Task; die Rate gilt, sobald einer startet.</translation>
    </message>
    <message>
        <source>The destination is ready and carries the aliases. Point the application at %1 (for Invenio: SEARCH_HOSTS / OPENSEARCH_HOSTS = [{&quot;host&quot;: &quot;%2&quot;, &quot;port&quot;: %3}]); keep `index run` syncing until it uses the destination, then stop it and confirm with `index rollover --confirm`.</source>
        <translation>Das Ziel ist bereit und trägt die Aliasse. Richten Sie die Anwendung auf %1 aus (für Invenio: SEARCH_HOSTS / OPENSEARCH_HOSTS = [{&quot;host&quot;: &quot;%2&quot;, &quot;port&quot;: %3}]); lassen Sie `index run` weiter synchronisieren, bis sie das Ziel verwendet, beenden Sie es dann und bestätigen Sie mit `index rollover --confirm`.</translation>
    </message>
</context>
<context>
    <name>Godwit::IndexMigrator::Private</name>
    <message>
        <source>Source cluster “%1”: %2</source>
        <translation>Quell-Cluster „%1“: %2</translation>
    </message>
    <message>
        <source>Destination cluster “%1”: %2</source>
        <translation>Ziel-Cluster „%1“: %2</translation>
    </message>
    <message>
        <source>%1 is not supported: index migrations cover Elasticsearch 6–8 and OpenSearch 1–3.</source>
        <translation>%1 wird nicht unterstützt: Index-Migrationen umfassen Elasticsearch 6–8 und OpenSearch 1–3.</translation>
    </message>
    <message>
        <source>Cannot create the state index %1: %2</source>
        <translation>Der Statusindex %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The state of “%1” was changed by another Godwit instance meanwhile; nothing was overwritten. Run `index status` to see who drives it.</source>
        <translation>Der Status von „%1“ wurde zwischenzeitlich von einer anderen Godwit-Instanz geändert; es wurde nichts überschrieben. Führen Sie `index status` aus, um zu sehen, wer sie steuert.</translation>
    </message>
    <message>
        <source>Cannot save the migration state: %1</source>
        <translation>Der Migrationsstatus kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 (process %2, last seen %3 s ago)</source>
        <translation>%1 (Prozess %2, zuletzt vor %3 s gesehen)</translation>
    </message>
    <message>
        <source>“%1” is being driven by another Godwit on %2; stop it there first.</source>
        <translation>„%1“ wird von einer anderen Godwit-Instanz auf %2 gesteuert; stoppen Sie sie zuerst dort.</translation>
    </message>
    <message>
        <source>Taken over from an owner that is gone.</source>
        <translation>Von einem nicht mehr aktiven Eigentümer übernommen.</translation>
    </message>
    <message>
        <source>The recipe “%1” was edited since init: its jobs, connections or prefix differ from what was initialised. Restore it, or cancel the migration and init again. Nothing was changed.</source>
        <translation>Das Rezept „%1“ wurde seit der Initialisierung bearbeitet: Seine Jobs, Verbindungen oder sein Präfix weichen vom initialisierten Stand ab. Stellen Sie es wieder her oder brechen Sie die Migration ab und initialisieren Sie sie neu. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot change the settings of %1: %2</source>
        <translation>Die Einstellungen von %1 können nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>Unknown index or alias “%1” on %2.</source>
        <translation>Unbekannter Index oder Alias „%1“ auf %2.</translation>
    </message>
    <message>
        <source>Cannot read the destination&apos;s node settings to check %1 (%2).</source>
        <translation>Die Knoteneinstellungen des Ziels können nicht gelesen werden, um %1 zu prüfen (%2).</translation>
    </message>
    <message>
        <source>The source %1 is not in the destination&apos;s %2: add it to the destination nodes&apos; configuration and restart them, or use the client method.</source>
        <translation>Die Quelle %1 ist nicht in %2 des Ziels enthalten: Fügen Sie sie der Konfiguration der Zielknoten hinzu und starten Sie diese neu, oder verwenden Sie die Methode client.</translation>
    </message>
    <message>
        <source>%1 (add the source to the destination&apos;s %2, or use the client method)</source>
        <translation>%1 (fügen Sie die Quelle zu %2 des Ziels hinzu oder verwenden Sie die Methode client)</translation>
    </message>
    <message>
        <source>Starting the reindex of %1 into %2 failed: %3</source>
        <translation>Starten des Reindex von %1 in %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 → %2: reindex task %3 started</source>
        <translation>%1 → %2: Reindex-Task %3 gestartet</translation>
    </message>
    <message>
        <source>%1 is not available yet (cluster health red).</source>
        <translation>%1 ist noch nicht verfügbar (Cluster-Zustand rot).</translation>
    </message>
    <message>
        <source>Waiting for the cluster: %1</source>
        <translation>Warten auf den Cluster: %1</translation>
    </message>
    <message>
        <source>The destination cluster has not answered for 5 minutes: %1</source>
        <translation>Der Ziel-Cluster antwortet seit 5 Minuten nicht: %1</translation>
    </message>
    <message>
        <source>The cluster answers again.</source>
        <translation>Der Cluster antwortet wieder.</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>The migration was canceled; the reindex task %1 stopped.</source>
        <translation>Die Migration wurde abgebrochen; der Reindex-Task %1 wurde gestoppt.</translation>
    </message>
    <message>
        <source>The reindex of %1 failed: %2</source>
        <translation>Der Reindex von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>document %1: %2</source>
        <translation>Dokument %1: %2</translation>
    </message>
    <message>
        <source>The reindex of %1 into %2 rejected %3 documents: %4</source>
        <translation>Der Reindex von %1 in %2 hat %3 Dokumente abgelehnt: %4</translation>
    </message>
    <message>
        <source>Bulk copy %1 → %2: %3 of %4</source>
        <translation>Massenkopie %1 → %2: %3 von %4</translation>
    </message>
    <message>
        <source>Bulk copy of %1 into %2 started (%3).</source>
        <translation>Massenkopie von %1 in %2 gestartet (%3).</translation>
    </message>
    <message>
        <source>Copying %1 → %2</source>
        <translation>Kopieren %1 → %2</translation>
    </message>
    <message>
        <source>%1 rejected %2 documents: %3</source>
        <translation>%1 hat %2 Dokumente abgelehnt: %3</translation>
    </message>
    <message>
        <source>The reindex task of %1 was lost five times.</source>
        <translation>Der Reindex-Task von %1 ging fünfmal verloren.</translation>
    </message>
    <message>
        <source>The reindex task %1 is gone (a node restarted?); starting the bulk copy of %2 again. Versions are kept, so nothing copied is overwritten with an older copy.</source>
        <translation>Der Reindex-Task %1 ist verschwunden (wurde ein Knoten neu gestartet?); die Massenkopie von %2 wird neu gestartet. Die Versionen bleiben erhalten, daher wird nichts bereits Kopiertes mit einer älteren Kopie überschrieben.</translation>
    </message>
    <message>
        <source>Task %1 of %2 was lost; started again.</source>
        <translation>Task %1 von %2 ging verloren; neu gestartet.</translation>
    </message>
    <message>
        <source>%1 → %2: bulk copy done (%3 created, %4 conflicts).</source>
        <translation>%1 → %2: Massenkopie abgeschlossen (%3 angelegt, %4 Konflikte).</translation>
    </message>
    <message>
        <source>%1 → %2: %3 changed, %4 deleted (%5 ms)</source>
        <translation>%1 → %2: %3 geändert, %4 gelöscht (%5 ms)</translation>
    </message>
    <message>
        <source>“%1” is not initialised on %2 (run `index init` first).</source>
        <translation>„%1“ ist auf %2 nicht initialisiert (führen Sie zuerst `index init` aus).</translation>
    </message>
    <message>
        <source>No alias points at the indexes to swap: clients reach them by name. Put an alias in front of them first (rollover swaps aliases atomically).</source>
        <translation>Kein Alias verweist auf die zu tauschenden Indizes: Clients greifen über den Namen darauf zu. Setzen Sie zuerst einen Alias davor (das Umschalten tauscht Aliasse atomar).</translation>
    </message>
    <message>
        <source>The alias swap was refused, nothing changed: %1</source>
        <translation>Der Alias-Tausch wurde abgelehnt, nichts geändert: %1</translation>
    </message>
    <message>
        <source>Aliases swapped in one call (%1 actions).</source>
        <translation>Aliasse in einem Aufruf getauscht (%1 Aktionen).</translation>
    </message>
    <message>
        <source>Creating the aliases on the destination failed: %1</source>
        <translation>Anlegen der Aliasse auf dem Ziel fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Godwit::IniFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1:%2: section “%3” appears twice</source>
        <translation>%1:%2: Abschnitt „%3“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>%1:%2: a value before the first [section]</source>
        <translation>%1:%2: ein Wert vor dem ersten [Abschnitt]</translation>
    </message>
    <message>
        <source>%1:%2: cannot read “%3” (expected key = value)</source>
        <translation>%1:%2: „%3“ kann nicht gelesen werden (erwartet: key = value)</translation>
    </message>
    <message>
        <source>option “%1” is set twice in [%2]; Python&apos;s configparser refuses such a file</source>
        <translation>Option „%1“ ist in [%2] zweimal gesetzt; Pythons configparser lehnt eine solche Datei ab</translation>
    </message>
    <message>
        <source>no option “%1” in [%2]</source>
        <translation>keine Option „%1“ in [%2]</translation>
    </message>
    <message>
        <source>option “%1” in [%2]: interpolation nested too deeply</source>
        <translation>Option „%1“ in [%2]: Interpolation zu tief verschachtelt</translation>
    </message>
    <message>
        <source>option “%1” in [%2]: bad interpolation “%3”</source>
        <translation>Option „%1“ in [%2]: ungültige Interpolation „%3“</translation>
    </message>
    <message>
        <source>option “%1” in [%2] refers to %(%3)s, which is not set (write %% for a percent sign)</source>
        <translation>Option „%1“ in [%2] verweist auf %(%3)s, das nicht gesetzt ist (schreiben Sie %% für ein Prozentzeichen)</translation>
    </message>
    <message>
        <source>option “%1” in [%2]: &apos;%&apos; must be followed by &apos;%&apos; or &apos;(&apos; (write %% for a percent sign)</source>
        <translation>Option „%1“ in [%2]: Auf &apos;%&apos; muss &apos;%&apos; oder &apos;(&apos; folgen (schreiben Sie %% für ein Prozentzeichen)</translation>
    </message>
</context>
<context>
    <name>Godwit::InitPlan</name>
    <message>
        <source>Source: %1; destination: %2
</source>
        <translation>Quelle: %1; Ziel: %2
</translation>
    </message>
    <message>
        <source> (write)</source>
        <translation> (Schreibindex)</translation>
    </message>
    <message>
        <source>  %1 (%2 documents) → %3 by %4; aliases: %5
</source>
        <translation>  %1 (%2 Dokumente) → %3 per %4; Aliasse: %5
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>    mappings: unchanged
</source>
        <translation>    Mappings: unverändert
</translation>
    </message>
    <message>
        <source>  template %1 is copied
</source>
        <translation>  Index-Template %1 wird kopiert
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
    <message>
        <source>problem: %1
</source>
        <translation>Problem: %1
</translation>
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
    <name>Godwit::NewRevisionDialog</name>
    <message>
        <source>Start a new branch (--head base)</source>
        <translation>Neuen Branch beginnen (--head base)</translation>
    </message>
    <message>
        <source>Allow a parent that is not a head (--splice)</source>
        <translation>Eine Elternrevision zulassen, die kein Head ist (--splice)</translation>
    </message>
    <message>
        <source>Merge revisions</source>
        <translation>Revisionen zusammenführen</translation>
    </message>
    <message>
        <source>New revision</source>
        <translation>Neue Revision</translation>
    </message>
    <message>
        <source>merge heads</source>
        <translation>Heads zusammenführen</translation>
    </message>
    <message>
        <source>add a column to …</source>
        <translation>eine Spalte hinzufügen zu …</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>Revisions or identifiers (head, label@head, an id), separated by spaces</source>
        <translation>Revisionen oder Bezeichner (head, label@head, eine ID), durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>&amp;Revisions to merge:</source>
        <translation>&amp;Zusammenzuführende Revisionen:</translation>
    </message>
    <message>
        <source>&amp;Parent (--head):</source>
        <translation>Eltern&amp;revision (--head):</translation>
    </message>
    <message>
        <source>&amp;Branch label:</source>
        <translation>&amp;Branch-Label:</translation>
    </message>
    <message>
        <source>(the default location)</source>
        <translation>(das Standardverzeichnis)</translation>
    </message>
    <message>
        <source>&amp;Version path:</source>
        <translation>&amp;Versionspfad:</translation>
    </message>
    <message>
        <source>revisions or branch labels</source>
        <translation>Revisionen oder Branch-Labels</translation>
    </message>
    <message>
        <source>&amp;Depends on:</source>
        <translation>&amp;Hängt ab von:</translation>
    </message>
    <message>
        <source>random, as Alembic</source>
        <translation>zufällig, wie bei Alembic</translation>
    </message>
    <message>
        <source>Revision &amp;id:</source>
        <translation>Revisions-&amp;ID:</translation>
    </message>
    <message>
        <source>Create &amp;merge</source>
        <translation>&amp;Merge erstellen</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Script to be written:</source>
        <translation>Zu schreibendes Skript:</translation>
    </message>
    <message>
        <source># %1
</source>
        <translation># %1
</translation>
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
    <name>Godwit::Python::Lexer</name>
    <message>
        <source>unexpected end of file after a line continuation</source>
        <translation>unerwartetes Dateiende nach einer Zeilenfortsetzung</translation>
    </message>
    <message>
        <source>unexpected character after line continuation character</source>
        <translation>unerwartetes Zeichen nach dem Zeilenfortsetzungszeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was never closed</source>
        <translation>&apos;%1&apos; wurde nie geschlossen</translation>
    </message>
    <message>
        <source>invalid character &apos;%1&apos; (U+%2)</source>
        <translation>ungültiges Zeichen &apos;%1&apos; (U+%2)</translation>
    </message>
    <message>
        <source>unmatched &apos;%1&apos;</source>
        <translation>&apos;%1&apos; ohne Gegenstück</translation>
    </message>
    <message>
        <source>closing parenthesis &apos;%1&apos; does not match opening parenthesis &apos;%2&apos;</source>
        <translation>schließende Klammer &apos;%1&apos; passt nicht zur öffnenden Klammer &apos;%2&apos;</translation>
    </message>
    <message>
        <source>closing parenthesis &apos;%1&apos; does not match opening parenthesis &apos;%2&apos; on line %3</source>
        <translation>schließende Klammer &apos;%1&apos; passt nicht zur öffnenden Klammer &apos;%2&apos; in Zeile %3</translation>
    </message>
    <message>
        <source>unterminated triple-quoted string literal (detected at line %1)</source>
        <translation>nicht abgeschlossenes String-Literal in dreifachen Anführungszeichen (erkannt in Zeile %1)</translation>
    </message>
    <message>
        <source>unterminated string literal (detected at line %1)</source>
        <translation>nicht abgeschlossenes String-Literal (erkannt in Zeile %1)</translation>
    </message>
    <message>
        <source>truncated \xXX escape</source>
        <translation>abgeschnittene Escape-Sequenz \xXX</translation>
    </message>
    <message>
        <source>truncated \%1 escape</source>
        <translation>abgeschnittene Escape-Sequenz \%1</translation>
    </message>
</context>
<context>
    <name>Godwit::Recipe</name>
    <message>
        <source>The recipe has no name.</source>
        <translation>Das Rezept hat keinen Namen.</translation>
    </message>
    <message>
        <source>The recipe names no source connection.</source>
        <translation>Das Rezept nennt keine Quellverbindung.</translation>
    </message>
    <message>
        <source>The recipe has no jobs.</source>
        <translation>Das Rezept hat keine Jobs.</translation>
    </message>
    <message>
        <source>The prefix “%1” is not a valid index name start (lower case, no spaces or \/*?&quot;&lt;&gt;|,#:).</source>
        <translation>Das Präfix „%1“ ist kein gültiger Anfang eines Indexnamens (Kleinbuchstaben, keine Leerzeichen und keines von \/*?&quot;&lt;&gt;|,#:).</translation>
    </message>
    <message>
        <source>Job %1 (%2)</source>
        <translation>Job %1 (%2)</translation>
    </message>
    <message>
        <source>no source</source>
        <translation>keine Quelle</translation>
    </message>
    <message>
        <source>%1: no source index or alias.</source>
        <translation>%1: kein Quellindex oder -alias.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a valid index, alias or pattern.</source>
        <translation>%1: „%2“ ist kein gültiger Index, Alias oder Muster.</translation>
    </message>
    <message>
        <source>%1: no destination name.</source>
        <translation>%1: kein Zielname.</translation>
    </message>
    <message>
        <source>%1: the destination “%2” is not a valid index name template.</source>
        <translation>%1: Das Ziel „%2“ ist keine gültige Vorlage für Indexnamen.</translation>
    </message>
    <message>
        <source>%1: the destination is the source itself.</source>
        <translation>%1: Das Ziel ist die Quelle selbst.</translation>
    </message>
    <message>
        <source>%1: a pattern needs {index} in the destination, or every match would go to one index.</source>
        <translation>%1: Ein Muster erfordert {index} im Ziel, sonst würden alle Treffer in einen einzigen Index gehen.</translation>
    </message>
    <message>
        <source>%1: slices must be between 0 (auto) and 64.</source>
        <translation>%1: Die Anzahl der Slices muss zwischen 0 (auto) und 64 liegen.</translation>
    </message>
    <message>
        <source>%1: requests per second must be positive, or -1 for no throttling.</source>
        <translation>%1: Die Anfragen pro Sekunde müssen positiv sein, oder -1 für keine Drosselung.</translation>
    </message>
    <message>
        <source>%1: server-side _reindex works inside one cluster; use remote-reindex or client across clusters.</source>
        <translation>%1: Serverseitiges _reindex funktioniert innerhalb eines Clusters; verwenden Sie zwischen zwei Clustern remote-reindex oder client.</translation>
    </message>
    <message>
        <source>%1: remote-reindex needs a destination connection other than the source.</source>
        <translation>%1: remote-reindex benötigt eine andere Zielverbindung als die Quelle.</translation>
    </message>
    <message>
        <source>%1: a painless script runs in the cluster; the client-side method cannot apply it.</source>
        <translation>%1: Ein Painless-Skript läuft im Cluster; die clientseitige Methode kann es nicht anwenden.</translation>
    </message>
    <message>
        <source>%1: sync is on but names no timestamp field.</source>
        <translation>%1: Die Synchronisierung ist eingeschaltet, nennt aber kein Zeitstempelfeld.</translation>
    </message>
    <message>
        <source>%1: the sync interval must be at least 0.1 s.</source>
        <translation>%1: Das Synchronisierungsintervall muss mindestens 0,1 s betragen.</translation>
    </message>
    <message>
        <source>%1: the sync margin must be ≥ 0 and the rollover threshold &gt; 0.</source>
        <translation>%1: Die Synchronisierungsmarge muss ≥ 0 und der Schwellenwert für das Umschalten &gt; 0 sein.</translation>
    </message>
    <message>
        <source>%1: give the mappings inline or as a file, not both.</source>
        <translation>%1: Geben Sie die Mappings inline oder als Datei an, nicht beides.</translation>
    </message>
    <message>
        <source>Two jobs write to the same destination template.</source>
        <translation>Zwei Jobs schreiben in dieselbe Zielvorlage.</translation>
    </message>
    <message>
        <source>Unknown recipe format “%1” (expected %2).</source>
        <translation>Unbekanntes Rezeptformat „%1“ (erwartet: %2).</translation>
    </message>
    <message>
        <source>“jobs” must be a list.</source>
        <translation>„jobs“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>Every job must be an object.</source>
        <translation>Jeder Job muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>Job “%1”: unknown method “%2” (reindex, remote-reindex or client).</source>
        <translation>Job „%1“: unbekannte Methode „%2“ (reindex, remote-reindex oder client).</translation>
    </message>
    <message>
        <source>Cannot read the recipe %1: %2</source>
        <translation>Das Rezept %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The recipe %1 is not a JSON object: %2 at offset %3.</source>
        <translation>Das Rezept %1 ist kein JSON-Objekt: %2 an Position %3.</translation>
    </message>
    <message>
        <source>Job “%1”: cannot read the mappings file %2: %3</source>
        <translation>Job „%1“: Die Mapping-Datei %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Job “%1”: the mappings file %2 is not a JSON object: %3</source>
        <translation>Job „%1“: Die Mapping-Datei %2 ist kein JSON-Objekt: %3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: the batch size must be between 1 and 10000, or auto.</source>
        <translation>%1: Die Batch-Größe muss zwischen 1 und 10000 liegen oder auto sein.</translation>
    </message>
</context>
<context>
    <name>Godwit::RevisionCommand</name>
    <message>
        <source>unknown action “%1” (upgrade, downgrade or stamp)</source>
        <translation>unbekannte Aktion „%1“ (upgrade, downgrade oder stamp)</translation>
    </message>
    <message>
        <source>give the revision to %1 to</source>
        <translation>geben Sie die Zielrevision für %1 an</translation>
    </message>
    <message>
        <source>the command has an unbalanced quote: %1</source>
        <translation>der Befehl enthält ein nicht geschlossenes Anführungszeichen: %1</translation>
    </message>
    <message>
        <source>the command is empty</source>
        <translation>der Befehl ist leer</translation>
    </message>
    <message>
        <source>the command needs {config}: open an alembic.ini first</source>
        <translation>der Befehl benötigt {config}: Öffnen Sie zuerst eine alembic.ini</translation>
    </message>
</context>
<context>
    <name>Godwit::RevisionDiagnosticsModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
</context>
<context>
    <name>Godwit::RevisionGraph</name>
    <message>
        <source>revision %1 is defined twice, in %2 and in %3 (Alembic uses the one read last)</source>
        <translation>Revision %1 ist zweimal definiert, in %2 und in %3 (Alembic verwendet die zuletzt gelesene)</translation>
    </message>
    <message>
        <source>branch name &apos;%1&apos; in revision %2 is also a revision id</source>
        <translation>Branch-Name &apos;%1&apos; in Revision %2 ist auch eine Revisions-ID</translation>
    </message>
    <message>
        <source>branch name &apos;%1&apos; in revision %2 already used by revision %3</source>
        <translation>Branch-Name &apos;%1&apos; in Revision %2 wird bereits von Revision %3 verwendet</translation>
    </message>
    <message>
        <source>down_revision of %1 names the branch label &apos;%2&apos;; name the revision (%3)</source>
        <translation>down_revision von %1 nennt das Branch-Label &apos;%2&apos;; geben Sie die Revision an (%3)</translation>
    </message>
    <message>
        <source>revision %1 referenced from %2 (down_revision) is not present</source>
        <translation>die von %2 (down_revision) referenzierte Revision %1 ist nicht vorhanden</translation>
    </message>
    <message>
        <source>revision or branch %1 referenced from %2 (depends_on) is not present</source>
        <translation>die von %2 (depends_on) referenzierte Revision bzw. der Branch %1 ist nicht vorhanden</translation>
    </message>
    <message>
        <source>dependency cycle is detected in revisions (%1)</source>
        <translation>Abhängigkeitszyklus in den Revisionen erkannt (%1)</translation>
    </message>
    <message>
        <source>cycle is detected in revisions (%1)</source>
        <translation>Zyklus in den Revisionen erkannt (%1)</translation>
    </message>
    <message>
        <source>branch &apos;%1&apos; has %2 heads (%3): `alembic upgrade %1@head` fails; merge them with `alembic merge %4`</source>
        <translation>Branch &apos;%1&apos; hat %2 Heads (%3): `alembic upgrade %1@head` schlägt fehl; führen Sie sie mit `alembic merge %4` zusammen</translation>
    </message>
    <message>
        <source>%1 heads carry no branch label (%2): `alembic upgrade head` fails with “Multiple head revisions are present”; merge them or label the branches</source>
        <translation>%1 Heads haben kein Branch-Label (%2): `alembic upgrade head` schlägt mit „Multiple head revisions are present“ fehl; führen Sie sie zusammen oder versehen Sie die Branches mit Labels</translation>
    </message>
    <message>
        <source>revision %1 and %2 revision(s) after it cannot be reached from any base (missing: %3)</source>
        <translation>Revision %1 und %2 nachfolgende Revision(en) sind von keiner Basis aus erreichbar (fehlend: %3)</translation>
    </message>
    <message>
        <source>revision %1 cannot be reached from any base (missing: %2)</source>
        <translation>Revision %1 ist von keiner Basis aus erreichbar (fehlend: %2)</translation>
    </message>
    <message>
        <source>No such branch: &apos;%1&apos;</source>
        <translation>Branch nicht vorhanden: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No such revision or branch &apos;%1&apos;; please ensure at least four characters are present for partial revision identifier matches</source>
        <translation>Revision oder Branch &apos;%1&apos; nicht vorhanden; geben Sie für Teiltreffer von Revisionskennungen mindestens vier Zeichen an</translation>
    </message>
    <message>
        <source>No such revision or branch &apos;%1&apos;</source>
        <translation>Revision oder Branch &apos;%1&apos; nicht vorhanden</translation>
    </message>
    <message>
        <source>Multiple revisions start with &apos;%1&apos;: %2...</source>
        <translation>Mehrere Revisionen beginnen mit &apos;%1&apos;: %2...</translation>
    </message>
    <message>
        <source>Revision %1 is not a member of branch &apos;%2&apos;</source>
        <translation>Revision %1 gehört nicht zum Branch &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Multiple head revisions are present for given argument &apos;%1&apos;; please specify a specific target revision, &apos;&lt;branchname&gt;@%1&apos; to narrow to a specific head, or &apos;heads&apos; for all heads</source>
        <translation>Für das Argument &apos;%1&apos; sind mehrere Head-Revisionen vorhanden; bitte geben Sie eine bestimmte Zielrevision an, &apos;&lt;branchname&gt;@%1&apos;, um auf einen bestimmten Head einzugrenzen, oder &apos;heads&apos; für alle Heads</translation>
    </message>
    <message>
        <source>Cannot walk up from base</source>
        <translation>Von der Basis aus kann nicht aufwärts gegangen werden</translation>
    </message>
    <message>
        <source>Ambiguous walk</source>
        <translation>Mehrdeutiger Durchlauf</translation>
    </message>
    <message>
        <source>Relative revision %1 didn&apos;t produce %2 migrations</source>
        <translation>Die relative Revision %1 hat keine %2 Migrationen ergeben</translation>
    </message>
    <message>
        <source>“%1” is relative to a database&apos;s current revisions</source>
        <translation>„%1“ bezieht sich auf die aktuellen Revisionen einer Datenbank</translation>
    </message>
    <message>
        <source>Multiple heads are present for given argument &apos;%1&apos;; %2</source>
        <translation>Für das Argument &apos;%1&apos; sind mehrere Heads vorhanden; %2</translation>
    </message>
    <message>
        <source>“%1” names no revision</source>
        <translation>„%1“ bezeichnet keine Revision</translation>
    </message>
    <message>
        <source>Requested revision %1 overlaps with other requested revisions %2</source>
        <translation>Die angeforderte Revision %1 überschneidet sich mit anderen angeforderten Revisionen %2</translation>
    </message>
    <message>
        <source>Ambiguous upgrade from multiple current revisions</source>
        <translation>Mehrdeutiges Upgrade von mehreren aktuellen Revisionen aus</translation>
    </message>
    <message>
        <source>Revision %1 is not an ancestor of revision %2</source>
        <translation>Revision %1 ist kein Vorfahre von Revision %2</translation>
    </message>
    <message>
        <source>History range requires [start]:[end], [start]:, or :[end]</source>
        <translation>Ein Verlaufsbereich erfordert [start]:[end], [start]: oder :[end]</translation>
    </message>
    <message>
        <source>“current” needs a database: use `revisions current URL`</source>
        <translation>„current“ benötigt eine Datenbank: Verwenden Sie `revisions current URL`</translation>
    </message>
    <message>
        <source>Requested range %1:%2 does not refer to ancestor/descendant revisions along the same branch</source>
        <translation>Der angeforderte Bereich %1:%2 bezieht sich nicht auf Vorfahren-/Nachfahren-Revisionen entlang desselben Branches</translation>
    </message>
    <message>
        <source>Can&apos;t locate revision identified by &apos;%1&apos;</source>
        <translation>Die durch &apos;%1&apos; bezeichnete Revision wurde nicht gefunden</translation>
    </message>
</context>
<context>
    <name>Godwit::RevisionGraphView</name>
    <message>
        <source>Revision graph</source>
        <translation>Revisionsgraph</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Alembic revision graph, drawn by Godwit</source>
        <translation>Alembic-Revisionsgraph, gezeichnet von Godwit</translation>
    </message>
    <message>
        <source>The graph is too large for an image of %1×%2 pixels</source>
        <translation>Der Graph ist zu groß für ein Bild mit %1×%2 Pixeln</translation>
    </message>
</context>
<context>
    <name>Godwit::RevisionStatus</name>
    <message>
        <source>There is no %1 table: Alembic treats the database as empty (never upgraded, or env.py names another version table).</source>
        <translation>Es gibt keine Tabelle %1: Alembic behandelt die Datenbank als leer (nie aktualisiert, oder env.py nennt eine andere Versionstabelle).</translation>
    </message>
    <message>
        <source>The %1 table is empty.</source>
        <translation>Die Tabelle %1 ist leer.</translation>
    </message>
    <message>
        <source>The database is at the heads.</source>
        <translation>Die Datenbank steht auf den Heads.</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s) to apply by `alembic upgrade heads`.</source>
        <translation>
            <numerusform>%n Revision wird durch `alembic upgrade heads` angewendet.</numerusform>
            <numerusform>%n Revisionen werden durch `alembic upgrade heads` angewendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Godwit::RevisionWriter</name>
    <message>
        <source>cannot use the file_template “%1”</source>
        <translation>file_template „%1“ kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>file_template uses %(%1)s, which Alembic does not know</source>
        <translation>file_template verwendet %(%1)s, das Alembic nicht kennt</translation>
    </message>
    <message>
        <source>Character(s) &apos;%1&apos; not allowed in revision identifier &apos;%2&apos;</source>
        <translation>Zeichen &apos;%1&apos; in der Revisionskennung &apos;%2&apos; nicht zulässig</translation>
    </message>
    <message>
        <source>The revision identifier &apos;%1&apos; is empty or has spaces</source>
        <translation>Die Revisionskennung &apos;%1&apos; ist leer oder enthält Leerzeichen</translation>
    </message>
    <message>
        <source>Revision %1 already exists (%2)</source>
        <translation>Revision %1 existiert bereits (%2)</translation>
    </message>
    <message>
        <source>%1 is already a branch label</source>
        <translation>%1 ist bereits ein Branch-Label</translation>
    </message>
    <message>
        <source>Multiple heads are present; please specify the head revision on which the new revision should be based, or perform a merge.</source>
        <translation>Es sind mehrere Heads vorhanden; bitte geben Sie die Head-Revision an, auf der die neue Revision basieren soll, oder führen Sie einen Merge durch.</translation>
    </message>
    <message>
        <source>Can&apos;t locate revision identified by &apos;%1&apos;: %2</source>
        <translation>Die durch &apos;%1&apos; bezeichnete Revision wurde nicht gefunden: %2</translation>
    </message>
    <message>
        <source>Duplicate head revisions specified</source>
        <translation>Doppelte Head-Revisionen angegeben</translation>
    </message>
    <message>
        <source>Revision %1 is not a head revision; please specify --splice to create a new branch from this revision</source>
        <translation>Revision %1 ist keine Head-Revision; bitte geben Sie --splice an, um einen neuen Branch ab dieser Revision zu erstellen</translation>
    </message>
    <message>
        <source>Multiple version locations present, please specify --version-path</source>
        <translation>Mehrere Versionsverzeichnisse vorhanden, bitte geben Sie --version-path an</translation>
    </message>
    <message>
        <source>No version location: give one with --versions or an alembic.ini</source>
        <translation>Kein Versionsverzeichnis: Geben Sie eines mit --versions oder einer alembic.ini an</translation>
    </message>
    <message>
        <source>Path %1 is not represented in current version locations</source>
        <translation>Der Pfad %1 ist in den aktuellen Versionsverzeichnissen nicht enthalten</translation>
    </message>
    <message>
        <source>A branch label cannot be empty</source>
        <translation>Ein Branch-Label darf nicht leer sein</translation>
    </message>
    <message>
        <source>Branch name &apos;%1&apos; already used by revision %2</source>
        <translation>Branch-Name &apos;%1&apos; wird bereits von Revision %2 verwendet</translation>
    </message>
    <message>
        <source>Branch name &apos;%1&apos; is a revision id</source>
        <translation>Branch-Name &apos;%1&apos; ist eine Revisions-ID</translation>
    </message>
    <message>
        <source>Can&apos;t locate timezone: %1</source>
        <translation>Zeitzone nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>get_main_option() needs a name</source>
        <translation>get_main_option() benötigt einen Namen</translation>
    </message>
    <message>
        <source>The script rendered from %1 cannot be read back (line %2: %3)</source>
        <translation>Das aus %1 erzeugte Skript kann nicht zurückgelesen werden (Zeile %2: %3)</translation>
    </message>
    <message>
        <source>The script rendered from %1 does not set revision and down_revision as asked</source>
        <translation>Das aus %1 erzeugte Skript setzt revision und down_revision nicht wie angefordert</translation>
    </message>
    <message>
        <source>Version %1 specified branch_labels %2, however the migration file %3 does not have them; have you upgraded your script.py.mako to include the &apos;branch_labels&apos; section?</source>
        <translation>Version %1 gibt branch_labels %2 an, die Migrationsdatei %3 enthält sie jedoch nicht; haben Sie Ihre script.py.mako so aktualisiert, dass sie den Abschnitt &apos;branch_labels&apos; enthält?</translation>
    </message>
    <message>
        <source>The script rendered from %1 does not set depends_on as asked (does it include the &apos;depends_on&apos; section?)</source>
        <translation>Das aus %1 erzeugte Skript setzt depends_on nicht wie angefordert (enthält es den Abschnitt &apos;depends_on&apos;?)</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Godwit::RevisionsModel</name>
    <message>
        <source>(no branch label)</source>
        <translation>(kein Branch-Label)</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n Revision</numerusform>
            <numerusform>%n Revisionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Eltern</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>Godwit::RevisionsPanel</name>
    <message>
        <source>Export the graph</source>
        <translation>Graph exportieren</translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PNG image (*.png);;Graphviz DOT (*.dot)</source>
        <translation>SVG-Bild (*.svg);;PNG-Bild (*.png);;Graphviz DOT (*.dot)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Open an alembic.ini or a folder of revision scripts (%1)</source>
        <translation>Eine alembic.ini oder einen Ordner mit Revisionsskripten öffnen (%1)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>New revision…</source>
        <translation>Neue Revision…</translation>
    </message>
    <message>
        <source>Create a revision script as `alembic revision` does (parent: the selected revision)</source>
        <translation>Ein Revisionsskript wie `alembic revision` erstellen (Elternrevision: die ausgewählte Revision)</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <source>Merge the selected revisions (or all heads) as `alembic merge` does</source>
        <translation>Die ausgewählten Revisionen (oder alle Heads) wie `alembic merge` zusammenführen</translation>
    </message>
    <message>
        <source>Upgrade / stamp…</source>
        <translation>Upgrade / Stamp…</translation>
    </message>
    <message>
        <source>Run upgrade, downgrade or stamp through the application&apos;s own command, or preview its SQL</source>
        <translation>Upgrade, Downgrade oder Stamp über den anwendungseigenen Befehl ausführen oder das zugehörige SQL in einer Vorschau anzeigen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the graph as SVG, PNG or Graphviz DOT</source>
        <translation>Den Graphen als SVG, PNG oder Graphviz DOT speichern</translation>
    </message>
    <message>
        <source>Layered layout</source>
        <translation>Ebenen-Layout</translation>
    </message>
    <message>
        <source>Graphviz dot layout</source>
        <translation>Graphviz-dot-Layout</translation>
    </message>
    <message>
        <source>Layered: Godwit&apos;s own layout, fast at any size. Graphviz dot: the reference drawing, slow beyond a few thousand revisions.</source>
        <translation>Ebenen: Godwits eigenes Layout, schnell bei jeder Größe. Graphviz dot: die Referenzdarstellung, langsam ab einigen tausend Revisionen.</translation>
    </message>
    <message>
        <source>Find id or message (Enter: next)</source>
        <translation>ID oder Nachricht suchen (Eingabe: nächster Treffer)</translation>
    </message>
    <message>
        <source>Heads</source>
        <translation>Heads</translation>
    </message>
    <message>
        <source>Only heads</source>
        <translation>Nur Heads</translation>
    </message>
    <message>
        <source>By branch</source>
        <translation>Nach Branch</translation>
    </message>
    <message>
        <source>Group the list by branch label</source>
        <translation>Liste nach Branch-Label gruppieren</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Compare database</source>
        <translation>Datenbank vergleichen</translation>
    </message>
    <message>
        <source>Read a database&apos;s alembic_version and mark it on the graph</source>
        <translation>Die alembic_version einer Datenbank lesen und im Graphen markieren</translation>
    </message>
    <message>
        <source>Stop comparing the selected database</source>
        <translation>Ausgewählte Datenbank nicht mehr vergleichen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the databases&apos; version tables again</source>
        <translation>Die Versionstabellen der Datenbanken erneut lesen</translation>
    </message>
    <message>
        <source>Version table:</source>
        <translation>Versionstabelle:</translation>
    </message>
    <message>
        <source>schema (default)</source>
        <translation>Schema (Standard)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No Alembic environment open&lt;/h3&gt;&lt;p&gt;Open an &lt;b&gt;alembic.ini&lt;/b&gt; (or a folder of revision scripts) to draw its revision graph: branches, heads, merges and &lt;i&gt;depends_on&lt;/i&gt; edges, compared with your databases.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keine Alembic-Umgebung geöffnet&lt;/h3&gt;&lt;p&gt;Öffnen Sie eine &lt;b&gt;alembic.ini&lt;/b&gt; (oder einen Ordner mit Revisionsskripten), um ihren Revisionsgraphen zu zeichnen: Branches, Heads, Merges und &lt;i&gt;depends_on&lt;/i&gt;-Kanten, verglichen mit Ihren Datenbanken.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open an Alembic environment</source>
        <translation>Alembic-Umgebung öffnen</translation>
    </message>
    <message>
        <source>Alembic configuration (*.ini)</source>
        <translation>Alembic-Konfiguration (*.ini)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Read revisions in %1</source>
        <translation>Revisionen in %1 lesen</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Lay out %n revision(s)</source>
        <translation>
            <numerusform>Layout für %n Revision berechnen</numerusform>
            <numerusform>Layout für %n Revisionen berechnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout failed: %1</source>
        <translation>Layout fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n Revision</numerusform>
            <numerusform>%n Revisionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n head(s)</source>
        <translation>
            <numerusform>%n Head</numerusform>
            <numerusform>%n Heads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n branch label(s)</source>
        <translation>
            <numerusform>%n Branch-Label</numerusform>
            <numerusform>%n Branch-Labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>read in %1 ms, </source>
        <translation>gelesen in %1 ms, </translation>
    </message>
    <message>
        <source>laid out in %1 ms, drawn in %2 ms</source>
        <translation>angeordnet in %1 ms, gezeichnet in %2 ms</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>Alle Branches</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a revision in the graph or the list. Ctrl+click selects several (to merge them).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Revision im Graphen oder in der Liste aus. Strg+Klick wählt mehrere aus (um sie zusammenzuführen).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>effective head</source>
        <translation>effektiver Head</translation>
    </message>
    <message>
        <source>head</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>branch point</source>
        <translation>Verzweigungspunkt</translation>
    </message>
    <message>
        <source>merge point</source>
        <translation>Zusammenführungspunkt</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Branch labels</source>
        <translation>Branch-Labels</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Eltern</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinder</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Benötigt von</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source># cannot read %1</source>
        <translation># %1 kann nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s) match “%1”</source>
        <translation>
            <numerusform>%n Revision passt zu „%1“</numerusform>
            <numerusform>%n Revisionen passen zu „%1“</numerusform>
        </translation>
    </message>
    <message>
        <source>No database connections: add one in Connections</source>
        <translation>Keine Datenbankverbindungen: Legen Sie eine unter „Verbindungen“ an</translation>
    </message>
    <message>
        <source>Read %1 of %2</source>
        <translation>%1 von %2 lesen</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>no %1 table: empty to Alembic, %n revision(s) to apply</source>
        <translation>
            <numerusform>keine Tabelle %1: für Alembic leer, %n Revision anzuwenden</numerusform>
            <numerusform>keine Tabelle %1: für Alembic leer, %n Revisionen anzuwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>at revisions these scripts do not contain: %1</source>
        <translation>auf Revisionen, die diese Skripte nicht enthalten: %1</translation>
    </message>
    <message>
        <source>at the heads</source>
        <translation>auf den Heads</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s) to apply</source>
        <translation>
            <numerusform>%n Revision anzuwenden</numerusform>
            <numerusform>%n Revisionen anzuwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>upgrade %1</source>
        <translation>Upgrade %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Graph saved to %1</source>
        <translation>Graph in %1 gespeichert</translation>
    </message>
    <message>
        <source>New revision</source>
        <translation>Neue Revision</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>merge %1</source>
        <translation>Merge von %1</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Run a migration command</source>
        <translation>Migrationsbefehl ausführen</translation>
    </message>
    <message>
        <source>Open the environment&apos;s alembic.ini first: the command runs in its folder.</source>
        <translation>Öffnen Sie zuerst die alembic.ini der Umgebung: Der Befehl wird in deren Ordner ausgeführt.</translation>
    </message>
    <message>
        <source>SQL for %1 %2</source>
        <translation>SQL für %1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: fertig</translation>
    </message>
</context>
<context>
    <name>Godwit::RunCommandDialog</name>
    <message>
        <source>Preview the SQL only (--sql, offline: the database is not changed)</source>
        <translation>Nur das SQL in einer Vorschau anzeigen (--sql, offline: Die Datenbank wird nicht geändert)</translation>
    </message>
    <message>
        <source>Run a migration command</source>
        <translation>Migrationsbefehl ausführen</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <source>Downgrade</source>
        <translation>Downgrade</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>Stamp</translation>
    </message>
    <message>
        <source>{config}: the alembic.ini; {action}: upgrade, downgrade or stamp; {target}: the revision; {sql}: --sql for a preview. Passwords stay in the application&apos;s own configuration.</source>
        <translation>{config}: die alembic.ini; {action}: upgrade, downgrade oder stamp; {target}: die Revision; {sql}: --sql für eine Vorschau. Passwörter bleiben in der eigenen Konfiguration der Anwendung.</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation>A&amp;rbeitsordner:</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Führt aus:</translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation>Erwartet:</translation>
    </message>
    <message>
        <source>&amp;Preview SQL</source>
        <translation>SQL-&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <source>Only the version table changes: no migration code runs.</source>
        <translation>Nur die Versionstabelle ändert sich: Es wird kein Migrationscode ausgeführt.</translation>
    </message>
    <message>
        <source>Runs the downgrade() of each revision above the target.</source>
        <translation>Führt downgrade() jeder Revision oberhalb des Ziels aus.</translation>
    </message>
    <message>
        <source>Godwit cannot predict this upgrade: %1</source>
        <translation>Godwit kann dieses Upgrade nicht vorhersagen: %1</translation>
    </message>
    <message>
        <source>Nothing to apply: the database is already there.</source>
        <translation>Nichts anzuwenden: Die Datenbank ist bereits auf diesem Stand.</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s) applied, in this order: %1</source>
        <translation>
            <numerusform>%n Revision wird angewendet, in dieser Reihenfolge: %1</numerusform>
            <numerusform>%n Revisionen werden angewendet, in dieser Reihenfolge: %1</numerusform>
        </translation>
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
    <name>Godwit::TemplateValue</name>
    <message>
        <source>%1 is not callable</source>
        <translation>%1 ist nicht aufrufbar</translation>
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
    <message>
        <source>Demo Invenio (SQLite)</source>
        <translation>Invenio-Demo (SQLite)</translation>
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
    <message>
        <source>eff. head</source>
        <translation>eff. Head</translation>
    </message>
    <message>
        <source>head</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>Verzweigung</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n revision(s)</source>
        <translation>
            <numerusform>Layout für %n Revision wird berechnet</numerusform>
            <numerusform>Layout für %n Revisionen wird berechnet</numerusform>
        </translation>
    </message>
    <message>
        <source>Save SQL</source>
        <translation>SQL speichern</translation>
    </message>
    <message>
        <source>SQL (*.sql)</source>
        <translation>SQL (*.sql)</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n Objekt</numerusform>
            <numerusform>%n Objekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rows of %n table(s)</source>
        <translation>
            <numerusform>%1 Zeilen aus %n Tabelle</numerusform>
            <numerusform>%1 Zeilen aus %n Tabellen</numerusform>
        </translation>
    </message>
</context>
</TS>
