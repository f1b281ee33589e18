<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Godwit</source>
        <translation>À propos de Godwit</translation>
    </message>
    <message>
        <source>Components:</source>
        <translation>Composants :</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
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
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Paste a URL you already have</source>
        <translation>Collez une URL dont vous disposez déjà</translation>
    </message>
    <message>
        <source>postgresql+psycopg2://user@host/db, mysql://…, sqlite:///file.db, https://host:9200</source>
        <translation>postgresql+psycopg2://user@host/db, mysql://…, sqlite:///file.db, https://host:9200</translation>
    </message>
    <message>
        <source>&amp;Fill in</source>
        <translation>&amp;Remplir</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;URLs:</source>
        <translation>UR&amp;L :</translation>
    </message>
    <message>
        <source>One node URL per line, e.g. https://search.example.org:9200</source>
        <translation>Une URL de nœud par ligne, p. ex. https://search.example.org:9200</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentification :</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;Remember in keychain</source>
        <translation>&amp;Mémoriser dans le trousseau</translation>
    </message>
    <message>
        <source>Index &amp;prefix:</source>
        <translation>Pré&amp;fixe d’index :</translation>
    </message>
    <message>
        <source>optional, e.g. rdm-</source>
        <translation>facultatif, p. ex. rdm-</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Fichier &amp;CA :</translation>
    </message>
    <message>
        <source>system CAs</source>
        <translation>CA du système</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Parcour&amp;ir…</translation>
    </message>
    <message>
        <source>&amp;Verify TLS certificates</source>
        <translation>&amp;Vérifier les certificats TLS</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Te&amp;ster la connexion</translation>
    </message>
</context>
<context>
    <name>ConnectionsPanel</name>
    <message>
        <source>&lt;b&gt;Connections&lt;/b&gt;</source>
        <translation>&lt;b&gt;Connexions&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New connection (Ctrl+N)</source>
        <translation>Nouvelle connexion (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit the selected connection</source>
        <translation>Modifier la connexion sélectionnée</translation>
    </message>
    <message>
        <source>Remove the selected connection</source>
        <translation>Supprimer la connexion sélectionnée</translation>
    </message>
    <message>
        <source>Test the selected connection (F5)</source>
        <translation>Tester la connexion sélectionnée (F5)</translation>
    </message>
    <message>
        <source>Import from invenio.cfg or InvenTree config.yaml</source>
        <translation>Importer depuis invenio.cfg ou le config.yaml d’InvenTree</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Filter tables, indices, columns…</source>
        <translation>Filtrer les tables, index, colonnes…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
</context>
<context>
    <name>Godwit</name>
    <message>
        <source>Search cluster</source>
        <translation>Cluster de recherche</translation>
    </message>
    <message>
        <source>Creating the demo database failed: %1</source>
        <translation>La création de la base de données de démonstration a échoué : %1</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
</context>
<context>
    <name>Godwit::AboutDialog</name>
    <message>
        <source>&lt;h2&gt;Godwit %1&lt;/h2&gt;&lt;p&gt;A workbench for the migrations of research-data and inventory web applications: database connections and dumps, Alembic revision graphs and Elasticsearch/OpenSearch index migrations.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Godwit %1&lt;/h2&gt;&lt;p&gt;Un atelier pour les migrations des applications web de données de recherche et d’inventaire : connexions aux bases de données et dumps, graphes de révisions Alembic et migrations d’index Elasticsearch/OpenSearch.&lt;/p&gt;&lt;p&gt;Distribué sous licence GNU GPL, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Godwit::BrowseModel</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Browse %1</source>
        <translation>Parcourir %1</translation>
    </message>
    <message>
        <source>Reading structure</source>
        <translation>Lecture de la structure</translation>
    </message>
    <message>
        <source>≈ estimated rows</source>
        <translation>≈ lignes estimées</translation>
    </message>
    <message>
        <source>Tables (%1)</source>
        <translation>Tables (%1)</translation>
    </message>
    <message>
        <source>Views (%1)</source>
        <translation>Vues (%1)</translation>
    </message>
    <message>
        <source>Schema versions</source>
        <translation>Versions du schéma</translation>
    </message>
    <message>
        <source>empty: no revision applied</source>
        <translation>vide : aucune révision appliquée</translation>
    </message>
    <message numerus="yes">
        <source>%n head(s)</source>
        <translation>
            <numerusform>%n tête</numerusform>
            <numerusform>%n têtes</numerusform>
        </translation>
    </message>
    <message>
        <source>applied revision</source>
        <translation>révision appliquée</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) applied</source>
        <translation>
            <numerusform>%n migration appliquée</numerusform>
            <numerusform>%n migrations appliquées</numerusform>
        </translation>
    </message>
    <message>
        <source>No alembic_version or django_migrations table</source>
        <translation>Aucune table alembic_version ou django_migrations</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Shards</translation>
    </message>
    <message>
        <source>%1 active, %2 unassigned</source>
        <translation>actifs : %1, non attribués : %2</translation>
    </message>
    <message>
        <source>Nodes (%1)</source>
        <translation>Nœuds (%1)</translation>
    </message>
    <message>
        <source> · master</source>
        <translation> · maître</translation>
    </message>
    <message>
        <source>Indices (%1)</source>
        <translation>Index (%1)</translation>
    </message>
    <message>
        <source>Aliases (%1)</source>
        <translation>Alias (%1)</translation>
    </message>
    <message>
        <source>→ %1 (write index)</source>
        <translation>→ %1 (index d’écriture)</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Columns (%1)</source>
        <translation>Colonnes (%1)</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>clé primaire</translation>
    </message>
    <message>
        <source>auto-increment</source>
        <translation>auto-incrément</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>par défaut %1</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Clé primaire</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Foreign keys (%1)</source>
        <translation>Clés étrangères (%1)</translation>
    </message>
    <message>
        <source>Indexes (%1)</source>
        <translation>Index (%1)</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primaire</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>unique</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <source>Mapping (%1 fields)</source>
        <translation>Mapping (%1 champs)</translation>
    </message>
    <message>
        <source>Read mapping of %1</source>
        <translation>Lire le mapping de %1</translation>
    </message>
    <message>
        <source>Describe %1</source>
        <translation>Décrire %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Rows / docs</source>
        <translation>Lignes / docs</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>Godwit::ClusterClient</name>
    <message>
        <source>%1 answered HTTP %2, but it is not an Elasticsearch or OpenSearch cluster.</source>
        <translation>%1 a répondu HTTP %2, mais ce n’est pas un cluster Elasticsearch ou OpenSearch.</translation>
    </message>
</context>
<context>
    <name>Godwit::ConfigImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>SQLALCHEMY_DATABASE_URI is computed, not a literal string; add that connection by hand.</source>
        <translation>SQLALCHEMY_DATABASE_URI est calculé et non une chaîne littérale ; ajoutez cette connexion manuellement.</translation>
    </message>
    <message>
        <source>Invenio database (%1)</source>
        <translation>Base de données Invenio (%1)</translation>
    </message>
    <message>
        <source>SQLALCHEMY_DATABASE_URI: %1</source>
        <translation>SQLALCHEMY_DATABASE_URI : %1</translation>
    </message>
    <message>
        <source>%1 is set but names no host Godwit understands.</source>
        <translation>%1 est défini mais n’indique aucun hôte que Godwit comprenne.</translation>
    </message>
    <message>
        <source>Invenio search (%1)</source>
        <translation>Recherche Invenio (%1)</translation>
    </message>
    <message>
        <source>%1 names no database (SQLALCHEMY_DATABASE_URI) and no search host (SEARCH_HOSTS).</source>
        <translation>%1 n’indique ni base de données (SQLALCHEMY_DATABASE_URI) ni hôte de recherche (SEARCH_HOSTS).</translation>
    </message>
    <message>
        <source>%1 names no database (database: ENGINE and NAME, or INVENTREE_DB_ENGINE and INVENTREE_DB_NAME).</source>
        <translation>%1 n’indique aucune base de données (database: ENGINE et NAME, ou INVENTREE_DB_ENGINE et INVENTREE_DB_NAME).</translation>
    </message>
    <message>
        <source>Unsupported InvenTree database engine “%1”.</source>
        <translation>Moteur de base de données InvenTree « %1 » non pris en charge.</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>environnement</translation>
    </message>
    <message>
        <source>Cannot tell the application of %1: expected invenio.cfg or InvenTree&apos;s config.yaml.</source>
        <translation>Impossible de déterminer l’application de %1 : invenio.cfg ou config.yaml d’InvenTree attendu.</translation>
    </message>
</context>
<context>
    <name>Godwit::ConnectionDialog</name>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>Edit connection “%1”</source>
        <translation>Modifier la connexion « %1 »</translation>
    </message>
    <message>
        <source>Elasticsearch / OpenSearch</source>
        <translation>Elasticsearch / OpenSearch</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>User and password</source>
        <translation>Utilisateur et mot de passe</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Jeton Bearer</translation>
    </message>
    <message>
        <source>No system keychain is available: passwords are kept in memory until Godwit quits.</source>
        <translation>Aucun trousseau système n’est disponible : les mots de passe sont conservés en mémoire jusqu’à la fermeture de Godwit.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>Filled in from the URL.</source>
        <translation>Champs remplis à partir de l’URL.</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>Base de données SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de données SQLite (*.sqlite *.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat de CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>default (%1)</source>
        <translation>par défaut (%1)</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>Clé d’A&amp;PI :</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Test %1</source>
        <translation>Tester %1</translation>
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
        <translation>Donnez d’abord un nom et une cible à la connexion.</translation>
    </message>
</context>
<context>
    <name>Godwit::ConnectionUrl</name>
    <message>
        <source>An SQLite URL needs three slashes: sqlite:///path/to/file.db</source>
        <translation>Une URL SQLite nécessite trois barres obliques : sqlite:///chemin/vers/fichier.db</translation>
    </message>
    <message>
        <source>An in-memory SQLite database cannot be connected to; give a file path.</source>
        <translation>Impossible de se connecter à une base de données SQLite en mémoire ; indiquez un chemin de fichier.</translation>
    </message>
    <message>
        <source>The URL is empty.</source>
        <translation>L’URL est vide.</translation>
    </message>
    <message>
        <source>“%1” is not a URL: expected scheme://… (for example postgresql://user@host/db)</source>
        <translation>« %1 » n’est pas une URL : schéma://… attendu (par exemple postgresql://user@host/db)</translation>
    </message>
    <message>
        <source>Unsupported URL scheme “%1”: use postgresql://, mysql://, sqlite:///, http:// or https://</source>
        <translation>Schéma d’URL « %1 » non pris en charge : utilisez postgresql://, mysql://, sqlite:///, http:// ou https://</translation>
    </message>
    <message>
        <source>“%1” is not a valid URL: %2</source>
        <translation>« %1 » n’est pas une URL valide : %2</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>aucun hôte</translation>
    </message>
    <message>
        <source>The URL names no database: add /database_name after the host.</source>
        <translation>L’URL n’indique aucune base de données : ajoutez /nom_de_la_base après l’hôte.</translation>
    </message>
</context>
<context>
    <name>Godwit::ConnectionsModel</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 n’est pas un JSON valide : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>A connection needs a name.</source>
        <translation>Une connexion doit avoir un nom.</translation>
    </message>
    <message>
        <source>A connection named “%1” exists already.</source>
        <translation>Une connexion nommée « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>No such connection.</source>
        <translation>Cette connexion n’existe pas.</translation>
    </message>
</context>
<context>
    <name>Godwit::ConnectionsPanel</name>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>No connection selected.

Add one with “+” (Ctrl+N), paste an SQLAlchemy URL such as postgresql+psycopg2://invenio@db/invenio, or import an invenio.cfg or InvenTree config.yaml.</source>
        <translation>Aucune connexion sélectionnée.

Ajoutez-en une avec « + » (Ctrl+N), collez une URL SQLAlchemy telle que postgresql+psycopg2://invenio@db/invenio, ou importez un fichier invenio.cfg ou le config.yaml d’InvenTree.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connections&lt;/b&gt;</source>
        <translation>&lt;b&gt;Connexions&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Not tested yet in this session (F5 tests it).</source>
        <translation>Pas encore testée dans cette session (F5 pour la tester).</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>✔ Connected: %1</source>
        <translation>✔ Connexion établie : %1</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>Password for %1 (%2):</source>
        <translation>Mot de passe pour %1 (%2) :</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>Connection not saved</source>
        <translation>Connexion non enregistrée</translation>
    </message>
    <message>
        <source>Added “%1” (%2).</source>
        <translation>« %1 » (%2) ajoutée.</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Remove the connection “%1”?

Only the saved profile and its saved password are removed; the database or cluster itself is not touched.</source>
        <translation>Supprimer la connexion « %1 » ?

Seuls le profil enregistré et son mot de passe enregistré sont supprimés ; la base de données ou le cluster lui-même n’est pas modifié.</translation>
    </message>
    <message>
        <source>Connection not removed</source>
        <translation>Connexion non supprimée</translation>
    </message>
    <message>
        <source>Test %1</source>
        <translation>Tester %1</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>%1 %2, %3 ms</source>
        <translation>%1 %2, %3 ms</translation>
    </message>
    <message>
        <source>Connection OK: %1</source>
        <translation>Connexion réussie : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Import connections from an application&apos;s configuration</source>
        <translation>Importer des connexions depuis la configuration d’une application</translation>
    </message>
    <message>
        <source>Invenio or InvenTree configuration (invenio.cfg *.cfg *.py config.yaml *.yaml *.yml);;All files (*)</source>
        <translation>Configuration Invenio ou InvenTree (invenio.cfg *.cfg *.py config.yaml *.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message>
        <source>Imported “%1” (%2) from %3.</source>
        <translation>« %1 » (%2) importée depuis %3.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n connection(s).</source>
        <translation>
            <numerusform>%n connexion importée.</numerusform>
            <numerusform>%n connexions importées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Godwit::DatabaseSession</name>
    <message>
        <source>“%1” is not an SQLite database.</source>
        <translation>« %1 » n’est pas une base de données SQLite.</translation>
    </message>
    <message>
        <source>Cannot open the SQLite file “%1”.</source>
        <translation>Impossible d’ouvrir le fichier SQLite « %1 ».</translation>
    </message>
    <message>
        <source>Authentication failed for user “%1” on %2.</source>
        <translation>Échec de l’authentification de l’utilisateur « %1 » sur %2.</translation>
    </message>
    <message>
        <source>The database “%1” does not exist on %2.</source>
        <translation>La base de données « %1 » n’existe pas sur %2.</translation>
    </message>
    <message>
        <source>Timed out connecting to %1.</source>
        <translation>Délai dépassé lors de la connexion à %1.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>TLS failed with %1: %2</source>
        <translation>Échec TLS avec %1 : %2</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection.</source>
        <translation>Le serveur %1 a fermé la connexion.</translation>
    </message>
    <message>
        <source>Unknown database error.</source>
        <translation>Erreur de base de données inconnue.</translation>
    </message>
    <message>
        <source>“%1” is not a database connection.</source>
        <translation>« %1 » n’est pas une connexion à une base de données.</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed (Debian package %2).</source>
        <translation>Le pilote Qt SQL %1 n’est pas installé (paquet Debian %2).</translation>
    </message>
    <message>
        <source>The connection “%1” is incomplete.</source>
        <translation>La connexion « %1 » est incomplète.</translation>
    </message>
    <message>
        <source>The SQLite file “%1” does not exist.</source>
        <translation>Le fichier SQLite « %1 » n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>« %1 » n’est pas un fichier.</translation>
    </message>
    <message>
        <source>The SQLite file “%1” is not readable.</source>
        <translation>Le fichier SQLite « %1 » n’est pas lisible.</translation>
    </message>
    <message>
        <source>Not a database connection.</source>
        <translation>Ce n’est pas une connexion à une base de données.</translation>
    </message>
</context>
<context>
    <name>Godwit::HttpClient</name>
    <message>
        <source>Canceled by the user.</source>
        <translation>Annulé par l’utilisateur.</translation>
    </message>
    <message>
        <source>The CA file “%1” holds no PEM certificate.</source>
        <translation>Le fichier de CA « %1 » ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 n’a pas répondu dans les %2 s.</translation>
    </message>
    <message>
        <source>Connection refused by %1:%2.</source>
        <translation>Connexion refusée par %1:%2.</translation>
    </message>
    <message>
        <source>Host not found: %1.</source>
        <translation>Hôte introuvable : %1.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed: %2</source>
        <translation>La connexion à %1 a été fermée : %2</translation>
    </message>
    <message>
        <source>TLS certificate of %1 not trusted: %2</source>
        <translation>Le certificat TLS de %1 n’est pas approuvé : %2</translation>
    </message>
    <message>
        <source>Request to %1 failed: %2</source>
        <translation>Échec de la requête vers %1 : %2</translation>
    </message>
    <message>
        <source>Authentication failed at %1 (HTTP 401).</source>
        <translation>Échec de l’authentification auprès de %1 (HTTP 401).</translation>
    </message>
    <message>
        <source>Permission denied at %1 (HTTP 403): %2</source>
        <translation>Accès refusé par %1 (HTTP 403) : %2</translation>
    </message>
    <message>
        <source>Not found: %1 (%2)</source>
        <translation>Introuvable : %1 (%2)</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: %3</source>
        <translation>HTTP %1 de %2 : %3</translation>
    </message>
    <message>
        <source>%1 did not answer JSON: %2</source>
        <translation>%1 n’a pas répondu en JSON : %2</translation>
    </message>
</context>
<context>
    <name>Godwit::JobManager</name>
    <message>
        <source>Canceled by the user.</source>
        <translation>Annulé par l’utilisateur.</translation>
    </message>
</context>
<context>
    <name>Godwit::JobsModel</name>
    <message>
        <source>Canceling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>%1 %2/s</source>
        <translation>%1 %2/s</translation>
    </message>
    <message>
        <source>items</source>
        <translation>éléments</translation>
    </message>
    <message>
        <source>%1 (ETA %2)</source>
        <translation>%1 (reste %2)</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>Godwit::Language</name>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>Godwit::LogModel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
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
        <translation>Espace de travail : %1</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Dump files</source>
        <translation>Fichiers de dump</translation>
    </message>
    <message>
        <source>Schema revisions</source>
        <translation>Révisions de schéma</translation>
    </message>
    <message>
        <source>Index migrations</source>
        <translation>Migrations d’index</translation>
    </message>
    <message>
        <source>%1 (Alt+%2)</source>
        <translation>%1 (Alt+%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n tâche en cours</numerusform>
            <numerusform>%n tâches en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
</context>
<context>
    <name>Godwit::PasswordDialog</name>
    <message>
        <source>No system keychain is available: the password is kept in memory until Godwit quits.</source>
        <translation>Aucun trousseau système n’est disponible : le mot de passe est conservé en mémoire jusqu’à la fermeture de Godwit.</translation>
    </message>
</context>
<context>
    <name>Godwit::PlaceholderPanel</name>
    <message>
        <source>Dump files</source>
        <translation>Fichiers de dump</translation>
    </message>
    <message>
        <source>Export a database to verifiable dump files, browse them, and drop a dump onto a connection to import it across engines in dependency order, with a pre-flight report and verification. Backup and restore included.</source>
        <translation>Exportez une base de données vers des fichiers de dump vérifiables, parcourez-les, puis déposez un dump sur une connexion pour l’importer d’un moteur à l’autre dans l’ordre des dépendances, avec un rapport préalable et une vérification. Sauvegarde et restauration incluses.</translation>
    </message>
    <message>
        <source>Schema revisions</source>
        <translation>Révisions de schéma</translation>
    </message>
    <message>
        <source>The Alembic revision graph of your application drawn and browsable — branches, heads, merges and depends_on — with the revision each database is at and what an upgrade would run.</source>
        <translation>Le graphe des révisions Alembic de votre application, dessiné et navigable — branches, têtes, fusions et depends_on —, avec la révision à laquelle se trouve chaque base de données et ce qu’une mise à niveau exécuterait.</translation>
    </message>
    <message>
        <source>Index migrations</source>
        <translation>Migrations d’index</translation>
    </message>
    <message>
        <source>Reindex Elasticsearch and OpenSearch indices with near-zero downtime: recipes, bulk reindex then live sync, status, atomic alias rollover and cancel, within one cluster or across two.</source>
        <translation>Réindexez des index Elasticsearch et OpenSearch avec une interruption quasi nulle : recettes, réindexation en masse puis synchronisation en continu, état, bascule atomique des alias et annulation, au sein d’un cluster ou entre deux.</translation>
    </message>
    <message>
        <source>Coming in a later version of Godwit. The Connections panel already lists and checks the databases and clusters this panel will work on.</source>
        <translation>Disponible dans une version ultérieure de Godwit. Le panneau Connexions liste et vérifie déjà les bases de données et les clusters sur lesquels ce panneau travaillera.</translation>
    </message>
</context>
<context>
    <name>Godwit::PreferencesDialog</name>
    <message>
        <source>System keychain available: saved passwords are stored there.</source>
        <translation>Trousseau système disponible : les mots de passe enregistrés y sont stockés.</translation>
    </message>
    <message>
        <source>No keychain available: passwords are asked for and kept in memory only.</source>
        <translation>Aucun trousseau disponible : les mots de passe sont demandés et conservés uniquement en mémoire.</translation>
    </message>
</context>
<context>
    <name>Godwit::SchemaReader</name>
    <message>
        <source>Not a database connection.</source>
        <translation>Ce n’est pas une connexion à une base de données.</translation>
    </message>
    <message>
        <source>No table named “%1”.</source>
        <translation>Aucune table nommée « %1 ».</translation>
    </message>
</context>
<context>
    <name>Godwit::SecretStore</name>
    <message>
        <source>A password is needed for this connection.</source>
        <translation>Un mot de passe est nécessaire pour cette connexion.</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Impossible de lire le trousseau : %1</translation>
    </message>
    <message>
        <source>No keychain is available: the password is kept in memory for this session only.</source>
        <translation>Aucun trousseau n’est disponible : le mot de passe est conservé en mémoire pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The keychain refused the password (%1); it is kept in memory for this session only.</source>
        <translation>Le trousseau a refusé le mot de passe (%1) ; il est conservé en mémoire pour cette session uniquement.</translation>
    </message>
</context>
<context>
    <name>Godwit::Workspace</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Demo InvenTree (SQLite)</source>
        <translation>InvenTree de démonstration (SQLite)</translation>
    </message>
    <message>
        <source>demo workspace</source>
        <translation>espace de travail de démonstration</translation>
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
        <translation>Panneaux</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>Annuler la &amp;tâche</translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <translation>&amp;Retirer les tâches terminées</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>&amp;New connection…</source>
        <translation>&amp;Nouvelle connexion…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Import connections from application config…</source>
        <translation>&amp;Importer des connexions depuis la configuration d’une application…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;About Godwit</source>
        <translation>À &amp;propos de Godwit</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password needed</source>
        <translation>Mot de passe requis</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;Mémoriser dans le trousseau système</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Espace de travail :</translation>
    </message>
    <message>
        <source>Keychain:</source>
        <translation>Trousseau :</translation>
    </message>
    <message>
        <source>A new language applies to the whole window at once; dialogs already open keep theirs.</source>
        <translation>Une nouvelle langue s’applique immédiatement à toute la fenêtre ; les boîtes de dialogue déjà ouvertes conservent la leur.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Canceled by the user.</source>
        <translation>Annulé par l’utilisateur.</translation>
    </message>
</context>
</TS>
