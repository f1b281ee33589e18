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
        <translation>Composants&#xa0;:</translation>
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
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
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
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;URLs:</source>
        <translation>UR&amp;L&#xa0;:</translation>
    </message>
    <message>
        <source>One node URL per line, e.g. https://search.example.org:9200</source>
        <translation>Une URL de nœud par ligne, p. ex. https://search.example.org:9200</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentification&#xa0;:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remember in keychain</source>
        <translation>&amp;Mémoriser dans le trousseau</translation>
    </message>
    <message>
        <source>Index &amp;prefix:</source>
        <translation>Pré&amp;fixe d’index&#xa0;:</translation>
    </message>
    <message>
        <source>optional, e.g. rdm-</source>
        <translation>facultatif, p. ex. rdm-</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Fichier &amp;CA&#xa0;:</translation>
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
        <translation>La création de la base de données de démonstration a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid value for %2; expected &apos;space&apos;, &apos;newline&apos;, &apos;os&apos;, &apos;:&apos;, &apos;;&apos;</source>
        <translation>&apos;%1&apos; n’est pas une valeur valide pour %2&#xa0;; valeurs attendues&#xa0;: &apos;space&apos;, &apos;newline&apos;, &apos;os&apos;, &apos;:&apos;, &apos;;&apos;</translation>
    </message>
    <message>
        <source>cannot find the Python package “%1” named in %2 “%3” (Godwit looks next to alembic.ini and in prepend_sys_path); give the version folders with --versions instead</source>
        <translation>impossible de trouver le paquet Python «&#xa0;%1&#xa0;» indiqué dans %2 «&#xa0;%3&#xa0;» (Godwit cherche à côté d’alembic.ini et dans prepend_sys_path)&#xa0;; indiquez plutôt les dossiers de versions avec --versions</translation>
    </message>
    <message>
        <source>not enough arguments for format string</source>
        <translation>pas assez d’arguments pour la chaîne de format</translation>
    </message>
    <message>
        <source>the format %%1 is not supported</source>
        <translation>le format %%1 n’est pas pris en charge</translation>
    </message>
    <message>
        <source>an empty expression</source>
        <translation>une expression vide</translation>
    </message>
    <message>
        <source>${%1}: %2</source>
        <translation>${%1}&#xa0;: %2</translation>
    </message>
    <message>
        <source>${%1}: “%1” is not defined</source>
        <translation>${%1}&#xa0;: «&#xa0;%1&#xa0;» n’est pas défini</translation>
    </message>
    <message>
        <source>${%1}: unknown filter “%2”</source>
        <translation>${%1}&#xa0;: filtre «&#xa0;%2&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>cannot loop over %1</source>
        <translation>impossible d’itérer sur %1</translation>
    </message>
    <message>
        <source>cannot unpack %1</source>
        <translation>impossible de dépaqueter %1</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>un objet bytes</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a tuple</source>
        <translation>un tuple</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>a set</source>
        <translation>un ensemble</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>pas une chaîne</translation>
    </message>
    <message>
        <source>%1 is bytes; it must be a string</source>
        <translation>%1 est un objet bytes&#xa0;; ce doit être une chaîne</translation>
    </message>
    <message>
        <source>%1 holds %2; every element must be a string</source>
        <translation>%1 contient %2&#xa0;; chaque élément doit être une chaîne</translation>
    </message>
    <message>
        <source>%1 is %2; it must be None, a string or a tuple of strings</source>
        <translation>%1 est %2&#xa0;; ce doit être None, une chaîne ou un tuple de chaînes</translation>
    </message>
    <message>
        <source>expected an indented block after the statement on line %1</source>
        <translation>bloc indenté attendu après l’instruction de la ligne %1</translation>
    </message>
    <message>
        <source>unexpected indent</source>
        <translation>indentation inattendue</translation>
    </message>
    <message>
        <source>unindent does not match any outer indentation level</source>
        <translation>la désindentation ne correspond à aucun niveau d’indentation extérieur</translation>
    </message>
    <message>
        <source>invalid syntax near “%1 %2”</source>
        <translation>syntaxe invalide près de «&#xa0;%1 %2&#xa0;»</translation>
    </message>
    <message>
        <source>invalid syntax: “:” at the end of a line that opens no block</source>
        <translation>syntaxe invalide&#xa0;: «&#xa0;:&#xa0;» à la fin d’une ligne qui n’ouvre aucun bloc</translation>
    </message>
    <message>
        <source>invalid syntax: %1 needs a name</source>
        <translation>syntaxe invalide&#xa0;: %1 nécessite un nom</translation>
    </message>
    <message>
        <source>invalid syntax: def %1 needs parentheses</source>
        <translation>syntaxe invalide&#xa0;: def %1 nécessite des parenthèses</translation>
    </message>
    <message>
        <source>expected “:” after %1 %2</source>
        <translation>«&#xa0;:&#xa0;» attendu après %1 %2</translation>
    </message>
    <message>
        <source>invalid syntax: “from” without “import”</source>
        <translation>syntaxe invalide&#xa0;: «&#xa0;from&#xa0;» sans «&#xa0;import&#xa0;»</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>%1 is imported: its value cannot be read without running Python</source>
        <translation>%1 est importé&#xa0;: sa valeur ne peut pas être lue sans exécuter Python</translation>
    </message>
    <message>
        <source>“%1 %2 …” cannot be read without running Python</source>
        <translation>«&#xa0;%1 %2 …&#xa0;» ne peut pas être lu sans exécuter Python</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>calculé</translation>
    </message>
    <message>
        <source>invalid syntax: an assignment needs a target and a value</source>
        <translation>syntaxe invalide&#xa0;: une affectation nécessite une cible et une valeur</translation>
    </message>
    <message>
        <source>this form of assigning %1 cannot be read; write “%1 = …”</source>
        <translation>cette forme d’affectation de %1 ne peut pas être lue&#xa0;; écrivez «&#xa0;%1 = …&#xa0;»</translation>
    </message>
    <message>
        <source>invalid syntax: cannot assign to %1</source>
        <translation>syntaxe invalide&#xa0;: impossible d’affecter une valeur à %1</translation>
    </message>
    <message>
        <source>%1 is assigned inside an “%2” block: which value Python would use cannot be known without running it</source>
        <translation>%1 est affecté dans un bloc «&#xa0;%2&#xa0;»&#xa0;: la valeur que Python utiliserait ne peut pas être connue sans l’exécuter</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>revision is %1; it must be a string</source>
        <translation>revision est %1&#xa0;; ce doit être une chaîne</translation>
    </message>
    <message>
        <source>no “revision = …” assignment: Alembic cannot tell this script&apos;s revision id</source>
        <translation>aucune affectation «&#xa0;revision = …&#xa0;»&#xa0;: Alembic ne peut pas déterminer l’identifiant de révision de ce script</translation>
    </message>
    <message>
        <source>no “revision = …” assignment; the revision id %1 is taken from the file name (Alembic 0.1 style)</source>
        <translation>aucune affectation «&#xa0;revision = …&#xa0;»&#xa0;; l’identifiant de révision %1 est tiré du nom de fichier (style Alembic 0.1)</translation>
    </message>
    <message>
        <source>the revision id is empty</source>
        <translation>l’identifiant de révision est vide</translation>
    </message>
    <message>
        <source>character(s) &apos;%1&apos; not allowed in revision identifier &apos;%2&apos;</source>
        <translation>caractère(s) &apos;%1&apos; non autorisé(s) dans l’identifiant de révision &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no “down_revision = …” assignment (use down_revision = None for a first revision)</source>
        <translation>aucune affectation «&#xa0;down_revision = …&#xa0;» (utilisez down_revision = None pour une première révision)</translation>
    </message>
    <message>
        <source>down_revision holds an empty revision id</source>
        <translation>down_revision contient un identifiant de révision vide</translation>
    </message>
    <message>
        <source>depends_on holds an empty revision id</source>
        <translation>depends_on contient un identifiant de révision vide</translation>
    </message>
    <message>
        <source>branch_labels holds an empty label</source>
        <translation>branch_labels contient un libellé vide</translation>
    </message>
    <message>
        <source>self-loop: revision %1 lists itself in down_revision</source>
        <translation>boucle sur elle-même&#xa0;: la révision %1 se cite elle-même dans down_revision</translation>
    </message>
    <message>
        <source>dependency self-loop: revision %1 lists itself in depends_on</source>
        <translation>boucle de dépendance sur elle-même&#xa0;: la révision %1 se cite elle-même dans depends_on</translation>
    </message>
    <message>
        <source>down_revision lists the same revision twice</source>
        <translation>down_revision cite deux fois la même révision</translation>
    </message>
    <message>
        <source>depends_on lists the same revision twice</source>
        <translation>depends_on cite deux fois la même révision</translation>
    </message>
    <message>
        <source>the docstring says “Revision ID: %1” but revision = &apos;%2&apos;</source>
        <translation>la docstring indique «&#xa0;Revision ID: %1&#xa0;» mais revision = &apos;%2&apos;</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the version location %1 does not exist</source>
        <translation>l’emplacement de versions %1 n’existe pas</translation>
    </message>
    <message>
        <source>the version location %1 is not a folder</source>
        <translation>l’emplacement de versions %1 n’est pas un dossier</translation>
    </message>
    <message>
        <source>the file %1 is in more than one version location; it is read once</source>
        <translation>le fichier %1 se trouve dans plusieurs emplacements de versions&#xa0;; il n’est lu qu’une fois</translation>
    </message>
    <message>
        <source>The database is at revision(s) %1, which the scripts do not contain: it was upgraded with other scripts (a newer release, another branch), or scripts are missing.</source>
        <translation>La base de données est à la ou aux révisions %1, que les scripts ne contiennent pas&#xa0;: elle a été mise à niveau avec d’autres scripts (une version plus récente, une autre branche), ou des scripts manquent.</translation>
    </message>
    <message>
        <source>the command is empty</source>
        <translation>la commande est vide</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>Exécution de %1</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>impossible d’exécuter %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 a planté</translation>
    </message>
    <message>
        <source>%1 exited with code %2: %3</source>
        <translation>%1 s’est terminé avec le code %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Graphviz could not start (libgvc)</source>
        <translation>Graphviz n’a pas pu démarrer (libgvc)</translation>
    </message>
    <message>
        <source>Graphviz could not read the generated graph</source>
        <translation>Graphviz n’a pas pu lire le graphe généré</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the graph (engine %1)</source>
        <translation>Graphviz n’a pas pu disposer le graphe (moteur %1)</translation>
    </message>
    <message>
        <source>Graphviz cannot write %1 on this system (is the libgvc6 plugin for it installed?)</source>
        <translation>Graphviz ne peut pas écrire de %1 sur ce système (le greffon libgvc6 correspondant est-il installé&#xa0;?)</translation>
    </message>
    <message>
        <source>unknown graph format “%1” (use dot, svg or png)</source>
        <translation>format de graphe «&#xa0;%1&#xa0;» inconnu (utilisez dot, svg ou png)</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create the demo database: %1</source>
        <translation>Impossible de créer la base de données de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unexpected %1 answer from the cluster: %2</source>
        <translation>Réponse %1 inattendue du cluster&#xa0;: %2</translation>
    </message>
    <message>
        <source>document %1: %2</source>
        <translation>document %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The destination kept rejecting documents as overloaded (HTTP 429) after 12 retries.</source>
        <translation>La destination a continué de rejeter des documents pour cause de surcharge (HTTP 429) après 12 nouvelles tentatives.</translation>
    </message>
    <message>
        <source>Deleting documents from %1 failed: %2</source>
        <translation>Échec de la suppression de documents dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The destination rejected deletions as overloaded (HTTP 429); the next pass retries.</source>
        <translation>La destination a rejeté des suppressions pour cause de surcharge (HTTP 429)&#xa0;; le prochain passage réessaiera.</translation>
    </message>
    <message>
        <source>%1: missing in %2</source>
        <translation>%1&#xa0;: absent de %2</translation>
    </message>
    <message>
        <source>%1: only in %2</source>
        <translation>%1&#xa0;: uniquement dans %2</translation>
    </message>
    <message>
        <source>%1: different content</source>
        <translation>%1&#xa0;: contenu différent</translation>
    </message>
    <message>
        <source>%1: version %2 in %3, %4 in %5</source>
        <translation>%1&#xa0;: version %2 dans %3, %4 dans %5</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>an empty dict</source>
        <translation>un dict vide</translation>
    </message>
</context>
<context>
    <name>Godwit::AboutDialog</name>
    <message>
        <source>&lt;h2&gt;Godwit %1&lt;/h2&gt;&lt;p&gt;A workbench for the migrations of research-data and inventory web applications: database connections and dumps, Alembic revision graphs and Elasticsearch/OpenSearch index migrations.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Godwit %1&lt;/h2&gt;&lt;p&gt;Un atelier pour les migrations des applications web de données de recherche et d’inventaire&#xa0;: connexions aux bases de données et dumps, graphes de révisions Alembic et migrations d’index Elasticsearch/OpenSearch.&lt;/p&gt;&lt;p&gt;Distribué sous licence GNU GPL, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Godwit::AlembicConfig</name>
    <message>
        <source>No config file “%1” found.</source>
        <translation>Fichier de configuration «&#xa0;%1&#xa0;» introuvable.</translation>
    </message>
    <message>
        <source>The config file “%1” has no [%2] section.</source>
        <translation>Le fichier de configuration «&#xa0;%1&#xa0;» ne contient pas de section [%2].</translation>
    </message>
    <message>
        <source>No &apos;script_location&apos; key found in [%1] of %2.</source>
        <translation>Aucune clé &apos;script_location&apos; trouvée dans [%1] de %2.</translation>
    </message>
    <message>
        <source>The script_location folder %1 does not exist.</source>
        <translation>Le dossier script_location %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 has an inline comment; Alembic reads it as part of the value and may refuse it (move the comment to its own line)</source>
        <translation>%1 comporte un commentaire en ligne&#xa0;; Alembic le lit comme faisant partie de la valeur et peut la refuser (placez le commentaire sur une ligne à part)</translation>
    </message>
    <message>
        <source>truncate_slug_length “%1” is not a positive number</source>
        <translation>truncate_slug_length «&#xa0;%1&#xa0;» n’est pas un nombre positif</translation>
    </message>
</context>
<context>
    <name>Godwit::Archive</name>
    <message>
        <source>“%1” is not a .tar, .tar.gz, .tar.zst or .zip name.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom en .tar, .tar.gz, .tar.zst ou .zip.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot finish %1: %2</source>
        <translation>Impossible de finaliser %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation>Impossible de renommer %1 en %2.</translation>
    </message>
    <message>
        <source>Cannot open the archive %1: %2</source>
        <translation>Impossible d’ouvrir l’archive %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The archive %1 is damaged: %2</source>
        <translation>L’archive %1 est endommagée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The archive %1 holds “%2”, which is not a plain file.</source>
        <translation>L’archive %1 contient «&#xa0;%2&#xa0;», qui n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>The archive %1 holds “%2”, a path outside its folder.</source>
        <translation>L’archive %1 contient «&#xa0;%2&#xa0;», un chemin situé hors de son dossier.</translation>
    </message>
    <message>
        <source>The archive %1 is damaged at “%2”: %3</source>
        <translation>L’archive %1 est endommagée à «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>The archive %1 has no “%2”.</source>
        <translation>L’archive %1 ne contient pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” in %2 is implausibly large.</source>
        <translation>«&#xa0;%1&#xa0;» dans %2 est d’une taille invraisemblable.</translation>
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
        <translation>vide&#xa0;: aucune révision appliquée</translation>
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
        <translation>actifs&#xa0;: %1, non attribués&#xa0;: %2</translation>
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
    <message>
        <source>Name one index to delete; patterns are not accepted.</source>
        <translation>Indiquez un seul index à supprimer&#xa0;; les motifs ne sont pas acceptés.</translation>
    </message>
</context>
<context>
    <name>Godwit::Compiler</name>
    <message>
        <source>&lt;%text&gt; is never closed</source>
        <translation>&lt;%text&gt; n’est jamais fermé</translation>
    </message>
    <message>
        <source>&lt;%doc&gt; is never closed</source>
        <translation>&lt;%doc&gt; n’est jamais fermé</translation>
    </message>
    <message>
        <source>&lt;% is never closed</source>
        <translation>&lt;% n’est jamais fermé</translation>
    </message>
    <message>
        <source>Mako tags such as “%1” are not supported</source>
        <translation>Les balises Mako telles que «&#xa0;%1&#xa0;» ne sont pas prises en charge</translation>
    </message>
    <message>
        <source>“${” is never closed</source>
        <translation>«&#xa0;${&#xa0;» n’est jamais fermé</translation>
    </message>
    <message>
        <source>${%1}: %2</source>
        <translation>${%1}&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is never closed</source>
        <translation>«&#xa0;%1&#xa0;» n’est jamais fermé</translation>
    </message>
    <message>
        <source>“% elif” without “% if”</source>
        <translation>«&#xa0;% elif&#xa0;» sans «&#xa0;% if&#xa0;»</translation>
    </message>
    <message>
        <source>“% else” without “% if”</source>
        <translation>«&#xa0;% else&#xa0;» sans «&#xa0;% if&#xa0;»</translation>
    </message>
    <message>
        <source>“% %1” without its opening line</source>
        <translation>«&#xa0;% %1&#xa0;» sans sa ligne d’ouverture</translation>
    </message>
    <message>
        <source>unsupported Mako control line “% %1”</source>
        <translation>ligne de contrôle Mako «&#xa0;% %1&#xa0;» non prise en charge</translation>
    </message>
    <message>
        <source>module-level code in &lt;%! %&gt; is not supported: %1</source>
        <translation>le code de niveau module dans &lt;%! %&gt; n’est pas pris en charge&#xa0;: %1</translation>
    </message>
    <message>
        <source>only “name = value” is supported in &lt;% %&gt;: %1</source>
        <translation>seul «&#xa0;name = value&#xa0;» est pris en charge dans &lt;% %&gt;&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Godwit::ConfigImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>SQLALCHEMY_DATABASE_URI is computed, not a literal string; add that connection by hand.</source>
        <translation>SQLALCHEMY_DATABASE_URI est calculé et non une chaîne littérale&#xa0;; ajoutez cette connexion manuellement.</translation>
    </message>
    <message>
        <source>Invenio database (%1)</source>
        <translation>Base de données Invenio (%1)</translation>
    </message>
    <message>
        <source>SQLALCHEMY_DATABASE_URI: %1</source>
        <translation>SQLALCHEMY_DATABASE_URI&#xa0;: %1</translation>
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
        <translation>Moteur de base de données InvenTree «&#xa0;%1&#xa0;» non pris en charge.</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>environnement</translation>
    </message>
    <message>
        <source>Cannot tell the application of %1: expected invenio.cfg or InvenTree&apos;s config.yaml.</source>
        <translation>Impossible de déterminer l’application de %1&#xa0;: invenio.cfg ou config.yaml d’InvenTree attendu.</translation>
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
        <translation>Modifier la connexion «&#xa0;%1&#xa0;»</translation>
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
        <translation>Aucun trousseau système n’est disponible&#xa0;: les mots de passe sont conservés en mémoire jusqu’à la fermeture de Godwit.</translation>
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
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>default (%1)</source>
        <translation>par défaut (%1)</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>Clé d’A&amp;PI&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
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
        <translation>Une URL SQLite nécessite trois barres obliques&#xa0;: sqlite:///chemin/vers/fichier.db</translation>
    </message>
    <message>
        <source>An in-memory SQLite database cannot be connected to; give a file path.</source>
        <translation>Impossible de se connecter à une base de données SQLite en mémoire&#xa0;; indiquez un chemin de fichier.</translation>
    </message>
    <message>
        <source>The URL is empty.</source>
        <translation>L’URL est vide.</translation>
    </message>
    <message>
        <source>“%1” is not a URL: expected scheme://… (for example postgresql://user@host/db)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une URL&#xa0;: schéma://… attendu (par exemple postgresql://user@host/db)</translation>
    </message>
    <message>
        <source>Unsupported URL scheme “%1”: use postgresql://, mysql://, sqlite:///, http:// or https://</source>
        <translation>Schéma d’URL «&#xa0;%1&#xa0;» non pris en charge&#xa0;: utilisez postgresql://, mysql://, sqlite:///, http:// ou https://</translation>
    </message>
    <message>
        <source>“%1” is not a valid URL: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une URL valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>aucun hôte</translation>
    </message>
    <message>
        <source>The URL names no database: add /database_name after the host.</source>
        <translation>L’URL n’indique aucune base de données&#xa0;: ajoutez /nom_de_la_base après l’hôte.</translation>
    </message>
</context>
<context>
    <name>Godwit::ConnectionsModel</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 n’est pas un JSON valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A connection needs a name.</source>
        <translation>Une connexion doit avoir un nom.</translation>
    </message>
    <message>
        <source>A connection named “%1” exists already.</source>
        <translation>Une connexion nommée «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>No such connection.</source>
        <translation>Cette connexion n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a Godwit connections file.</source>
        <translation>%1 n’est pas un fichier de connexions Godwit.</translation>
    </message>
    <message>
        <source>Not saving over a connections file that could not be read: %1</source>
        <translation>Un fichier de connexions qui n’a pas pu être lu n’est pas écrasé&#xa0;: %1</translation>
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

Ajoutez-en une avec «&#xa0;+&#xa0;» (Ctrl+N), collez une URL SQLAlchemy telle que postgresql+psycopg2://invenio@db/invenio, ou importez un fichier invenio.cfg ou le config.yaml d’InvenTree.</translation>
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
        <translation>✔ Connexion établie&#xa0;: %1</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>Password for %1 (%2):</source>
        <translation>Mot de passe pour %1 (%2)&#xa0;:</translation>
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
        <translation>«&#xa0;%1&#xa0;» (%2) ajoutée.</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Remove the connection “%1”?

Only the saved profile and its saved password are removed; the database or cluster itself is not touched.</source>
        <translation>Supprimer la connexion «&#xa0;%1&#xa0;»&#xa0;?

Seuls le profil enregistré et son mot de passe enregistré sont supprimés&#xa0;; la base de données ou le cluster lui-même n’est pas modifié.</translation>
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
        <translation>Connexion réussie&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>«&#xa0;%1&#xa0;» (%2) importée depuis %3.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n connection(s).</source>
        <translation>
            <numerusform>%n connexion importée.</numerusform>
            <numerusform>%n connexions importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1&#xa0;: terminé</translation>
    </message>
    <message>
        <source>Create index…</source>
        <translation>Créer un index…</translation>
    </message>
    <message>
        <source>Create index</source>
        <translation>Créer un index</translation>
    </message>
    <message>
        <source>index name</source>
        <translation>nom de l’index</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Settings, mappings and aliases (JSON):</source>
        <translation>Paramètres, mappings et alias (JSON)&#xa0;:</translation>
    </message>
    <message>
        <source>Not JSON: %1 at offset %2</source>
        <translation>JSON invalide&#xa0;: %1 à la position %2</translation>
    </message>
    <message>
        <source>Name the index.</source>
        <translation>Nommez l’index.</translation>
    </message>
    <message>
        <source>Create index %1</source>
        <translation>Créer l’index %1</translation>
    </message>
    <message>
        <source>Show mapping of %1…</source>
        <translation>Afficher le mapping de %1…</translation>
    </message>
    <message>
        <source>Mapping of %1</source>
        <translation>Mapping de %1</translation>
    </message>
    <message>
        <source>Add alias to %1…</source>
        <translation>Ajouter un alias à %1…</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>Ajouter un alias</translation>
    </message>
    <message>
        <source>Alias for %1:</source>
        <translation>Alias pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>Add alias %1</source>
        <translation>Ajouter l’alias %1</translation>
    </message>
    <message>
        <source>Delete index %1…</source>
        <translation>Supprimer l’index %1…</translation>
    </message>
    <message>
        <source>Delete index</source>
        <translation>Supprimer l’index</translation>
    </message>
    <message>
        <source>This deletes %1 and all its documents for good. Type its name to confirm:</source>
        <translation>Cette opération supprime définitivement %1 et tous ses documents. Saisissez son nom pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>The name did not match; nothing was deleted.</source>
        <translation>Le nom ne correspond pas&#xa0;; rien n’a été supprimé.</translation>
    </message>
    <message>
        <source>Delete index %1</source>
        <translation>Supprimer l’index %1</translation>
    </message>
    <message>
        <source>Remove alias %1 from %2</source>
        <translation>Retirer l’alias %1 de %2</translation>
    </message>
    <message>
        <source>Remove alias %1</source>
        <translation>Retirer l’alias %1</translation>
    </message>
</context>
<context>
    <name>Godwit::DatabaseSession</name>
    <message>
        <source>“%1” is not an SQLite database.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une base de données SQLite.</translation>
    </message>
    <message>
        <source>Cannot open the SQLite file “%1”.</source>
        <translation>Impossible d’ouvrir le fichier SQLite «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Authentication failed for user “%1” on %2.</source>
        <translation>Échec de l’authentification de l’utilisateur «&#xa0;%1&#xa0;» sur %2.</translation>
    </message>
    <message>
        <source>The database “%1” does not exist on %2.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» n’existe pas sur %2.</translation>
    </message>
    <message>
        <source>Timed out connecting to %1.</source>
        <translation>Délai dépassé lors de la connexion à %1.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>TLS failed with %1: %2</source>
        <translation>Échec TLS avec %1&#xa0;: %2</translation>
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
        <translation>«&#xa0;%1&#xa0;» n’est pas une connexion à une base de données.</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed (Debian package %2).</source>
        <translation>Le pilote Qt SQL %1 n’est pas installé (paquet Debian %2).</translation>
    </message>
    <message>
        <source>The connection “%1” is incomplete.</source>
        <translation>La connexion «&#xa0;%1&#xa0;» est incomplète.</translation>
    </message>
    <message>
        <source>The SQLite file “%1” does not exist.</source>
        <translation>Le fichier SQLite «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier.</translation>
    </message>
    <message>
        <source>The SQLite file “%1” is not readable.</source>
        <translation>Le fichier SQLite «&#xa0;%1&#xa0;» n’est pas lisible.</translation>
    </message>
    <message>
        <source>Not a database connection.</source>
        <translation>Ce n’est pas une connexion à une base de données.</translation>
    </message>
</context>
<context>
    <name>Godwit::Dump</name>
    <message>
        <source>Neither database has a table “%1”.</source>
        <translation>Aucune des deux bases de données n’a de table «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Comparing %1</source>
        <translation>Comparaison de %1</translation>
    </message>
    <message>
        <source>No output path for the dump.</source>
        <translation>Aucun chemin de sortie pour le dump.</translation>
    </message>
    <message>
        <source>The chunk size must be between 1 and 10,000,000 rows.</source>
        <translation>La taille des blocs doit être comprise entre 1 et 10&#xa0;000&#xa0;000 lignes.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or allow overwriting.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom ou autorisez l’écrasement.</translation>
    </message>
    <message>
        <source>%1 is a folder that holds something other than a Godwit dump; it is not overwritten.</source>
        <translation>%1 est un dossier qui contient autre chose qu’un dump Godwit&#xa0;; il n’est pas écrasé.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>The media folder %1 does not exist.</source>
        <translation>Le dossier de médias %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The database has no table “%1”.</source>
        <translation>La base de données n’a pas de table «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A row filter names the table “%1”, which the database does not have.</source>
        <translation>Un filtre de lignes désigne la table «&#xa0;%1&#xa0;», que la base de données ne contient pas.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>Exporting %1 (%2 of %3)</source>
        <translation>Exportation de %1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 (is the disk full?)</source>
        <translation>Impossible d’écrire %1&#xa0;: %2 (le disque est-il plein&#xa0;?)</translation>
    </message>
    <message>
        <source>Copying media files</source>
        <translation>Copie des fichiers médias</translation>
    </message>
    <message>
        <source>Cannot copy the media file %1 (is the disk full?).</source>
        <translation>Impossible de copier le fichier média %1 (le disque est-il plein&#xa0;?).</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>Cannot write the manifest of %1 (is the disk full?).</source>
        <translation>Impossible d’écrire le manifeste de %1 (le disque est-il plein&#xa0;?).</translation>
    </message>
    <message>
        <source>Cannot write the manifest checksum of %1.</source>
        <translation>Impossible d’écrire la somme de contrôle du manifeste de %1.</translation>
    </message>
    <message>
        <source>Packing %1</source>
        <translation>Empaquetage de %1</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Impossible de remplacer %1.</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2.</source>
        <translation>Impossible de déplacer %1 vers %2.</translation>
    </message>
    <message>
        <source>The manifest of %1 is not valid JSON (%2 at byte %3): the dump is damaged.</source>
        <translation>Le manifeste de %1 n’est pas un JSON valide (%2 à l’octet %3)&#xa0;: le dump est endommagé.</translation>
    </message>
    <message>
        <source>The manifest of %1 does not match its checksum: it was changed or damaged.</source>
        <translation>Le manifeste de %1 ne correspond pas à sa somme de contrôle&#xa0;: il a été modifié ou endommagé.</translation>
    </message>
    <message>
        <source>%1 is not a Godwit dump: it has no manifest.json.</source>
        <translation>%1 n’est pas un dump Godwit&#xa0;: il ne contient pas de manifest.json.</translation>
    </message>
    <message>
        <source>%1 is neither a dump folder nor a .tar, .tar.gz, .tar.zst or .zip archive.</source>
        <translation>%1 n’est ni un dossier de dump ni une archive .tar, .tar.gz, .tar.zst ou .zip.</translation>
    </message>
    <message>
        <source>Verifying %1</source>
        <translation>Vérification de %1</translation>
    </message>
    <message>
        <source>The chunk is missing.</source>
        <translation>Le bloc est manquant.</translation>
    </message>
    <message>
        <source>The chunk has %1 bytes instead of %2: it is truncated or was changed.</source>
        <translation>Le bloc fait %1 octets au lieu de %2&#xa0;: il est tronqué ou a été modifié.</translation>
    </message>
    <message>
        <source>The chunk&apos;s SHA-256 does not match the manifest: it is damaged or was changed.</source>
        <translation>Le SHA-256 du bloc ne correspond pas au manifeste&#xa0;: il est endommagé ou a été modifié.</translation>
    </message>
    <message>
        <source>The table has %1 rows instead of the %2 the manifest lists.</source>
        <translation>La table contient %1 lignes au lieu des %2 indiquées dans le manifeste.</translation>
    </message>
    <message>
        <source>The table&apos;s content checksum does not match the manifest.</source>
        <translation>La somme de contrôle du contenu de la table ne correspond pas au manifeste.</translation>
    </message>
    <message>
        <source>The media file is missing.</source>
        <translation>Le fichier média est manquant.</translation>
    </message>
    <message>
        <source>The media file does not match its checksum.</source>
        <translation>Le fichier média ne correspond pas à sa somme de contrôle.</translation>
    </message>
    <message>
        <source>Verification was canceled before the end.</source>
        <translation>La vérification a été annulée avant la fin.</translation>
    </message>
    <message>
        <source>%1 bytes: %2</source>
        <translation>%1 octets&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <source>Object %1 of the fixture is not valid JSON (%2).</source>
        <translation>L’objet %1 de la fixture n’est pas un JSON valide (%2).</translation>
    </message>
    <message>
        <source>Element %1 of the fixture is not an object.</source>
        <translation>L’élément %1 de la fixture n’est pas un objet.</translation>
    </message>
    <message>
        <source>Object %1 of the fixture has no “model”.</source>
        <translation>L’objet %1 de la fixture n’a pas de «&#xa0;model&#xa0;».</translation>
    </message>
    <message>
        <source>Object %1 (%2) of the fixture has no “fields” object.</source>
        <translation>L’objet %1 (%2) de la fixture n’a pas d’objet «&#xa0;fields&#xa0;».</translation>
    </message>
    <message>
        <source>The field “%1” of %2 has no column or many-to-many table in the target%3.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» de %2 n’a ni colonne ni table many-to-many dans la cible%3.</translation>
    </message>
    <message>
        <source>; its values are left out</source>
        <translation>, ses valeurs sont donc exclues</translation>
    </message>
    <message>
        <source>InvenTree export metadata: source version %1, exported %2.</source>
        <translation>Métadonnées d’export InvenTree&#xa0;: version source %1, exporté le %2.</translation>
    </message>
    <message>
        <source>The model %1 has no table “%2” in the target: run the application&apos;s migrations first.</source>
        <translation>Le modèle %1 n’a pas de table «&#xa0;%2&#xa0;» dans la cible&#xa0;: exécutez d’abord les migrations de l’application.</translation>
    </message>
    <message>
        <source>The model %1 has no table in the target: its %2 objects are left out.</source>
        <translation>Le modèle %1 n’a pas de table dans la cible&#xa0;: ses %2 objets sont exclus.</translation>
    </message>
    <message>
        <source>%1 objects of %2 already exist in the target (same primary key); clear first or leave the model out.</source>
        <translation>%1 objets de %2 existent déjà dans la cible (même clé primaire)&#xa0;; videz d’abord la table ou excluez le modèle.</translation>
    </message>
    <message>
        <source>Object %1 of the fixture is not a valid JSON object.</source>
        <translation>L’objet %1 de la fixture n’est pas un objet JSON valide.</translation>
    </message>
    <message>
        <source>Nothing was imported: the pre-flight found %1 problem(s). %2</source>
        <translation>Rien n’a été importé&#xa0;: la vérification préalable a trouvé %1 problème(s). %2</translation>
    </message>
    <message>
        <source>Canceled; the import was rolled back and the target is as it was.</source>
        <translation>Annulé&#xa0;; l’importation a été annulée (rollback) et la cible est restée inchangée.</translation>
    </message>
    <message>
        <source>The import was rolled back: the target is as it was.</source>
        <translation>L’importation a été annulée (rollback)&#xa0;: la cible est restée inchangée.</translation>
    </message>
    <message>
        <source>Clearing %1</source>
        <translation>Vidage de %1</translation>
    </message>
    <message>
        <source>Cannot clear “%1”: %2</source>
        <translation>Impossible de vider «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>Chargement de %1</translation>
    </message>
    <message>
        <source>Object %1 of the fixture is not valid JSON.</source>
        <translation>L’objet %1 de la fixture n’est pas un JSON valide.</translation>
    </message>
    <message>
        <source>field “%1”: %2</source>
        <translation>champ «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>an object without a primary key has many-to-many values</source>
        <translation>un objet sans clé primaire a des valeurs many-to-many</translation>
    </message>
    <message>
        <source>Object %1 (%2, pk %3): %4</source>
        <translation>Objet %1 (%2, pk %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>Cannot write the reject file %1.</source>
        <translation>Impossible d’écrire le fichier de rejets %1.</translation>
    </message>
    <message>
        <source>Committing</source>
        <translation>Validation de la transaction</translation>
    </message>
    <message>
        <source>%1 is not a Django database (it has no django_content_type table).</source>
        <translation>%1 n’est pas une base de données Django (elle n’a pas de table django_content_type).</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>Exportation de %1</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>Verifying the dump</source>
        <translation>Vérification du dump</translation>
    </message>
    <message>
        <source>The dump has no table “%1”.</source>
        <translation>Le dump ne contient pas de table «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The dump was taken at Alembic revisions %1; the target is at %2.</source>
        <translation>Le dump a été réalisé aux révisions Alembic %1&#xa0;; la cible est à %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>The target&apos;s Django migrations differ from the dump&apos;s: %1.</source>
        <translation>Les migrations Django de la cible diffèrent de celles du dump&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The target has no migration history table; the dump&apos;s will be imported with it.</source>
        <translation>La cible n’a pas de table d’historique des migrations&#xa0;; celle du dump sera importée avec lui.</translation>
    </message>
    <message>
        <source>A plugin table: left out (--exclude-plugins).</source>
        <translation>Table de plugin&#xa0;: exclue (--exclude-plugins).</translation>
    </message>
    <message>
        <source>Not in the target: it will be created from the dump&apos;s schema.</source>
        <translation>Absente de la cible&#xa0;: elle sera créée à partir du schéma du dump.</translation>
    </message>
    <message>
        <source>Not in the target: its %1 are left out (--ignore-nonexistent).</source>
        <translation>Absente de la cible&#xa0;: exclue (%1, --ignore-nonexistent).</translation>
    </message>
    <message>
        <source>The target has no table “%1” (create it with the application&apos;s migrations, or allow creating tables).</source>
        <translation>La cible n’a pas de table «&#xa0;%1&#xa0;» (créez-la avec les migrations de l’application, ou autorisez la création de tables).</translation>
    </message>
    <message>
        <source>The target has no column “%1”: its values are left out.</source>
        <translation>La cible n’a pas de colonne «&#xa0;%1&#xa0;»&#xa0;: ses valeurs sont exclues.</translation>
    </message>
    <message>
        <source>The target has no column “%1”: its values would be lost.</source>
        <translation>La cible n’a pas de colonne «&#xa0;%1&#xa0;»&#xa0;: ses valeurs seraient perdues.</translation>
    </message>
    <message>
        <source>Column “%1” changes type: %2 (%3) in the dump, %4 (%5) in the target.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» change de type&#xa0;: %2 (%3) dans le dump, %4 (%5) dans la cible.</translation>
    </message>
    <message>
        <source>The target&apos;s column “%1” is NOT NULL without a default, and the dump has no values for it.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» de la cible est NOT NULL sans valeur par défaut, et le dump ne contient aucune valeur pour elle.</translation>
    </message>
    <message>
        <source>Looking for key collisions in %1</source>
        <translation>Recherche de collisions de clés dans %1</translation>
    </message>
    <message>
        <source>%1 of the dump already exist in the target (same primary key); clear the table first or leave it out.</source>
        <translation>Des lignes du dump existent déjà dans la cible (%1 avec la même clé primaire)&#xa0;; videz d’abord la table ou excluez-la.</translation>
    </message>
    <message>
        <source>Some foreign keys form cycles or reference their own table: they are checked at the commit.</source>
        <translation>Certaines clés étrangères forment des cycles ou référencent leur propre table&#xa0;: elles sont vérifiées lors du commit.</translation>
    </message>
    <message>
        <source>Nothing was written: the target is as it was.</source>
        <translation>Rien n’a été écrit&#xa0;: la cible est restée telle quelle.</translation>
    </message>
    <message>
        <source>The chunk writer stopped.</source>
        <translation>L’écriture des blocs s’est interrompue.</translation>
    </message>
    <message>
        <source>Internal error: %1 chunk checksums for %2 chunks.</source>
        <translation>Erreur interne&#xa0;: %1 sommes de contrôle de blocs pour %2 blocs.</translation>
    </message>
    <message>
        <source>There is no interrupted import to resume in this database.</source>
        <translation>Cette base de données ne contient aucune importation interrompue à reprendre.</translation>
    </message>
    <message>
        <source>The interrupted import in this database is of another dump: resume it with that dump, or drop the table %1 to start again.</source>
        <translation>L’importation interrompue dans cette base de données concerne un autre dump&#xa0;: reprenez-la avec le dump correspondant, ou supprimez la table %1 pour recommencer.</translation>
    </message>
    <message>
        <source>Resuming the interrupted import: %1 of %2 chunks are loaded; the load goes on after them.</source>
        <translation>Reprise de l’importation interrompue&#xa0;: %1 blocs sur %2 sont chargés&#xa0;; le chargement continue après ceux-ci.</translation>
    </message>
    <message>
        <source>An interrupted import waits in this database (table %1): resume it, or drop that table to start again.</source>
        <translation>Une importation interrompue est en attente dans cette base de données (table %1)&#xa0;: reprenez-la, ou supprimez cette table pour recommencer.</translation>
    </message>
    <message>
        <source>The table uses the %1 storage engine, which cannot roll back, so a checkpointed import into it cannot be resumed exactly; convert it first (ALTER TABLE … ENGINE=InnoDB).</source>
        <translation>La table utilise le moteur de stockage %1, qui ne peut pas annuler (rollback)&#xa0;: une importation avec points de reprise ne peut donc pas y être reprise exactement&#xa0;; convertissez-la d’abord (ALTER TABLE … ENGINE=InnoDB).</translation>
    </message>
    <message>
        <source>The table uses the %1 storage engine, which cannot roll back: should the import fail, the rows already loaded into it stay.</source>
        <translation>La table utilise le moteur de stockage %1, qui ne peut pas annuler (rollback)&#xa0;: si l’importation échoue, les lignes déjà chargées y restent.</translation>
    </message>
</context>
<context>
    <name>Godwit::Dump::ChunkWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Internal error: chunk data without a chunk file.</source>
        <translation>Erreur interne&#xa0;: données de bloc sans fichier de bloc.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 (is the disk full?)</source>
        <translation>Impossible d’écrire %1&#xa0;: %2 (le disque est-il plein&#xa0;?)</translation>
    </message>
</context>
<context>
    <name>Godwit::Dump::DumpListModel</name>
    <message>
        <source>Django fixture</source>
        <translation>Fixture Django</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>no checksums</source>
        <translation>aucune somme de contrôle</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>verifying…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>endommagé</translation>
    </message>
    <message>
        <source>Dump</source>
        <translation>Dump</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Checksums</source>
        <translation>Sommes de contrôle</translation>
    </message>
</context>
<context>
    <name>Godwit::Dump::DumpRowsModel</name>
    <message>
        <source>(unreadable)</source>
        <translation>(illisible)</translation>
    </message>
    <message>
        <source>, primary key</source>
        <translation>, clé primaire</translation>
    </message>
</context>
<context>
    <name>Godwit::Dump::DumpSource</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to unpack %1.</source>
        <translation>Impossible de créer un dossier temporaire pour décompresser %1.</translation>
    </message>
    <message>
        <source>Unpacking %1</source>
        <translation>Décompression de %1</translation>
    </message>
    <message>
        <source>%1 is neither a dump folder nor a .tar, .tar.gz, .tar.zst or .zip archive.</source>
        <translation>%1 n’est ni un dossier de dump ni une archive .tar, .tar.gz, .tar.zst ou .zip.</translation>
    </message>
    <message>
        <source>%1 is not a Godwit dump: it has no manifest.json.</source>
        <translation>%1 n’est pas un dump Godwit&#xa0;: il ne contient pas de manifest.json.</translation>
    </message>
    <message>
        <source>The manifest of %1 is implausibly large.</source>
        <translation>Le manifeste de %1 est d’une taille invraisemblable.</translation>
    </message>
</context>
<context>
    <name>Godwit::Dump::DumpTablesModel</name>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Chunks</source>
        <translation>Blocs</translation>
    </message>
</context>
<context>
    <name>Godwit::Dump::InfileFeed</name>
    <message>
        <source>the value has no MySQL literal</source>
        <translation>la valeur n’a pas de littéral MySQL</translation>
    </message>
    <message>
        <source>Row %1 of “%2” does not fit the target (%3); nothing was imported.</source>
        <translation>La ligne %1 de «&#xa0;%2&#xa0;» n’est pas compatible avec la cible (%3)&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>column “%1”: %2</source>
        <translation>colonne «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Godwit::Dump::JsonArrayReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1 is not a Django fixture (a JSON array).</source>
        <translation>%1 n’est pas une fixture Django (un tableau JSON).</translation>
    </message>
    <message>
        <source>%1 ends before its closing “]”: the file is truncated.</source>
        <translation>%1 se termine avant son «&#xa0;]&#xa0;» fermant&#xa0;: le fichier est tronqué.</translation>
    </message>
    <message>
        <source>An object in %1 is larger than 512 MB.</source>
        <translation>Un objet de %1 dépasse 512 Mo.</translation>
    </message>
    <message>
        <source>%1 ends in the middle of an object: the file is truncated.</source>
        <translation>%1 se termine au milieu d’un objet&#xa0;: le fichier est tronqué.</translation>
    </message>
    <message>
        <source>%1 has an unbalanced “%2”.</source>
        <translation>%1 contient un «&#xa0;%2&#xa0;» non apparié.</translation>
    </message>
</context>
<context>
    <name>Godwit::Dump::LoadTransaction</name>
    <message>
        <source>The commit failed (%1), probably a foreign key without its row.</source>
        <translation>Le commit a échoué (%1), probablement à cause d’une clé étrangère sans ligne correspondante.</translation>
    </message>
    <message>
        <source>The commit failed (%1).</source>
        <translation>Le commit a échoué (%1).</translation>
    </message>
</context>
<context>
    <name>Godwit::Dump::Loader</name>
    <message>
        <source>Cannot write the reject file %1: %2</source>
        <translation>Impossible d’écrire le fichier de rejets %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Row skipped in %1: %2</source>
        <translation>Ligne écartée dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Loading “%1” failed: %2</source>
        <translation>Échec du chargement de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server closed the connection while loading “%1” (%2).</source>
        <translation>Le serveur a fermé la connexion pendant le chargement de «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
    <message>
        <source>column “%1”: %2</source>
        <translation>colonne «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Row %1 of “%2” does not fit the target (%3); nothing was imported.</source>
        <translation>La ligne %1 de «&#xa0;%2&#xa0;» n’est pas compatible avec la cible (%3)&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Cannot create the table “%1”: %2</source>
        <translation>Impossible de créer la table «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The import was rolled back: the target is as it was.</source>
        <translation>L’importation a été annulée (rollback)&#xa0;: la cible est restée inchangée.</translation>
    </message>
    <message>
        <source>Canceled; the import was rolled back and the target is as it was.</source>
        <translation>Annulé&#xa0;; l’importation a été annulée (rollback) et la cible est restée inchangée.</translation>
    </message>
    <message>
        <source>Clearing %1</source>
        <translation>Vidage de %1</translation>
    </message>
    <message>
        <source>Cannot clear “%1”: %2</source>
        <translation>Impossible de vider «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Loading %1 (%2 of %3)</source>
        <translation>Chargement de %1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>Indexes and foreign keys of the created tables</source>
        <translation>Index et clés étrangères des tables créées</translation>
    </message>
    <message>
        <source>Cannot add an index or foreign key (%1): %2</source>
        <translation>Impossible d’ajouter un index ou une clé étrangère (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Committing</source>
        <translation>Validation de la transaction</translation>
    </message>
    <message>
        <source>Verifying %1</source>
        <translation>Vérification de %1</translation>
    </message>
    <message>
        <source>the value has no MySQL literal</source>
        <translation>la valeur n’a pas de littéral MySQL</translation>
    </message>
    <message>
        <source>Checking the foreign keys</source>
        <translation>Vérification des clés étrangères</translation>
    </message>
    <message>
        <source>A foreign key does not hold after the load (%1): %2</source>
        <translation>Une clé étrangère n’est pas respectée après le chargement (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Loading “%1” changed values on the way in (%2); nothing was imported.</source>
        <translation>Le chargement de «&#xa0;%1&#xa0;» a modifié des valeurs à l’insertion (%2)&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Loading “%1”: the server took %2 of %3 rows; nothing was imported.</source>
        <translation>Chargement de «&#xa0;%1&#xa0;»&#xa0;: le serveur a accepté %2 lignes sur %3&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>The import created these tables and could not drop them again; drop them by hand: %1.</source>
        <translation>L’importation a créé ces tables et n’a pas pu les supprimer&#xa0;; supprimez-les manuellement&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Nothing more was written: the import can still be resumed.</source>
        <translation>Rien de plus n’a été écrit&#xa0;: l’importation peut encore être reprise.</translation>
    </message>
    <message>
        <source>Nothing was written: the target is as it was.</source>
        <translation>Rien n’a été écrit&#xa0;: la cible est restée telle quelle.</translation>
    </message>
    <message>
        <source>Cannot create the checkpoint table %1: %2</source>
        <translation>Impossible de créer la table de points de reprise %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The chunks before are committed and their progress is kept in the table %1; run the same import again, resuming (--resume), to go on from there without loading a row twice.</source>
        <translation>Les blocs précédents sont validés (commit) et leur progression est conservée dans la table %1&#xa0;; relancez la même importation en mode reprise (--resume) pour continuer à partir de là sans charger une ligne deux fois.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Stopped at %1, which was rolled back.</source>
        <translation>Arrêt au niveau du %1, qui a été annulé (rollback).</translation>
    </message>
    <message>
        <source>The foreign keys dropped for the load are added again when it completes.</source>
        <translation>Les clés étrangères supprimées pour le chargement sont rétablies lorsqu’il se termine.</translation>
    </message>
    <message>
        <source>LOAD DATA LOCAL is not available (%1): loading with INSERT statements.</source>
        <translation>LOAD DATA LOCAL n’est pas disponible (%1)&#xa0;: chargement par instructions INSERT.</translation>
    </message>
    <message>
        <source>chunk %1 of %2 of “%3”</source>
        <translation>bloc %1 sur %2 de «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>Committing the loaded rows</source>
        <translation>Validation des lignes chargées</translation>
    </message>
    <message>
        <source>A foreign key does not hold after the load: row %1 of “%2” points at a missing row of “%3”.</source>
        <translation>Une clé étrangère n’est pas respectée après le chargement&#xa0;: la ligne %1 de «&#xa0;%2&#xa0;» pointe vers une ligne inexistante de «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>The import was committed, but verifying “%1” failed: %2</source>
        <translation>L’importation a été validée (commit), mais la vérification de «&#xa0;%1&#xa0;» a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>They may hold rows of this import (on MySQL the loaded rows are committed before their indexes are added).</source>
        <translation>Elles peuvent contenir des lignes de cette importation (sous MySQL, les lignes chargées sont validées avant l’ajout de leurs index).</translation>
    </message>
    <message>
        <source>The foreign keys cannot be dropped for the load (no right to alter the tables): they are checked at every chunk&apos;s commit, so rows pointing at rows of later chunks stop the import.</source>
        <translation>Les clés étrangères ne peuvent pas être supprimées pour le chargement (pas le droit de modifier les tables)&#xa0;: elles sont vérifiées au commit de chaque bloc, et des lignes qui pointent vers des lignes de blocs suivants arrêtent l’importation.</translation>
    </message>
    <message>
        <source>The loaded rows were committed before this step: check the target with db compare.</source>
        <translation>Les lignes chargées ont été validées avant cette étape : vérifiez la cible avec db compare.</translation>
    </message>
    <message>
        <source>The server does not allow LOAD DATA LOCAL (local_infile is off): loading with INSERT statements, which is slower.</source>
        <translation>Le serveur n’autorise pas LOAD DATA LOCAL (local_infile est désactivé) : chargement par instructions INSERT, plus lent.</translation>
    </message>
    <message>
        <source>Building the keys and indexes again</source>
        <translation>Reconstruction des clés et des index</translation>
    </message>
    <message>
        <source>Cannot build a key or index again after the load (%1): %2</source>
        <translation>Impossible de reconstruire une clé ou un index après le chargement (%1) : %2</translation>
    </message>
    <message>
        <source>The connection was lost during the commit, so whether the import took effect is not known: compare the target with the dump (db compare) before running it again.</source>
        <translation>La connexion a été perdue pendant la validation : on ne sait pas si l’import a pris effet. Comparez la cible avec le dump (db compare) avant de le relancer.</translation>
    </message>
</context>
<context>
    <name>Godwit::Dump::Manifest</name>
    <message>
        <source>The dump&apos;s manifest is damaged: %1.</source>
        <translation>Le manifeste du dump est endommagé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This is not a Godwit dump (its manifest names no “godwit-dump” format).</source>
        <translation>Ce n’est pas un dump Godwit (son manifeste n’indique pas le format «&#xa0;godwit-dump&#xa0;»).</translation>
    </message>
    <message>
        <source>no format version</source>
        <translation>aucune version de format</translation>
    </message>
    <message>
        <source>This dump has format version %1; this Godwit reads up to version %2. Update Godwit to read it.</source>
        <translation>Ce dump est au format version %1&#xa0;; cette version de Godwit lit jusqu’à la version %2. Mettez Godwit à jour pour le lire.</translation>
    </message>
    <message>
        <source>no table list</source>
        <translation>aucune liste de tables</translation>
    </message>
    <message>
        <source>a table without a name</source>
        <translation>une table sans nom</translation>
    </message>
    <message>
        <source>the table “%1” is listed twice</source>
        <translation>la table «&#xa0;%1&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <source>the table “%1” has no columns</source>
        <translation>la table «&#xa0;%1&#xa0;» n’a aucune colonne</translation>
    </message>
    <message>
        <source>a column of “%1” has no name or an unknown type</source>
        <translation>une colonne de «&#xa0;%1&#xa0;» n’a pas de nom ou a un type inconnu</translation>
    </message>
    <message>
        <source>the chunk path “%1” of “%2” is not a dump path</source>
        <translation>le chemin de bloc «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» n’est pas un chemin du dump</translation>
    </message>
    <message>
        <source>a chunk of “%1” has no row count, size or SHA-256</source>
        <translation>un bloc de «&#xa0;%1&#xa0;» n’a pas de nombre de lignes, de taille ou de SHA-256</translation>
    </message>
    <message>
        <source>the table “%1” says %2 rows but its chunks hold %3</source>
        <translation>la table «&#xa0;%1&#xa0;» annonce %2 lignes mais ses blocs en contiennent %3</translation>
    </message>
    <message>
        <source>the media path “%1” leaves the dump</source>
        <translation>le chemin de média «&#xa0;%1&#xa0;» sort du dump</translation>
    </message>
</context>
<context>
    <name>Godwit::Dump::MysqlInfile</name>
    <message>
        <source>The commit of the loaded rows failed: %1</source>
        <translation>Le commit des lignes chargées a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Godwit::Dump::NaturalKeys</name>
    <message>
        <source>the natural key %1 points at “%2”, which the target does not have</source>
        <translation>la clé naturelle %1 pointe vers «&#xa0;%2&#xa0;», que la cible ne contient pas</translation>
    </message>
    <message>
        <source>cannot resolve the natural key %1 of “%2”: the table has no unique key of %3 column(s)</source>
        <translation>impossible de résoudre la clé naturelle %1 de «&#xa0;%2&#xa0;»&#xa0;: la table n’a pas de clé unique de %3 colonne(s)</translation>
    </message>
    <message>
        <source>no row of “%1” has the natural key %2</source>
        <translation>aucune ligne de «&#xa0;%1&#xa0;» n’a la clé naturelle %2</translation>
    </message>
</context>
<context>
    <name>Godwit::Dump::RowScanner</name>
    <message>
        <source>The row filter of “%1” is not valid SQL: %2</source>
        <translation>Le filtre de lignes de «&#xa0;%1&#xa0;» n’est pas du SQL valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server closed the connection: %1</source>
        <translation>Le serveur a fermé la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server&apos;s binary COPY stream of “%1” is not understood: %2.</source>
        <translation>Le flux COPY binaire du serveur pour « %1 » n’est pas compris : %2.</translation>
    </message>
</context>
<context>
    <name>Godwit::Dump::TableReader</name>
    <message>
        <source>The chunk %1 of “%2” is missing.</source>
        <translation>Le bloc %1 de «&#xa0;%2&#xa0;» est manquant.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 of “%2” ends in the middle of a row: the chunk is truncated.</source>
        <translation>%1 de «&#xa0;%2&#xa0;» se termine au milieu d’une ligne&#xa0;: le bloc est tronqué.</translation>
    </message>
    <message>
        <source>%1 of “%2” is damaged: %3.</source>
        <translation>%1 de «&#xa0;%2&#xa0;» est endommagé&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 of “%2” has %3 values for %4 columns.</source>
        <translation>%1 de «&#xa0;%2&#xa0;» contient %3 valeurs pour %4 colonnes.</translation>
    </message>
</context>
<context>
    <name>Godwit::DumpsPanel</name>
    <message>
        <source>Add a folder of dumps</source>
        <translation>Ajouter un dossier de dumps</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dump files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fichiers de dump&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export a database connection into a dump</source>
        <translation>Exporter une connexion de base de données dans un dump</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import the selected dump into a database (or drop a dump here)</source>
        <translation>Importer le dump sélectionné dans une base de données (ou déposer un dump ici)</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Check every checksum of the selected dump</source>
        <translation>Vérifier chaque somme de contrôle du dump sélectionné</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>Sauvegarder…</translation>
    </message>
    <message>
        <source>A timestamped, compressed dump of a connection into the backups folder</source>
        <translation>Un dump compressé et horodaté d’une connexion, dans le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Restore the selected backup into a connection: clears the tables, creates missing ones</source>
        <translation>Restaurer la sauvegarde sélectionnée dans une connexion&#xa0;: vide les tables et crée celles qui manquent</translation>
    </message>
    <message>
        <source>Look for dumps again</source>
        <translation>Rechercher à nouveau les dumps</translation>
    </message>
    <message>
        <source>Filter dumps</source>
        <translation>Filtrer les dumps</translation>
    </message>
    <message>
        <source>Find by key, then Enter</source>
        <translation>Rechercher par clé, puis Entrée</translation>
    </message>
    <message>
        <source>No dumps yet.

Export a connection, or drop a dump folder, an archive (.tar.gz, .tar.zst, .zip) or a Django fixture (.json) here to import it.</source>
        <translation>Aucun dump pour l’instant.

Exportez une connexion, ou déposez ici un dossier de dump, une archive (.tar.gz, .tar.zst, .zip) ou une fixture Django (.json) pour l’importer.</translation>
    </message>
    <message>
        <source>Select a dump to see its tables and rows.</source>
        <translation>Sélectionnez un dump pour voir ses tables et ses lignes.</translation>
    </message>
    <message>
        <source>Dumps</source>
        <translation>Dumps</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Look for dumps</source>
        <translation>Rechercher des dumps</translation>
    </message>
    <message>
        <source>Alembic at %1</source>
        <translation>Alembic à %1</translation>
    </message>
    <message numerus="yes">
        <source>%n Django migration(s)</source>
        <translation>
            <numerusform>%n migration Django</numerusform>
            <numerusform>%n migrations Django</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;From %2 %3 (%4), written %5 by %6 · %7 tables, %8 rows%9%10</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Depuis %2 %3 (%4), écrit le %5 par %6 · %7 tables, %8 lignes%9%10</translation>
    </message>
    <message numerus="yes">
        <source> · %n media file(s)</source>
        <translation>
            <numerusform> · %n fichier média</numerusform>
            <numerusform> · %n fichiers médias</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;A Django fixture: import it into a database whose schema the application&apos;s migrations created.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Une fixture Django&#xa0;: importez-la dans une base de données dont le schéma a été créé par les migrations de l’application.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;This dump cannot be read.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Ce dump ne peut pas être lu.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 rows</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 lignes</translation>
    </message>
    <message>
        <source>Find %1 in %2</source>
        <translation>Rechercher %1 dans %2</translation>
    </message>
    <message>
        <source>No row with the key %1.</source>
        <translation>Aucune ligne avec la clé %1.</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>Vérifier %1</translation>
    </message>
    <message>
        <source>%1 rows in %2 chunks: every checksum matches.</source>
        <translation>%1 lignes dans %2 blocs&#xa0;: toutes les sommes de contrôle correspondent.</translation>
    </message>
    <message>
        <source>%1 is intact.</source>
        <translation>%1 est intact.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Importation terminée.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
</context>
<context>
    <name>Godwit::Evaluator</name>
    <message>
        <source>%1 has no attribute %2</source>
        <translation>%1 n’a pas d’attribut %2</translation>
    </message>
    <message>
        <source>unsupported attribute “%1”</source>
        <translation>attribut «&#xa0;%1&#xa0;» non pris en charge</translation>
    </message>
    <message>
        <source>index out of range</source>
        <translation>indice hors limites</translation>
    </message>
    <message>
        <source>only strings can be %-formatted</source>
        <translation>seules les chaînes peuvent être formatées avec %</translation>
    </message>
    <message>
        <source>cannot add %1 and %2</source>
        <translation>impossible d’additionner %1 et %2</translation>
    </message>
    <message>
        <source>repr() takes one argument</source>
        <translation>repr() prend un seul argument</translation>
    </message>
    <message>
        <source>len() takes one argument</source>
        <translation>len() prend un seul argument</translation>
    </message>
    <message>
        <source>context.get() needs a name</source>
        <translation>context.get() nécessite un nom</translation>
    </message>
    <message>
        <source>re.split(pattern, string) needs a string</source>
        <translation>re.split(pattern, string) nécessite une chaîne</translation>
    </message>
    <message>
        <source>bad regular expression: %1</source>
        <translation>expression régulière incorrecte&#xa0;: %1</translation>
    </message>
    <message>
        <source>join() takes one argument</source>
        <translation>join() prend un seul argument</translation>
    </message>
    <message>
        <source>unsupported method “%1”</source>
        <translation>méthode «&#xa0;%1&#xa0;» non prise en charge</translation>
    </message>
    <message>
        <source>an assignment without a value</source>
        <translation>une affectation sans valeur</translation>
    </message>
    <message>
        <source>“%1” is an expression that cannot be read without running Python</source>
        <translation>«&#xa0;%1&#xa0;» est une expression qui ne peut pas être lue sans exécuter Python</translation>
    </message>
    <message>
        <source>an f-string cannot be read without running Python</source>
        <translation>une f-string ne peut pas être lue sans exécuter Python</translation>
    </message>
    <message>
        <source>invalid syntax near “%1”</source>
        <translation>syntaxe invalide près de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown variable “%1” (it is not defined before it is used)</source>
        <translation>variable «&#xa0;%1&#xa0;» inconnue (elle n’est pas définie avant d’être utilisée)</translation>
    </message>
    <message>
        <source>“%1” is %2, not a value that can be read without running Python</source>
        <translation>«&#xa0;%1&#xa0;» est %2, et non une valeur lisible sans exécuter Python</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>calculé</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was never closed</source>
        <translation>&apos;%1&apos; n’a jamais été fermé</translation>
    </message>
    <message>
        <source>a dict is not a revision identifier</source>
        <translation>un dict n’est pas un identifiant de révision</translation>
    </message>
    <message>
        <source>a comprehension cannot be read without running Python</source>
        <translation>une compréhension ne peut pas être lue sans exécuter Python</translation>
    </message>
</context>
<context>
    <name>Godwit::ExportDialog</name>
    <message>
        <source>Export a database</source>
        <translation>Exporter une base de données</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Godwit dump, compressed (.tar.zst)</source>
        <translation>Dump Godwit, compressé (.tar.zst)</translation>
    </message>
    <message>
        <source>Godwit dump, compressed (.tar.gz)</source>
        <translation>Dump Godwit, compressé (.tar.gz)</translation>
    </message>
    <message>
        <source>Godwit dump, ZIP (.zip)</source>
        <translation>Dump Godwit, ZIP (.zip)</translation>
    </message>
    <message>
        <source>Godwit dump, folder</source>
        <translation>Dump Godwit, dossier</translation>
    </message>
    <message>
        <source>Django fixture for loaddata (.json)</source>
        <translation>Fixture Django pour loaddata (.json)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>Choose where the dump goes</source>
        <translation>Choisir l’emplacement du dump</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>Enre&amp;gistrer sous&#xa0;:</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>InvenTree: leave out sessions, tokens, email logs, task queue, plugin data</source>
        <translation>InvenTree&#xa0;: exclure sessions, jetons, journaux d’e-mails, file de tâches, données des plugins</translation>
    </message>
    <message>
        <source>Invenio: leave out sessions and tokens</source>
        <translation>Invenio&#xa0;: exclure les sessions et les jetons</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Préréglage&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. django_session, *_log</source>
        <translation>p. ex. django_session, *_log</translation>
    </message>
    <message>
        <source>E&amp;xclude tables:</source>
        <translation>E&amp;xclure des tables&#xa0;:</translation>
    </message>
    <message>
        <source> rows per file</source>
        <translation> lignes par fichier</translation>
    </message>
    <message>
        <source>C&amp;hunks:</source>
        <translation>Bl&amp;ocs&#xa0;:</translation>
    </message>
    <message>
        <source>optional: InvenTree&apos;s media/ or Invenio&apos;s files folder</source>
        <translation>facultatif&#xa0;: le dossier media/ d’InvenTree ou le dossier des fichiers d’Invenio</translation>
    </message>
    <message>
        <source>&amp;Media folder:</source>
        <translation>Dossier de &amp;médias&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Replace an existing dump of that name</source>
        <translation>&amp;Remplacer un dump existant portant ce nom</translation>
    </message>
    <message>
        <source>&amp;Tables (unchecked ones are left out):</source>
        <translation>&amp;Tables (celles non cochées sont exclues)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Folder for the dump</source>
        <translation>Dossier du dump</translation>
    </message>
    <message>
        <source>Save the dump as</source>
        <translation>Enregistrer le dump sous</translation>
    </message>
    <message>
        <source>Media folder</source>
        <translation>Dossier de médias</translation>
    </message>
    <message>
        <source>Back up a database</source>
        <translation>Sauvegarder une base de données</translation>
    </message>
    <message>
        <source>Add a database connection first.</source>
        <translation>Ajoutez d’abord une connexion à une base de données.</translation>
    </message>
    <message>
        <source>Reading the tables of %1…</source>
        <translation>Lecture des tables de %1…</translation>
    </message>
    <message>
        <source>List tables of %1</source>
        <translation>Lister les tables de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s).</source>
        <translation>
            <numerusform>%n table.</numerusform>
            <numerusform>%n tables.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check at least one table.</source>
        <translation>Cochez au moins une table.</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exportation de %1…</translation>
    </message>
    <message>
        <source>Export %1 → %2</source>
        <translation>Exporter %1 → %2</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l’exportation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 exporté vers %2.</translation>
    </message>
</context>
<context>
    <name>Godwit::ExprParser</name>
    <message>
        <source>unexpected “%1”</source>
        <translation>«&#xa0;%1&#xa0;» inattendu</translation>
    </message>
    <message>
        <source>“if” without “else”</source>
        <translation>«&#xa0;if&#xa0;» sans «&#xa0;else&#xa0;»</translation>
    </message>
    <message>
        <source>a name must follow “.”</source>
        <translation>un nom doit suivre «&#xa0;.&#xa0;»</translation>
    </message>
    <message>
        <source>“(” is never closed</source>
        <translation>«&#xa0;(&#xa0;» n’est jamais fermé</translation>
    </message>
    <message>
        <source>keyword arguments are not supported</source>
        <translation>les arguments nommés ne sont pas pris en charge</translation>
    </message>
    <message>
        <source>expected “,” or “)”</source>
        <translation>«&#xa0;,&#xa0;» ou «&#xa0;)&#xa0;» attendu</translation>
    </message>
    <message>
        <source>expected “]” (slices are not supported)</source>
        <translation>«&#xa0;]&#xa0;» attendu (les tranches ne sont pas prises en charge)</translation>
    </message>
    <message>
        <source>an expression is missing</source>
        <translation>il manque une expression</translation>
    </message>
    <message>
        <source>f-strings are not supported</source>
        <translation>les f-strings ne sont pas prises en charge</translation>
    </message>
    <message>
        <source>only whole numbers are supported: %1</source>
        <translation>seuls les nombres entiers sont pris en charge&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” is never closed</source>
        <translation>«&#xa0;%1&#xa0;» n’est jamais fermé</translation>
    </message>
    <message>
        <source>expected “,” or “%1”</source>
        <translation>«&#xa0;,&#xa0;» ou «&#xa0;%1&#xa0;» attendu</translation>
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
        <translation>Le fichier de CA «&#xa0;%1&#xa0;» ne contient aucun certificat PEM.</translation>
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
        <translation>Hôte introuvable&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed: %2</source>
        <translation>La connexion à %1 a été fermée&#xa0;: %2</translation>
    </message>
    <message>
        <source>TLS certificate of %1 not trusted: %2</source>
        <translation>Le certificat TLS de %1 n’est pas approuvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Request to %1 failed: %2</source>
        <translation>Échec de la requête vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Authentication failed at %1 (HTTP 401).</source>
        <translation>Échec de l’authentification auprès de %1 (HTTP 401).</translation>
    </message>
    <message>
        <source>Permission denied at %1 (HTTP 403): %2</source>
        <translation>Accès refusé par %1 (HTTP 403)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not found: %1 (%2)</source>
        <translation>Introuvable&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: %3</source>
        <translation>HTTP %1 de %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 did not answer JSON: %2</source>
        <translation>%1 n’a pas répondu en JSON&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Godwit::ImportDialog</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Import a dump</source>
        <translation>Importer un dump</translation>
    </message>
    <message>
        <source>A dump folder, a .tar.gz/.tar.zst/.zip archive or a Django fixture (.json)</source>
        <translation>Un dossier de dump, une archive .tar.gz/.tar.zst/.zip ou une fixture Django (.json)</translation>
    </message>
    <message>
        <source>Choose a dump file</source>
        <translation>Choisir un fichier de dump</translation>
    </message>
    <message>
        <source>&amp;Dump:</source>
        <translation>&amp;Dump&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;Vers&#xa0;:</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>&amp;Clear the imported tables first</source>
        <translation>Vider d’a&amp;bord les tables importées</translation>
    </message>
    <message>
        <source>C&amp;reate missing tables from the dump</source>
        <translation>C&amp;réer les tables manquantes à partir du dump</translation>
    </message>
    <message>
        <source>I&amp;gnore tables and columns the target lacks</source>
        <translation>I&amp;gnorer les tables et colonnes absentes de la cible</translation>
    </message>
    <message>
        <source>Leave out &amp;plugin data</source>
        <translation>Exclure les données des &amp;plugins</translation>
    </message>
    <message>
        <source>&amp;Strict: a different migration state is an error</source>
        <translation>&amp;Strict&#xa0;: un état de migration différent est une erreur</translation>
    </message>
    <message>
        <source>S&amp;kip bad rows (into a reject file) instead of stopping</source>
        <translation>É&amp;carter les lignes incorrectes (dans un fichier de rejets) au lieu de s’arrêter</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Rows now in the target</source>
        <translation>Lignes actuellement dans la cible</translation>
    </message>
    <message>
        <source>Key collisions</source>
        <translation>Collisions de clés</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Choose a dump and a target: the pre-flight report shows what would happen, before anything is written.</source>
        <translation>Choisissez un dump et une cible&#xa0;: le rapport préalable montre ce qui se passerait, avant toute écriture.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Vérifier à &amp;nouveau</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Choose a dump</source>
        <translation>Choisir un dump</translation>
    </message>
    <message>
        <source>Dumps (manifest.json *.tar *.tar.gz *.tgz *.tar.zst *.zip *.json)</source>
        <translation>Dumps (manifest.json *.tar *.tar.gz *.tgz *.tar.zst *.zip *.json)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose a dump and a target connection.</source>
        <translation>Choisissez un dump et une connexion cible.</translation>
    </message>
    <message>
        <source>Checking %1 against %2…</source>
        <translation>Vérification de %1 par rapport à %2…</translation>
    </message>
    <message>
        <source>Pre-flight %1 → %2</source>
        <translation>Vérification préalable %1 → %2</translation>
    </message>
    <message>
        <source>The pre-flight failed: %1</source>
        <translation>La vérification préalable a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>exclue</translation>
    </message>
    <message>
        <source>create and load</source>
        <translation>créer et charger</translation>
    </message>
    <message>
        <source>clear and load</source>
        <translation>vider et charger</translation>
    </message>
    <message>
        <source>load</source>
        <translation>charger</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be solved before importing; nothing has been written.</source>
        <translation>
            <numerusform>%n problème doit être résolu avant l’importation&#xa0;; rien n’a été écrit.</numerusform>
            <numerusform>%n problèmes doivent être résolus avant l’importation&#xa0;; rien n’a été écrit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to import into %1, with %n warning(s) above.</source>
        <translation>
            <numerusform>Prêt à importer dans %1, avec %n avertissement ci-dessus.</numerusform>
            <numerusform>Prêt à importer dans %1, avec %n avertissements ci-dessus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to import into %1.</source>
        <translation>Prêt à importer dans %1.</translation>
    </message>
    <message>
        <source>Tables load in foreign-key order: %1</source>
        <translation>Les tables sont chargées dans l’ordre des clés étrangères&#xa0;: %1</translation>
    </message>
    <message>
        <source>Importing into %1…</source>
        <translation>Importation dans %1…</translation>
    </message>
    <message>
        <source>Import %1 → %2</source>
        <translation>Importer %1 → %2</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Échec de l’importation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imported %1 rows into %2 in %3 s.</source>
        <translation>%1 lignes importées dans %2 en %3 s.</translation>
    </message>
    <message>
        <source>%1 bad rows were skipped into %2.</source>
        <translation>%1 lignes incorrectes ont été écartées dans %2.</translation>
    </message>
    <message>
        <source>Verified: every table matches the dump.</source>
        <translation>Vérifié&#xa0;: chaque table correspond au dump.</translation>
    </message>
    <message>
        <source>Verification found differences in: %1.</source>
        <translation>La vérification a trouvé des différences dans&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Commit after every c&amp;hunk, so that an interrupted import can be resumed</source>
        <translation>Effectuer un commit après chaque bl&amp;oc, pour pouvoir reprendre une importation interrompue</translation>
    </message>
    <message>
        <source>Instead of all or nothing: the progress is kept in the target&apos;s %1 table, and an interrupted import goes on where it stopped without loading a row twice.</source>
        <translation>Au lieu du tout ou rien&#xa0;: la progression est conservée dans la table %1 de la cible, et une importation interrompue reprend là où elle s’est arrêtée sans charger une ligne deux fois.</translation>
    </message>
    <message>
        <source>Res&amp;ume the interrupted import of this dump</source>
        <translation>R&amp;eprendre l’importation interrompue de ce dump</translation>
    </message>
    <message>
        <source>To go on with the interrupted import, tick “Resume the interrupted import of this dump”.</source>
        <translation>Pour poursuivre l’importation interrompue, cochez «&#xa0;Reprendre l’importation interrompue de ce dump&#xa0;».</translation>
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
        <translation>Nouvelle recette</translation>
    </message>
    <message>
        <source>Name of the recipe:</source>
        <translation>Nom de la recette&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Check the recipe against the clusters and try the new mappings; nothing is created</source>
        <translation>Vérifier la recette auprès des clusters et essayer les nouveaux mappings&#xa0;; rien n’est créé</translation>
    </message>
    <message>
        <source>Init…</source>
        <translation>Initialiser…</translation>
    </message>
    <message>
        <source>Show what would be created, then create the destination indexes</source>
        <translation>Afficher ce qui serait créé, puis créer les index de destination</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Bulk copy, then keep syncing changes until stopped</source>
        <translation>Copie en masse, puis synchronisation continue des modifications jusqu’à l’arrêt</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop syncing (the state stays in the cluster; Run resumes)</source>
        <translation>Arrêter la synchronisation (l’état reste dans le cluster&#xa0;; «&#xa0;Exécuter&#xa0;» la reprend)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Rollover…</source>
        <translation>Basculer…</translation>
    </message>
    <message>
        <source>Swap the aliases to the new indexes in one atomic call</source>
        <translation>Basculer les alias vers les nouveaux index en un seul appel atomique</translation>
    </message>
    <message>
        <source>Rollback…</source>
        <translation>Revenir en arrière…</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Annuler…</translation>
    </message>
    <message>
        <source>Clean up…</source>
        <translation>Nettoyer…</translation>
    </message>
    <message>
        <source>Add job</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <source>Remove job</source>
        <translation>Supprimer la tâche</translation>
    </message>
    <message>
        <source>Mappings and settings…</source>
        <translation>Mappings et paramètres…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Source cluster:</source>
        <translation>Cluster source&#xa0;:</translation>
    </message>
    <message>
        <source>Destination cluster:</source>
        <translation>Cluster de destination&#xa0;:</translation>
    </message>
    <message>
        <source>Index prefix:</source>
        <translation>Préfixe d’index&#xa0;:</translation>
    </message>
    <message>
        <source>Move the aliases at rollover (create them on the destination across clusters)</source>
        <translation>Déplacer les alias lors de la bascule (les créer sur la destination entre deux clusters)</translation>
    </message>
    <message>
        <source>Source index or alias</source>
        <translation>Index ou alias source</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Slices</source>
        <translation>Slices</translation>
    </message>
    <message>
        <source>Req/s</source>
        <translation>Req./s</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Timestamp field</source>
        <translation>Champ d’horodatage</translation>
    </message>
    <message>
        <source>Sync every (s)</source>
        <translation>Synchro toutes les (s)</translation>
    </message>
    <message>
        <source>Max lag (s)</source>
        <translation>Retard max. (s)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Docs/s</source>
        <translation>Docs/s</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Source docs</source>
        <translation>Docs source</translation>
    </message>
    <message>
        <source>Dest. docs</source>
        <translation>Docs dest.</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisés</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Documents per second</source>
        <translation>Documents par seconde</translation>
    </message>
    <message>
        <source>Sync lag (s)</source>
        <translation>Retard de synchronisation (s)</translation>
    </message>
    <message>
        <source>Throughput and lag</source>
        <translation>Débit et retard</translation>
    </message>
    <message>
        <source>No recipe selected: create one with “New recipe”</source>
        <translation>Aucune recette sélectionnée&#xa0;: créez-en une avec «&#xa0;Nouvelle recette&#xa0;»</translation>
    </message>
    <message>
        <source>Recipe %1</source>
        <translation>Recette %1</translation>
    </message>
    <message>
        <source>(same as the source)</source>
        <translation>(identique à la source)</translation>
    </message>
    <message>
        <source>Reading the migration state…</source>
        <translation>Lecture de l’état de la migration…</translation>
    </message>
    <message>
        <source>Recipe not saved</source>
        <translation>Recette non enregistrée</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mappings and settings of job %1</source>
        <translation>Mappings et paramètres de la tâche %1</translation>
    </message>
    <message>
        <source>Either the complete new mappings, or edits merged into the source&apos;s (null removes a key). Settings are merged over the source&apos;s. The dry run of Init shows the difference.</source>
        <translation>Soit les nouveaux mappings complets, soit des modifications fusionnées dans ceux de la source (null supprime une clé). Les paramètres sont fusionnés par-dessus ceux de la source. La simulation lancée par «&#xa0;Initialiser…&#xa0;» montre la différence.</translation>
    </message>
    <message>
        <source>New mappings (empty: the source&apos;s):</source>
        <translation>Nouveaux mappings (vide&#xa0;: ceux de la source)&#xa0;:</translation>
    </message>
    <message>
        <source>Mapping edits:</source>
        <translation>Modifications du mapping&#xa0;:</translation>
    </message>
    <message>
        <source>Index settings:</source>
        <translation>Paramètres de l’index&#xa0;:</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2 at offset %3</source>
        <translation>%1 n’est pas un objet JSON&#xa0;: %2 à la position %3</translation>
    </message>
    <message>
        <source>Another Godwit drives this migration; stop it there first</source>
        <translation>Une autre instance de Godwit pilote cette migration&#xa0;; arrêtez-la d’abord là-bas</translation>
    </message>
    <message>
        <source>Confirm switch…</source>
        <translation>Confirmer le basculement…</translation>
    </message>
    <message>
        <source>The recipe names a connection that does not exist.</source>
        <translation>La recette désigne une connexion qui n’existe pas.</translation>
    </message>
    <message>
        <source>Validate %1</source>
        <translation>Valider %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>The recipe is valid. %1</source>
        <translation>La recette est valide. %1</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Planifier %1</translation>
    </message>
    <message>
        <source>Init</source>
        <translation>Initialiser</translation>
    </message>
    <message>
        <source>Nothing was created:

%1</source>
        <translation>Rien n’a été créé&#xa0;:

%1</translation>
    </message>
    <message>
        <source>Init %1</source>
        <translation>Initialiser %1</translation>
    </message>
    <message>
        <source>Create the destination indexes?</source>
        <translation>Créer les index de destination&#xa0;?</translation>
    </message>
    <message>
        <source>This is the dry run; nothing has been created yet.</source>
        <translation>Ceci est la simulation&#xa0;; rien n’a encore été créé.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Initialised.</source>
        <translation>Initialisée.</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Exécuter %1</translation>
    </message>
    <message>
        <source>Does the application use the destination cluster now? The last writes to the source are copied, then the migration is marked as rolled over.</source>
        <translation>L’application utilise-t-elle maintenant le cluster de destination&#xa0;? Les dernières écritures dans la source sont copiées, puis la migration est marquée comme basculée.</translation>
    </message>
    <message>
        <source>Swap every alias of %1 to the new indexes in one call? The old indexes are kept until you clean up; until then you can roll back.</source>
        <translation>Basculer tous les alias de %1 vers les nouveaux index en un seul appel&#xa0;? Les anciens index sont conservés jusqu’au nettoyage&#xa0;; d’ici là, vous pouvez revenir en arrière.</translation>
    </message>
    <message>
        <source>Rollover</source>
        <translation>Basculer</translation>
    </message>
    <message>
        <source>Rollover %1</source>
        <translation>Bascule de %1</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Revenir en arrière</translation>
    </message>
    <message>
        <source>Swap the aliases of %1 back to the old indexes? What was written meanwhile is copied back first.</source>
        <translation>Rebasculer les alias de %1 vers les anciens index&#xa0;? Ce qui a été écrit entre-temps est d’abord recopié.</translation>
    </message>
    <message>
        <source>Rollback %1</source>
        <translation>Retour arrière de %1</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>Cancel the migration? Running bulk tasks are canceled.</source>
        <translation>Annuler la migration&#xa0;? Les tâches de copie en masse en cours sont annulées.</translation>
    </message>
    <message>
        <source>Delete the indexes it created</source>
        <translation>Supprimer les index qu’elle a créés</translation>
    </message>
    <message>
        <source>Clean up</source>
        <translation>Nettoyer</translation>
    </message>
    <message>
        <source>Delete the old indexes of %1 for good? Rollback is no longer possible afterwards.</source>
        <translation>Supprimer définitivement les anciens index de %1&#xa0;? Le retour arrière ne sera plus possible ensuite.</translation>
    </message>
    <message>
        <source>Clean up %1</source>
        <translation>Nettoyer %1</translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation>Suspendre %1</translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation>Reprendre %1</translation>
    </message>
    <message>
        <source>Throttle changed.</source>
        <translation>Limitation de débit modifiée.</translation>
    </message>
    <message>
        <source>Choose the clusters, then save the recipe.</source>
        <translation>Choisissez les clusters, puis enregistrez la recette.</translation>
    </message>
    <message>
        <source> — driven by %1 (process %2)%3</source>
        <translation> — pilotée par %1 (processus %2)%3</translation>
    </message>
    <message>
        <source>, gone</source>
        <translation>, disparu</translation>
    </message>
    <message>
        <source>Migration: &lt;b&gt;%1&lt;/b&gt;%2</source>
        <translation>Migration&#xa0;: &lt;b&gt;%1&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source>Not initialised yet: Validate, then Init… creates the destination indexes.</source>
        <translation>Pas encore initialisée&#xa0;: «&#xa0;Valider&#xa0;», puis «&#xa0;Initialiser…&#xa0;» crée les index de destination.</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3)</source>
        <translation>%1&#xa0;% (%2 sur %3)</translation>
    </message>
</context>
<context>
    <name>Godwit::IndexMigrator</name>
    <message>
        <source>“%1” matches no index on %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne correspond à aucun index sur %2.</translation>
    </message>
    <message>
        <source>The alias “%1” points at several indexes (%2): name one of them, or use a pattern.</source>
        <translation>L’alias «&#xa0;%1&#xa0;» pointe vers plusieurs index (%2)&#xa0;: indiquez-en un, ou utilisez un motif.</translation>
    </message>
    <message>
        <source>Two sources would be copied into %1.</source>
        <translation>Deux sources seraient copiées dans %1.</translation>
    </message>
    <message>
        <source>%1 has no field “%2”: the sync could not find changed documents. Name the field every write sets (sync.timestamp_field), or turn the sync off.</source>
        <translation>%1 n’a pas de champ «&#xa0;%2&#xa0;»&#xa0;: la synchronisation ne pourrait pas trouver les documents modifiés. Indiquez le champ que chaque écriture renseigne (sync.timestamp_field), ou désactivez la synchronisation.</translation>
    </message>
    <message>
        <source>The timestamp field “%1” of %2 is a %3, not a date.</source>
        <translation>Le champ d’horodatage «&#xa0;%1&#xa0;» de %2 est de type %3, et non une date.</translation>
    </message>
    <message>
        <source>%1: sync is off, so changes made after the bulk copy are not copied.</source>
        <translation>%1&#xa0;: la synchronisation est désactivée, les modifications effectuées après la copie en masse ne sont donc pas copiées.</translation>
    </message>
    <message>
        <source>%1 has no alias: rollover has nothing to swap, clients must be pointed at %2 by hand.</source>
        <translation>%1 n’a pas d’alias&#xa0;: la bascule n’a rien à permuter, les clients doivent être redirigés manuellement vers %2.</translation>
    </message>
    <message>
        <source>Templates are copied across clusters only; inside one cluster they are there already.</source>
        <translation>Les modèles d’index ne sont copiés qu’entre deux clusters&#xa0;; au sein d’un même cluster, ils sont déjà présents.</translation>
    </message>
    <message>
        <source>The destination %1 exists already: delete it, or change the destination template.</source>
        <translation>La destination %1 existe déjà&#xa0;: supprimez-la, ou modifiez le modèle de destination.</translation>
    </message>
    <message>
        <source>“%1” is initialised already (status: %2). Use run/status, or cancel it first.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà initialisée (état&#xa0;: %2). Utilisez run/status, ou annulez-la d’abord.</translation>
    </message>
    <message>
        <source>The mappings or settings for %1 are refused by %2: %3</source>
        <translation>Les mappings ou paramètres de %1 sont refusés par %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Nothing was created: %1</source>
        <translation>Rien n’a été créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Initialising %1 job(s).</source>
        <translation>Initialisation de %1 tâche(s).</translation>
    </message>
    <message>
        <source>%1 What init had created was deleted again.</source>
        <translation>%1 Ce que l’initialisation avait créé a été supprimé.</translation>
    </message>
    <message>
        <source>Reading template %1 failed: %2</source>
        <translation>Échec de la lecture du modèle d’index %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Copying template %1 failed: %2</source>
        <translation>Échec de la copie du modèle d’index %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Template %1 copied.</source>
        <translation>Modèle d’index %1 copié.</translation>
    </message>
    <message>
        <source>Creating %1 failed: %2</source>
        <translation>Échec de la création de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 créé.</translation>
    </message>
    <message>
        <source>Destination indexes created: %1.</source>
        <translation>Index de destination créés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>“%1” is %2: nothing to run.</source>
        <translation>«&#xa0;%1&#xa0;» est à l’état %2&#xa0;: rien à exécuter.</translation>
    </message>
    <message>
        <source>“%1” is rolled over: clean up, or roll back first.</source>
        <translation>«&#xa0;%1&#xa0;» est basculée&#xa0;: nettoyez, ou revenez d’abord en arrière.</translation>
    </message>
    <message>
        <source>Syncing %1 → %2</source>
        <translation>Synchronisation %1 → %2</translation>
    </message>
    <message>
        <source>Sync pass failed, retrying: %1</source>
        <translation>Échec du passage de synchronisation, nouvelle tentative&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” was canceled from elsewhere; the sync stopped.</source>
        <translation>«&#xa0;%1&#xa0;» a été annulée depuis un autre endroit&#xa0;; la synchronisation s’est arrêtée.</translation>
    </message>
    <message>
        <source>Sync stopped by the user.</source>
        <translation>Synchronisation arrêtée par l’utilisateur.</translation>
    </message>
    <message>
        <source>Nothing to confirm: “%1” is %2 (run rollover without --confirm first).</source>
        <translation>Rien à confirmer&#xa0;: «&#xa0;%1&#xa0;» est à l’état %2 (exécutez d’abord rollover sans --confirm).</translation>
    </message>
    <message>
        <source>“%1” is %2: rollover needs a migration that is syncing (run it first).</source>
        <translation>«&#xa0;%1&#xa0;» est à l’état %2&#xa0;: la bascule nécessite une migration en cours de synchronisation (exécutez-la d’abord).</translation>
    </message>
    <message>
        <source>%1 is in phase %2</source>
        <translation>%1 est en phase %2</translation>
    </message>
    <message>
        <source>%1 is %2 s behind (threshold %3 s)</source>
        <translation>%1 a %2 s de retard (seuil %3 s)</translation>
    </message>
    <message>
        <source>%1 had %2 documents rejected</source>
        <translation>%1 a eu %2 documents rejetés</translation>
    </message>
    <message>
        <source>Rollover refused, nothing changed: %1. Keep `index run` syncing, or use --force.</source>
        <translation>Bascule refusée, rien n’a changé&#xa0;: %1. Laissez `index run` synchroniser, ou utilisez --force.</translation>
    </message>
    <message>
        <source>“%1” is being synced by another Godwit on %2: stop that run first, then roll over.</source>
        <translation>«&#xa0;%1&#xa0;» est synchronisée par une autre instance de Godwit sur %2&#xa0;: arrêtez d’abord cette exécution, puis basculez.</translation>
    </message>
    <message>
        <source>Restoring the settings of %1</source>
        <translation>Restauration des paramètres de %1</translation>
    </message>
    <message>
        <source>Final sync of %1</source>
        <translation>Synchronisation finale de %1</translation>
    </message>
    <message>
        <source>The application uses the destination cluster; the source is kept until cleanup.</source>
        <translation>L’application utilise le cluster de destination&#xa0;; la source est conservée jusqu’au nettoyage.</translation>
    </message>
    <message>
        <source>Aliases now point at the new indexes.</source>
        <translation>Les alias pointent désormais vers les nouveaux index.</translation>
    </message>
    <message>
        <source>Catching up %1</source>
        <translation>Rattrapage de %1</translation>
    </message>
    <message>
        <source>Writes that reached the old indexes just before the swap were copied.</source>
        <translation>Les écritures parvenues aux anciens index juste avant la permutation ont été copiées.</translation>
    </message>
    <message>
        <source>The destination&apos;s aliases were removed; the source stays in use.</source>
        <translation>Les alias de la destination ont été supprimés&#xa0;; la source reste utilisée.</translation>
    </message>
    <message>
        <source>“%1” is %2: only a rolled-over migration can be rolled back.</source>
        <translation>«&#xa0;%1&#xa0;» est à l’état %2&#xa0;: seule une migration basculée peut revenir en arrière.</translation>
    </message>
    <message>
        <source>The application was switched to the destination cluster and confirmed; point it back at the source by hand. Godwit does not copy back across clusters.</source>
        <translation>L’application a été basculée vers le cluster de destination et cela a été confirmé&#xa0;; refaites-la pointer manuellement vers la source. Godwit ne recopie pas d’un cluster à l’autre.</translation>
    </message>
    <message>
        <source>Aliases point at the old indexes again; changes made meanwhile were copied back.</source>
        <translation>Les alias pointent de nouveau vers les anciens index&#xa0;; les modifications effectuées entre-temps ont été recopiées.</translation>
    </message>
    <message>
        <source>“%1” is %2: roll back first; cancel does not touch indexes in use.</source>
        <translation>«&#xa0;%1&#xa0;» est à l’état %2&#xa0;: revenez d’abord en arrière&#xa0;; l’annulation ne touche pas aux index utilisés.</translation>
    </message>
    <message>
        <source>Task %1 canceled.</source>
        <translation>Tâche %1 annulée.</translation>
    </message>
    <message>
        <source>%1 is kept: aliases point at it.</source>
        <translation>%1 est conservé&#xa0;: des alias pointent vers lui.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>Canceled; what init created was deleted.</source>
        <translation>Annulée&#xa0;; ce que l’initialisation avait créé a été supprimé.</translation>
    </message>
    <message>
        <source>Canceled; the new indexes were kept.</source>
        <translation>Annulée&#xa0;; les nouveaux index ont été conservés.</translation>
    </message>
    <message>
        <source>“%1” is %2: cleanup deletes the old indexes after a rollover only.</source>
        <translation>«&#xa0;%1&#xa0;» est à l’état %2&#xa0;: le nettoyage ne supprime les anciens index qu’après une bascule.</translation>
    </message>
    <message>
        <source>%1 still carries aliases; it is not deleted.</source>
        <translation>%1 porte encore des alias&#xa0;; il n’est pas supprimé.</translation>
    </message>
    <message>
        <source>Deleting %1 failed: %2</source>
        <translation>Échec de la suppression de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Deleted the old index %1.</source>
        <translation>Ancien index %1 supprimé.</translation>
    </message>
    <message>
        <source>Old indexes deleted; the migration is complete.</source>
        <translation>Anciens index supprimés&#xa0;; la migration est terminée.</translation>
    </message>
    <message>
        <source>Rethrottling %1 failed: %2</source>
        <translation>Échec de la modification de la limitation de débit de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Bulk copy paused.</source>
        <translation>Copie en masse suspendue.</translation>
    </message>
    <message>
        <source>Bulk copy unthrottled.</source>
        <translation>Copie en masse sans limitation de débit.</translation>
    </message>
    <message>
        <source>Bulk copy throttled to %1 documents/s.</source>
        <translation>Copie en masse limitée à %1 documents/s.</translation>
    </message>
    <message>
        <source>No bulk task is running; the rate applies when one starts.</source>
        <translation>Aucune tâche de copie en masse n’est en cours&#xa0;; le débit s’appliquera au démarrage de la prochaine.</translation>
    </message>
    <message>
        <source>The destination is ready and carries the aliases. Point the application at %1 (for Invenio: SEARCH_HOSTS / OPENSEARCH_HOSTS = [{&quot;host&quot;: &quot;%2&quot;, &quot;port&quot;: %3}]); keep `index run` syncing until it uses the destination, then stop it and confirm with `index rollover --confirm`.</source>
        <translation>La destination est prête et porte les alias. Faites pointer l’application vers %1 (pour Invenio&#xa0;: SEARCH_HOSTS / OPENSEARCH_HOSTS = [{&quot;host&quot;: &quot;%2&quot;, &quot;port&quot;: %3}])&#xa0;; laissez `index run` synchroniser jusqu’à ce qu’elle utilise la destination, puis arrêtez-le et confirmez avec `index rollover --confirm`.</translation>
    </message>
</context>
<context>
    <name>Godwit::IndexMigrator::Private</name>
    <message>
        <source>Source cluster “%1”: %2</source>
        <translation>Cluster source «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Destination cluster “%1”: %2</source>
        <translation>Cluster de destination «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not supported: index migrations cover Elasticsearch 6–8 and OpenSearch 1–3.</source>
        <translation>%1 n’est pas pris en charge&#xa0;: les migrations d’index couvrent Elasticsearch 6–8 et OpenSearch 1–3.</translation>
    </message>
    <message>
        <source>Cannot create the state index %1: %2</source>
        <translation>Impossible de créer l’index d’état %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The state of “%1” was changed by another Godwit instance meanwhile; nothing was overwritten. Run `index status` to see who drives it.</source>
        <translation>L’état de «&#xa0;%1&#xa0;» a été modifié entre-temps par une autre instance de Godwit&#xa0;; rien n’a été écrasé. Exécutez `index status` pour voir qui la pilote.</translation>
    </message>
    <message>
        <source>Cannot save the migration state: %1</source>
        <translation>Impossible d’enregistrer l’état de la migration&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (process %2, last seen %3 s ago)</source>
        <translation>%1 (processus %2, vu pour la dernière fois il y a %3 s)</translation>
    </message>
    <message>
        <source>“%1” is being driven by another Godwit on %2; stop it there first.</source>
        <translation>«&#xa0;%1&#xa0;» est pilotée par une autre instance de Godwit sur %2&#xa0;; arrêtez-la d’abord là-bas.</translation>
    </message>
    <message>
        <source>Taken over from an owner that is gone.</source>
        <translation>Reprise à un propriétaire qui a disparu.</translation>
    </message>
    <message>
        <source>The recipe “%1” was edited since init: its jobs, connections or prefix differ from what was initialised. Restore it, or cancel the migration and init again. Nothing was changed.</source>
        <translation>La recette «&#xa0;%1&#xa0;» a été modifiée depuis l’initialisation&#xa0;: ses tâches, ses connexions ou son préfixe diffèrent de ce qui a été initialisé. Restaurez-la, ou annulez la migration et initialisez-la de nouveau. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Cannot change the settings of %1: %2</source>
        <translation>Impossible de modifier les paramètres de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unknown index or alias “%1” on %2.</source>
        <translation>Index ou alias «&#xa0;%1&#xa0;» inconnu sur %2.</translation>
    </message>
    <message>
        <source>Cannot read the destination&apos;s node settings to check %1 (%2).</source>
        <translation>Impossible de lire les paramètres des nœuds de la destination pour vérifier %1 (%2).</translation>
    </message>
    <message>
        <source>The source %1 is not in the destination&apos;s %2: add it to the destination nodes&apos; configuration and restart them, or use the client method.</source>
        <translation>La source %1 ne figure pas dans le %2 de la destination&#xa0;: ajoutez-la à la configuration des nœuds de la destination et redémarrez-les, ou utilisez la méthode client.</translation>
    </message>
    <message>
        <source>%1 (add the source to the destination&apos;s %2, or use the client method)</source>
        <translation>%1 (ajoutez la source au %2 de la destination, ou utilisez la méthode client)</translation>
    </message>
    <message>
        <source>Starting the reindex of %1 into %2 failed: %3</source>
        <translation>Échec du lancement de la réindexation de %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 → %2: reindex task %3 started</source>
        <translation>%1 → %2&#xa0;: tâche de réindexation %3 lancée</translation>
    </message>
    <message>
        <source>%1 is not available yet (cluster health red).</source>
        <translation>%1 n’est pas encore disponible (santé du cluster&#xa0;: rouge).</translation>
    </message>
    <message>
        <source>Waiting for the cluster: %1</source>
        <translation>En attente du cluster&#xa0;: %1</translation>
    </message>
    <message>
        <source>The destination cluster has not answered for 5 minutes: %1</source>
        <translation>Le cluster de destination ne répond plus depuis 5 minutes&#xa0;: %1</translation>
    </message>
    <message>
        <source>The cluster answers again.</source>
        <translation>Le cluster répond de nouveau.</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>The migration was canceled; the reindex task %1 stopped.</source>
        <translation>La migration a été annulée&#xa0;; la tâche de réindexation %1 a été arrêtée.</translation>
    </message>
    <message>
        <source>The reindex of %1 failed: %2</source>
        <translation>La réindexation de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>document %1: %2</source>
        <translation>document %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The reindex of %1 into %2 rejected %3 documents: %4</source>
        <translation>La réindexation de %1 dans %2 a rejeté %3 documents&#xa0;: %4</translation>
    </message>
    <message>
        <source>Bulk copy %1 → %2: %3 of %4</source>
        <translation>Copie en masse %1 → %2&#xa0;: %3 sur %4</translation>
    </message>
    <message>
        <source>Bulk copy of %1 into %2 started (%3).</source>
        <translation>Copie en masse de %1 dans %2 lancée (%3).</translation>
    </message>
    <message>
        <source>Copying %1 → %2</source>
        <translation>Copie %1 → %2</translation>
    </message>
    <message>
        <source>%1 rejected %2 documents: %3</source>
        <translation>%1 a rejeté %2 documents&#xa0;: %3</translation>
    </message>
    <message>
        <source>The reindex task of %1 was lost five times.</source>
        <translation>La tâche de réindexation de %1 a été perdue cinq fois.</translation>
    </message>
    <message>
        <source>The reindex task %1 is gone (a node restarted?); starting the bulk copy of %2 again. Versions are kept, so nothing copied is overwritten with an older copy.</source>
        <translation>La tâche de réindexation %1 a disparu (un nœud a-t-il redémarré&#xa0;?)&#xa0;; relance de la copie en masse de %2. Les versions sont conservées&#xa0;: rien de ce qui a été copié n’est écrasé par une copie plus ancienne.</translation>
    </message>
    <message>
        <source>Task %1 of %2 was lost; started again.</source>
        <translation>La tâche %1 de %2 a été perdue&#xa0;; relancée.</translation>
    </message>
    <message>
        <source>%1 → %2: bulk copy done (%3 created, %4 conflicts).</source>
        <translation>%1 → %2&#xa0;: copie en masse terminée (%3 créés, %4 conflits).</translation>
    </message>
    <message>
        <source>%1 → %2: %3 changed, %4 deleted (%5 ms)</source>
        <translation>%1 → %2&#xa0;: %3 modifiés, %4 supprimés (%5 ms)</translation>
    </message>
    <message>
        <source>“%1” is not initialised on %2 (run `index init` first).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas initialisée sur %2 (exécutez d’abord `index init`).</translation>
    </message>
    <message>
        <source>No alias points at the indexes to swap: clients reach them by name. Put an alias in front of them first (rollover swaps aliases atomically).</source>
        <translation>Aucun alias ne pointe vers les index à permuter&#xa0;: les clients y accèdent par leur nom. Placez d’abord un alias devant eux (la bascule permute les alias de façon atomique).</translation>
    </message>
    <message>
        <source>The alias swap was refused, nothing changed: %1</source>
        <translation>La permutation des alias a été refusée, rien n’a changé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Aliases swapped in one call (%1 actions).</source>
        <translation>Alias permutés en un seul appel (%1 actions).</translation>
    </message>
    <message>
        <source>Creating the aliases on the destination failed: %1</source>
        <translation>Échec de la création des alias sur la destination&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Godwit::IniFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1:%2: section “%3” appears twice</source>
        <translation>%1:%2&#xa0;: la section «&#xa0;%3&#xa0;» apparaît deux fois</translation>
    </message>
    <message>
        <source>%1:%2: a value before the first [section]</source>
        <translation>%1:%2&#xa0;: une valeur avant la première [section]</translation>
    </message>
    <message>
        <source>%1:%2: cannot read “%3” (expected key = value)</source>
        <translation>%1:%2&#xa0;: impossible de lire «&#xa0;%3&#xa0;» (format attendu&#xa0;: key = value)</translation>
    </message>
    <message>
        <source>option “%1” is set twice in [%2]; Python&apos;s configparser refuses such a file</source>
        <translation>l’option «&#xa0;%1&#xa0;» est définie deux fois dans [%2]&#xa0;; le configparser de Python refuse un tel fichier</translation>
    </message>
    <message>
        <source>no option “%1” in [%2]</source>
        <translation>aucune option «&#xa0;%1&#xa0;» dans [%2]</translation>
    </message>
    <message>
        <source>option “%1” in [%2]: interpolation nested too deeply</source>
        <translation>option «&#xa0;%1&#xa0;» dans [%2]&#xa0;: interpolation imbriquée trop profondément</translation>
    </message>
    <message>
        <source>option “%1” in [%2]: bad interpolation “%3”</source>
        <translation>option «&#xa0;%1&#xa0;» dans [%2]&#xa0;: interpolation «&#xa0;%3&#xa0;» incorrecte</translation>
    </message>
    <message>
        <source>option “%1” in [%2] refers to %(%3)s, which is not set (write %% for a percent sign)</source>
        <translation>l’option «&#xa0;%1&#xa0;» dans [%2] fait référence à %(%3)s, qui n’est pas défini (écrivez %% pour un signe pourcentage)</translation>
    </message>
    <message>
        <source>option “%1” in [%2]: &apos;%&apos; must be followed by &apos;%&apos; or &apos;(&apos; (write %% for a percent sign)</source>
        <translation>option «&#xa0;%1&#xa0;» dans [%2]&#xa0;: &apos;%&apos; doit être suivi de &apos;%&apos; ou de &apos;(&apos; (écrivez %% pour un signe pourcentage)</translation>
    </message>
</context>
<context>
    <name>Godwit::InitPlan</name>
    <message>
        <source>Source: %1; destination: %2
</source>
        <translation>Source&#xa0;: %1&#xa0;; destination&#xa0;: %2
</translation>
    </message>
    <message>
        <source> (write)</source>
        <translation> (écriture)</translation>
    </message>
    <message>
        <source>  %1 (%2 documents) → %3 by %4; aliases: %5
</source>
        <translation>  %1 (%2 documents) → %3 par %4&#xa0;; alias&#xa0;: %5
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>    mappings: unchanged
</source>
        <translation>    mappings&#xa0;: inchangés
</translation>
    </message>
    <message>
        <source>  template %1 is copied
</source>
        <translation>  le modèle d’index %1 est copié
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>avertissement&#xa0;: %1
</translation>
    </message>
    <message>
        <source>problem: %1
</source>
        <translation>problème&#xa0;: %1
</translation>
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
        <translation>Échec&#xa0;: %1</translation>
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
        <translation>Espace de travail&#xa0;: %1</translation>
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
    <name>Godwit::NewRevisionDialog</name>
    <message>
        <source>Start a new branch (--head base)</source>
        <translation>Commencer une nouvelle branche (--head base)</translation>
    </message>
    <message>
        <source>Allow a parent that is not a head (--splice)</source>
        <translation>Autoriser un parent qui n’est pas une tête (--splice)</translation>
    </message>
    <message>
        <source>Merge revisions</source>
        <translation>Fusionner des révisions</translation>
    </message>
    <message>
        <source>New revision</source>
        <translation>Nouvelle révision</translation>
    </message>
    <message>
        <source>merge heads</source>
        <translation>fusion des têtes</translation>
    </message>
    <message>
        <source>add a column to …</source>
        <translation>ajouter une colonne à …</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message&#xa0;:</translation>
    </message>
    <message>
        <source>Revisions or identifiers (head, label@head, an id), separated by spaces</source>
        <translation>Révisions ou identifiants (head, label@head, un identifiant), séparés par des espaces</translation>
    </message>
    <message>
        <source>&amp;Revisions to merge:</source>
        <translation>&amp;Révisions à fusionner&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Parent (--head):</source>
        <translation>&amp;Parent (--head)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Branch label:</source>
        <translation>Libellé de &amp;branche&#xa0;:</translation>
    </message>
    <message>
        <source>(the default location)</source>
        <translation>(l’emplacement par défaut)</translation>
    </message>
    <message>
        <source>&amp;Version path:</source>
        <translation>&amp;Emplacement des versions&#xa0;:</translation>
    </message>
    <message>
        <source>revisions or branch labels</source>
        <translation>révisions ou libellés de branche</translation>
    </message>
    <message>
        <source>&amp;Depends on:</source>
        <translation>&amp;Dépend de&#xa0;:</translation>
    </message>
    <message>
        <source>random, as Alembic</source>
        <translation>aléatoire, comme Alembic</translation>
    </message>
    <message>
        <source>Revision &amp;id:</source>
        <translation>&amp;Identifiant de révision&#xa0;:</translation>
    </message>
    <message>
        <source>Create &amp;merge</source>
        <translation>Créer la &amp;fusion</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Script to be written:</source>
        <translation>Script qui sera écrit&#xa0;:</translation>
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
        <translation>Aucun trousseau système n’est disponible&#xa0;: le mot de passe est conservé en mémoire jusqu’à la fermeture de Godwit.</translation>
    </message>
</context>
<context>
    <name>Godwit::PreferencesDialog</name>
    <message>
        <source>System keychain available: saved passwords are stored there.</source>
        <translation>Trousseau système disponible&#xa0;: les mots de passe enregistrés y sont stockés.</translation>
    </message>
    <message>
        <source>No keychain available: passwords are asked for and kept in memory only.</source>
        <translation>Aucun trousseau disponible&#xa0;: les mots de passe sont demandés et conservés uniquement en mémoire.</translation>
    </message>
</context>
<context>
    <name>Godwit::Python::Lexer</name>
    <message>
        <source>unexpected end of file after a line continuation</source>
        <translation>fin de fichier inattendue après une continuation de ligne</translation>
    </message>
    <message>
        <source>unexpected character after line continuation character</source>
        <translation>caractère inattendu après le caractère de continuation de ligne</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was never closed</source>
        <translation>&apos;%1&apos; n’a jamais été fermé</translation>
    </message>
    <message>
        <source>invalid character &apos;%1&apos; (U+%2)</source>
        <translation>caractère &apos;%1&apos; invalide (U+%2)</translation>
    </message>
    <message>
        <source>unmatched &apos;%1&apos;</source>
        <translation>&apos;%1&apos; sans correspondance</translation>
    </message>
    <message>
        <source>closing parenthesis &apos;%1&apos; does not match opening parenthesis &apos;%2&apos;</source>
        <translation>la parenthèse fermante &apos;%1&apos; ne correspond pas à la parenthèse ouvrante &apos;%2&apos;</translation>
    </message>
    <message>
        <source>closing parenthesis &apos;%1&apos; does not match opening parenthesis &apos;%2&apos; on line %3</source>
        <translation>la parenthèse fermante &apos;%1&apos; ne correspond pas à la parenthèse ouvrante &apos;%2&apos; de la ligne %3</translation>
    </message>
    <message>
        <source>unterminated triple-quoted string literal (detected at line %1)</source>
        <translation>littéral de chaîne entre triples guillemets non terminé (détecté à la ligne %1)</translation>
    </message>
    <message>
        <source>unterminated string literal (detected at line %1)</source>
        <translation>littéral de chaîne non terminé (détecté à la ligne %1)</translation>
    </message>
    <message>
        <source>truncated \xXX escape</source>
        <translation>séquence d’échappement \xXX tronquée</translation>
    </message>
    <message>
        <source>truncated \%1 escape</source>
        <translation>séquence d’échappement \%1 tronquée</translation>
    </message>
</context>
<context>
    <name>Godwit::Recipe</name>
    <message>
        <source>The recipe has no name.</source>
        <translation>La recette n’a pas de nom.</translation>
    </message>
    <message>
        <source>The recipe names no source connection.</source>
        <translation>La recette n’indique aucune connexion source.</translation>
    </message>
    <message>
        <source>The recipe has no jobs.</source>
        <translation>La recette n’a aucune tâche.</translation>
    </message>
    <message>
        <source>The prefix “%1” is not a valid index name start (lower case, no spaces or \/*?&quot;&lt;&gt;|,#:).</source>
        <translation>Le préfixe «&#xa0;%1&#xa0;» n’est pas un début de nom d’index valide (minuscules, sans espaces ni \/*?&quot;&lt;&gt;|,#:).</translation>
    </message>
    <message>
        <source>Job %1 (%2)</source>
        <translation>Tâche %1 (%2)</translation>
    </message>
    <message>
        <source>no source</source>
        <translation>aucune source</translation>
    </message>
    <message>
        <source>%1: no source index or alias.</source>
        <translation>%1&#xa0;: aucun index ou alias source.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a valid index, alias or pattern.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un index, un alias ou un motif valide.</translation>
    </message>
    <message>
        <source>%1: no destination name.</source>
        <translation>%1&#xa0;: aucun nom de destination.</translation>
    </message>
    <message>
        <source>%1: the destination “%2” is not a valid index name template.</source>
        <translation>%1&#xa0;: la destination «&#xa0;%2&#xa0;» n’est pas un modèle de nom d’index valide.</translation>
    </message>
    <message>
        <source>%1: the destination is the source itself.</source>
        <translation>%1&#xa0;: la destination est la source elle-même.</translation>
    </message>
    <message>
        <source>%1: a pattern needs {index} in the destination, or every match would go to one index.</source>
        <translation>%1&#xa0;: un motif nécessite {index} dans la destination, sinon toutes les correspondances iraient dans un seul index.</translation>
    </message>
    <message>
        <source>%1: slices must be between 0 (auto) and 64.</source>
        <translation>%1&#xa0;: le nombre de slices doit être compris entre 0 (auto) et 64.</translation>
    </message>
    <message>
        <source>%1: requests per second must be positive, or -1 for no throttling.</source>
        <translation>%1&#xa0;: le nombre de requêtes par seconde doit être positif, ou -1 pour ne pas limiter le débit.</translation>
    </message>
    <message>
        <source>%1: server-side _reindex works inside one cluster; use remote-reindex or client across clusters.</source>
        <translation>%1&#xa0;: le _reindex côté serveur fonctionne au sein d’un seul cluster&#xa0;; entre deux clusters, utilisez remote-reindex ou client.</translation>
    </message>
    <message>
        <source>%1: remote-reindex needs a destination connection other than the source.</source>
        <translation>%1&#xa0;: remote-reindex nécessite une connexion de destination différente de la source.</translation>
    </message>
    <message>
        <source>%1: a painless script runs in the cluster; the client-side method cannot apply it.</source>
        <translation>%1&#xa0;: un script painless s’exécute dans le cluster&#xa0;; la méthode côté client ne peut pas l’appliquer.</translation>
    </message>
    <message>
        <source>%1: sync is on but names no timestamp field.</source>
        <translation>%1&#xa0;: la synchronisation est activée mais n’indique aucun champ d’horodatage.</translation>
    </message>
    <message>
        <source>%1: the sync interval must be at least 0.1 s.</source>
        <translation>%1&#xa0;: l’intervalle de synchronisation doit être d’au moins 0,1 s.</translation>
    </message>
    <message>
        <source>%1: the sync margin must be ≥ 0 and the rollover threshold &gt; 0.</source>
        <translation>%1&#xa0;: la marge de synchronisation doit être ≥ 0 et le seuil de bascule &gt; 0.</translation>
    </message>
    <message>
        <source>%1: give the mappings inline or as a file, not both.</source>
        <translation>%1&#xa0;: indiquez les mappings directement ou dans un fichier, pas les deux.</translation>
    </message>
    <message>
        <source>Two jobs write to the same destination template.</source>
        <translation>Deux tâches écrivent vers le même modèle de destination.</translation>
    </message>
    <message>
        <source>Unknown recipe format “%1” (expected %2).</source>
        <translation>Format de recette «&#xa0;%1&#xa0;» inconnu (attendu&#xa0;: %2).</translation>
    </message>
    <message>
        <source>“jobs” must be a list.</source>
        <translation>«&#xa0;jobs&#xa0;» doit être une liste.</translation>
    </message>
    <message>
        <source>Every job must be an object.</source>
        <translation>Chaque tâche doit être un objet.</translation>
    </message>
    <message>
        <source>Job “%1”: unknown method “%2” (reindex, remote-reindex or client).</source>
        <translation>Tâche «&#xa0;%1&#xa0;»&#xa0;: méthode «&#xa0;%2&#xa0;» inconnue (reindex, remote-reindex ou client).</translation>
    </message>
    <message>
        <source>Cannot read the recipe %1: %2</source>
        <translation>Impossible de lire la recette %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The recipe %1 is not a JSON object: %2 at offset %3.</source>
        <translation>La recette %1 n’est pas un objet JSON&#xa0;: %2 à la position %3.</translation>
    </message>
    <message>
        <source>Job “%1”: cannot read the mappings file %2: %3</source>
        <translation>Tâche «&#xa0;%1&#xa0;»&#xa0;: impossible de lire le fichier de mappings %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Job “%1”: the mappings file %2 is not a JSON object: %3</source>
        <translation>Tâche «&#xa0;%1&#xa0;»&#xa0;: le fichier de mappings %2 n’est pas un objet JSON&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the batch size must be between 1 and 10000, or auto.</source>
        <translation>%1&#xa0;: la taille de lot doit être comprise entre 1 et 10000, ou auto.</translation>
    </message>
</context>
<context>
    <name>Godwit::RevisionCommand</name>
    <message>
        <source>unknown action “%1” (upgrade, downgrade or stamp)</source>
        <translation>action «&#xa0;%1&#xa0;» inconnue (upgrade, downgrade ou stamp)</translation>
    </message>
    <message>
        <source>give the revision to %1 to</source>
        <translation>indiquez la révision cible de %1</translation>
    </message>
    <message>
        <source>the command has an unbalanced quote: %1</source>
        <translation>la commande contient un guillemet non fermé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the command is empty</source>
        <translation>la commande est vide</translation>
    </message>
    <message>
        <source>the command needs {config}: open an alembic.ini first</source>
        <translation>la commande nécessite {config}&#xa0;: ouvrez d’abord un alembic.ini</translation>
    </message>
</context>
<context>
    <name>Godwit::RevisionDiagnosticsModel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
</context>
<context>
    <name>Godwit::RevisionGraph</name>
    <message>
        <source>revision %1 is defined twice, in %2 and in %3 (Alembic uses the one read last)</source>
        <translation>la révision %1 est définie deux fois, dans %2 et dans %3 (Alembic utilise celle lue en dernier)</translation>
    </message>
    <message>
        <source>branch name &apos;%1&apos; in revision %2 is also a revision id</source>
        <translation>le nom de branche &apos;%1&apos; de la révision %2 est aussi un identifiant de révision</translation>
    </message>
    <message>
        <source>branch name &apos;%1&apos; in revision %2 already used by revision %3</source>
        <translation>le nom de branche &apos;%1&apos; de la révision %2 est déjà utilisé par la révision %3</translation>
    </message>
    <message>
        <source>down_revision of %1 names the branch label &apos;%2&apos;; name the revision (%3)</source>
        <translation>down_revision de %1 désigne le libellé de branche &apos;%2&apos;&#xa0;; indiquez la révision (%3)</translation>
    </message>
    <message>
        <source>revision %1 referenced from %2 (down_revision) is not present</source>
        <translation>la révision %1 référencée depuis %2 (down_revision) est absente</translation>
    </message>
    <message>
        <source>revision or branch %1 referenced from %2 (depends_on) is not present</source>
        <translation>la révision ou branche %1 référencée depuis %2 (depends_on) est absente</translation>
    </message>
    <message>
        <source>dependency cycle is detected in revisions (%1)</source>
        <translation>cycle de dépendances détecté dans les révisions (%1)</translation>
    </message>
    <message>
        <source>cycle is detected in revisions (%1)</source>
        <translation>cycle détecté dans les révisions (%1)</translation>
    </message>
    <message>
        <source>branch &apos;%1&apos; has %2 heads (%3): `alembic upgrade %1@head` fails; merge them with `alembic merge %4`</source>
        <translation>la branche &apos;%1&apos; a %2 têtes (%3)&#xa0;: `alembic upgrade %1@head` échoue&#xa0;; fusionnez-les avec `alembic merge %4`</translation>
    </message>
    <message>
        <source>%1 heads carry no branch label (%2): `alembic upgrade head` fails with “Multiple head revisions are present”; merge them or label the branches</source>
        <translation>%1 têtes n’ont aucun libellé de branche (%2)&#xa0;: `alembic upgrade head` échoue avec «&#xa0;Multiple head revisions are present&#xa0;»&#xa0;; fusionnez-les ou attribuez des libellés aux branches</translation>
    </message>
    <message>
        <source>revision %1 and %2 revision(s) after it cannot be reached from any base (missing: %3)</source>
        <translation>la révision %1 et %2 révision(s) suivante(s) ne peuvent être atteintes depuis aucune base (manquant&#xa0;: %3)</translation>
    </message>
    <message>
        <source>revision %1 cannot be reached from any base (missing: %2)</source>
        <translation>la révision %1 ne peut être atteinte depuis aucune base (manquant&#xa0;: %2)</translation>
    </message>
    <message>
        <source>No such branch: &apos;%1&apos;</source>
        <translation>Branche inexistante&#xa0;: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No such revision or branch &apos;%1&apos;; please ensure at least four characters are present for partial revision identifier matches</source>
        <translation>Révision ou branche &apos;%1&apos; inexistante&#xa0;; pour une correspondance partielle d’identifiant de révision, indiquez au moins quatre caractères</translation>
    </message>
    <message>
        <source>No such revision or branch &apos;%1&apos;</source>
        <translation>Révision ou branche &apos;%1&apos; inexistante</translation>
    </message>
    <message>
        <source>Multiple revisions start with &apos;%1&apos;: %2...</source>
        <translation>Plusieurs révisions commencent par &apos;%1&apos;&#xa0;: %2...</translation>
    </message>
    <message>
        <source>Revision %1 is not a member of branch &apos;%2&apos;</source>
        <translation>La révision %1 n’appartient pas à la branche &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Multiple head revisions are present for given argument &apos;%1&apos;; please specify a specific target revision, &apos;&lt;branchname&gt;@%1&apos; to narrow to a specific head, or &apos;heads&apos; for all heads</source>
        <translation>Plusieurs révisions de tête sont présentes pour l’argument &apos;%1&apos;&#xa0;; veuillez indiquer une révision cible précise, &apos;&lt;branchname&gt;@%1&apos; pour vous limiter à une tête donnée, ou &apos;heads&apos; pour toutes les têtes</translation>
    </message>
    <message>
        <source>Cannot walk up from base</source>
        <translation>Impossible de remonter depuis la base</translation>
    </message>
    <message>
        <source>Ambiguous walk</source>
        <translation>Parcours ambigu</translation>
    </message>
    <message>
        <source>Relative revision %1 didn&apos;t produce %2 migrations</source>
        <translation>La révision relative %1 n’a pas produit %2 migrations</translation>
    </message>
    <message>
        <source>“%1” is relative to a database&apos;s current revisions</source>
        <translation>«&#xa0;%1&#xa0;» est relatif aux révisions actuelles d’une base de données</translation>
    </message>
    <message>
        <source>Multiple heads are present for given argument &apos;%1&apos;; %2</source>
        <translation>Plusieurs têtes sont présentes pour l’argument &apos;%1&apos;&#xa0;; %2</translation>
    </message>
    <message>
        <source>“%1” names no revision</source>
        <translation>«&#xa0;%1&#xa0;» ne désigne aucune révision</translation>
    </message>
    <message>
        <source>Requested revision %1 overlaps with other requested revisions %2</source>
        <translation>La révision demandée %1 chevauche d’autres révisions demandées %2</translation>
    </message>
    <message>
        <source>Ambiguous upgrade from multiple current revisions</source>
        <translation>Mise à niveau ambiguë depuis plusieurs révisions actuelles</translation>
    </message>
    <message>
        <source>Revision %1 is not an ancestor of revision %2</source>
        <translation>La révision %1 n’est pas un ancêtre de la révision %2</translation>
    </message>
    <message>
        <source>History range requires [start]:[end], [start]:, or :[end]</source>
        <translation>Une plage d’historique nécessite [start]:[end], [start]: ou :[end]</translation>
    </message>
    <message>
        <source>“current” needs a database: use `revisions current URL`</source>
        <translation>«&#xa0;current&#xa0;» nécessite une base de données&#xa0;: utilisez `revisions current URL`</translation>
    </message>
    <message>
        <source>Requested range %1:%2 does not refer to ancestor/descendant revisions along the same branch</source>
        <translation>La plage demandée %1:%2 ne désigne pas des révisions ancêtre/descendante sur une même branche</translation>
    </message>
    <message>
        <source>Can&apos;t locate revision identified by &apos;%1&apos;</source>
        <translation>Impossible de trouver la révision identifiée par &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Godwit::RevisionGraphView</name>
    <message>
        <source>Revision graph</source>
        <translation>Graphe des révisions</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Alembic revision graph, drawn by Godwit</source>
        <translation>Graphe des révisions Alembic, dessiné par Godwit</translation>
    </message>
    <message>
        <source>The graph is too large for an image of %1×%2 pixels</source>
        <translation>Le graphe est trop grand pour une image de %1×%2 pixels</translation>
    </message>
</context>
<context>
    <name>Godwit::RevisionStatus</name>
    <message>
        <source>There is no %1 table: Alembic treats the database as empty (never upgraded, or env.py names another version table).</source>
        <translation>Il n’y a pas de table %1&#xa0;: Alembic considère la base de données comme vide (jamais mise à niveau, ou env.py désigne une autre table de versions).</translation>
    </message>
    <message>
        <source>The %1 table is empty.</source>
        <translation>La table %1 est vide.</translation>
    </message>
    <message>
        <source>The database is at the heads.</source>
        <translation>La base de données est aux têtes.</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s) to apply by `alembic upgrade heads`.</source>
        <translation>
            <numerusform>%n révision à appliquer par `alembic upgrade heads`.</numerusform>
            <numerusform>%n révisions à appliquer par `alembic upgrade heads`.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Godwit::RevisionWriter</name>
    <message>
        <source>cannot use the file_template “%1”</source>
        <translation>impossible d’utiliser le file_template «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>file_template uses %(%1)s, which Alembic does not know</source>
        <translation>file_template utilise %(%1)s, qu’Alembic ne connaît pas</translation>
    </message>
    <message>
        <source>Character(s) &apos;%1&apos; not allowed in revision identifier &apos;%2&apos;</source>
        <translation>Caractère(s) &apos;%1&apos; non autorisé(s) dans l’identifiant de révision &apos;%2&apos;</translation>
    </message>
    <message>
        <source>The revision identifier &apos;%1&apos; is empty or has spaces</source>
        <translation>L’identifiant de révision &apos;%1&apos; est vide ou contient des espaces</translation>
    </message>
    <message>
        <source>Revision %1 already exists (%2)</source>
        <translation>La révision %1 existe déjà (%2)</translation>
    </message>
    <message>
        <source>%1 is already a branch label</source>
        <translation>%1 est déjà un libellé de branche</translation>
    </message>
    <message>
        <source>Multiple heads are present; please specify the head revision on which the new revision should be based, or perform a merge.</source>
        <translation>Plusieurs têtes sont présentes&#xa0;; veuillez indiquer la révision de tête sur laquelle la nouvelle révision doit se baser, ou effectuer une fusion.</translation>
    </message>
    <message>
        <source>Can&apos;t locate revision identified by &apos;%1&apos;: %2</source>
        <translation>Impossible de trouver la révision identifiée par &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>Duplicate head revisions specified</source>
        <translation>Révisions de tête indiquées en double</translation>
    </message>
    <message>
        <source>Revision %1 is not a head revision; please specify --splice to create a new branch from this revision</source>
        <translation>La révision %1 n’est pas une révision de tête&#xa0;; veuillez indiquer --splice pour créer une nouvelle branche à partir de cette révision</translation>
    </message>
    <message>
        <source>Multiple version locations present, please specify --version-path</source>
        <translation>Plusieurs emplacements de versions sont présents, veuillez indiquer --version-path</translation>
    </message>
    <message>
        <source>No version location: give one with --versions or an alembic.ini</source>
        <translation>Aucun emplacement de versions&#xa0;: indiquez-en un avec --versions ou un alembic.ini</translation>
    </message>
    <message>
        <source>Path %1 is not represented in current version locations</source>
        <translation>Le chemin %1 ne figure pas dans les emplacements de versions actuels</translation>
    </message>
    <message>
        <source>A branch label cannot be empty</source>
        <translation>Un libellé de branche ne peut pas être vide</translation>
    </message>
    <message>
        <source>Branch name &apos;%1&apos; already used by revision %2</source>
        <translation>Le nom de branche &apos;%1&apos; est déjà utilisé par la révision %2</translation>
    </message>
    <message>
        <source>Branch name &apos;%1&apos; is a revision id</source>
        <translation>Le nom de branche &apos;%1&apos; est un identifiant de révision</translation>
    </message>
    <message>
        <source>Can&apos;t locate timezone: %1</source>
        <translation>Fuseau horaire introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>get_main_option() needs a name</source>
        <translation>get_main_option() nécessite un nom</translation>
    </message>
    <message>
        <source>The script rendered from %1 cannot be read back (line %2: %3)</source>
        <translation>Le script généré à partir de %1 ne peut pas être relu (ligne %2&#xa0;: %3)</translation>
    </message>
    <message>
        <source>The script rendered from %1 does not set revision and down_revision as asked</source>
        <translation>Le script généré à partir de %1 ne définit pas revision et down_revision comme demandé</translation>
    </message>
    <message>
        <source>Version %1 specified branch_labels %2, however the migration file %3 does not have them; have you upgraded your script.py.mako to include the &apos;branch_labels&apos; section?</source>
        <translation>La version %1 indique branch_labels %2, mais le fichier de migration %3 ne les contient pas&#xa0;; avez-vous mis à jour votre script.py.mako pour y inclure la section &apos;branch_labels&apos;&#xa0;?</translation>
    </message>
    <message>
        <source>The script rendered from %1 does not set depends_on as asked (does it include the &apos;depends_on&apos; section?)</source>
        <translation>Le script généré à partir de %1 ne définit pas depends_on comme demandé (contient-il la section &apos;depends_on&apos;&#xa0;?)</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existe déjà</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Godwit::RevisionsModel</name>
    <message>
        <source>(no branch label)</source>
        <translation>(aucun libellé de branche)</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n révision</numerusform>
            <numerusform>%n révisions</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Parents</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Dépend de</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>Godwit::RevisionsPanel</name>
    <message>
        <source>Export the graph</source>
        <translation>Exporter le graphe</translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PNG image (*.png);;Graphviz DOT (*.dot)</source>
        <translation>Image SVG (*.svg);;Image PNG (*.png);;Graphviz DOT (*.dot)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Open an alembic.ini or a folder of revision scripts (%1)</source>
        <translation>Ouvrir un alembic.ini ou un dossier de scripts de révision (%1)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>New revision…</source>
        <translation>Nouvelle révision…</translation>
    </message>
    <message>
        <source>Create a revision script as `alembic revision` does (parent: the selected revision)</source>
        <translation>Créer un script de révision comme le fait `alembic revision` (parent&#xa0;: la révision sélectionnée)</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>Merge the selected revisions (or all heads) as `alembic merge` does</source>
        <translation>Fusionner les révisions sélectionnées (ou toutes les têtes) comme le fait `alembic merge`</translation>
    </message>
    <message>
        <source>Upgrade / stamp…</source>
        <translation>Mettre à niveau / marquer…</translation>
    </message>
    <message>
        <source>Run upgrade, downgrade or stamp through the application&apos;s own command, or preview its SQL</source>
        <translation>Exécuter upgrade, downgrade ou stamp avec la commande propre à l’application, ou prévisualiser le SQL correspondant</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the graph as SVG, PNG or Graphviz DOT</source>
        <translation>Enregistrer le graphe en SVG, PNG ou Graphviz DOT</translation>
    </message>
    <message>
        <source>Layered layout</source>
        <translation>Disposition en couches</translation>
    </message>
    <message>
        <source>Graphviz dot layout</source>
        <translation>Disposition Graphviz dot</translation>
    </message>
    <message>
        <source>Layered: Godwit&apos;s own layout, fast at any size. Graphviz dot: the reference drawing, slow beyond a few thousand revisions.</source>
        <translation>En couches&#xa0;: la disposition propre à Godwit, rapide quelle que soit la taille. Graphviz dot&#xa0;: le tracé de référence, lent au-delà de quelques milliers de révisions.</translation>
    </message>
    <message>
        <source>Find id or message (Enter: next)</source>
        <translation>Rechercher un identifiant ou un message (Entrée&#xa0;: suivant)</translation>
    </message>
    <message>
        <source>Heads</source>
        <translation>Têtes</translation>
    </message>
    <message>
        <source>Only heads</source>
        <translation>Seulement les têtes</translation>
    </message>
    <message>
        <source>By branch</source>
        <translation>Par branche</translation>
    </message>
    <message>
        <source>Group the list by branch label</source>
        <translation>Regrouper la liste par libellé de branche</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Bases de données</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Compare database</source>
        <translation>Comparer une base de données</translation>
    </message>
    <message>
        <source>Read a database&apos;s alembic_version and mark it on the graph</source>
        <translation>Lire la table alembic_version d’une base de données et marquer sa révision sur le graphe</translation>
    </message>
    <message>
        <source>Stop comparing the selected database</source>
        <translation>Ne plus comparer la base de données sélectionnée</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the databases&apos; version tables again</source>
        <translation>Relire les tables de versions des bases de données</translation>
    </message>
    <message>
        <source>Version table:</source>
        <translation>Table de versions&#xa0;:</translation>
    </message>
    <message>
        <source>schema (default)</source>
        <translation>schéma (par défaut)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No Alembic environment open&lt;/h3&gt;&lt;p&gt;Open an &lt;b&gt;alembic.ini&lt;/b&gt; (or a folder of revision scripts) to draw its revision graph: branches, heads, merges and &lt;i&gt;depends_on&lt;/i&gt; edges, compared with your databases.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun environnement Alembic ouvert&lt;/h3&gt;&lt;p&gt;Ouvrez un &lt;b&gt;alembic.ini&lt;/b&gt; (ou un dossier de scripts de révision) pour dessiner son graphe des révisions&#xa0;: branches, têtes, fusions et arêtes &lt;i&gt;depends_on&lt;/i&gt;, comparé à vos bases de données.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open an Alembic environment</source>
        <translation>Ouvrir un environnement Alembic</translation>
    </message>
    <message>
        <source>Alembic configuration (*.ini)</source>
        <translation>Configuration Alembic (*.ini)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>Lecture de %1 …</translation>
    </message>
    <message>
        <source>Read revisions in %1</source>
        <translation>Lire les révisions de %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Lay out %n revision(s)</source>
        <translation>
            <numerusform>Disposer %n révision</numerusform>
            <numerusform>Disposer %n révisions</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout failed: %1</source>
        <translation>Échec de la disposition&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n révision</numerusform>
            <numerusform>%n révisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n head(s)</source>
        <translation>
            <numerusform>%n tête</numerusform>
            <numerusform>%n têtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n branch label(s)</source>
        <translation>
            <numerusform>%n libellé de branche</numerusform>
            <numerusform>%n libellés de branche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>read in %1 ms, </source>
        <translation>lu en %1 ms, </translation>
    </message>
    <message>
        <source>laid out in %1 ms, drawn in %2 ms</source>
        <translation>disposé en %1 ms, dessiné en %2 ms</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>Toutes les branches</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a revision in the graph or the list. Ctrl+click selects several (to merge them).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez une révision dans le graphe ou dans la liste. Ctrl+clic en sélectionne plusieurs (pour les fusionner).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>effective head</source>
        <translation>tête effective</translation>
    </message>
    <message>
        <source>head</source>
        <translation>tête</translation>
    </message>
    <message>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <source>branch point</source>
        <translation>point de branchement</translation>
    </message>
    <message>
        <source>merge point</source>
        <translation>point de fusion</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>inaccessible</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marques</translation>
    </message>
    <message>
        <source>Branch labels</source>
        <translation>Libellés de branche</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Parents</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Dépend de</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Requise par</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source># cannot read %1</source>
        <translation># impossible de lire %1</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s) match “%1”</source>
        <translation>
            <numerusform>%n révision correspond à «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>%n révisions correspondent à «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>No database connections: add one in Connections</source>
        <translation>Aucune connexion à une base de données&#xa0;: ajoutez-en une dans Connexions</translation>
    </message>
    <message>
        <source>Read %1 of %2</source>
        <translation>Lire %1 de %2</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>lecture…</translation>
    </message>
    <message numerus="yes">
        <source>no %1 table: empty to Alembic, %n revision(s) to apply</source>
        <translation>
            <numerusform>pas de table %1&#xa0;: vide pour Alembic, %n révision à appliquer</numerusform>
            <numerusform>pas de table %1&#xa0;: vide pour Alembic, %n révisions à appliquer</numerusform>
        </translation>
    </message>
    <message>
        <source>at revisions these scripts do not contain: %1</source>
        <translation>à des révisions que ces scripts ne contiennent pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>at the heads</source>
        <translation>aux têtes</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s) to apply</source>
        <translation>
            <numerusform>%n révision à appliquer</numerusform>
            <numerusform>%n révisions à appliquer</numerusform>
        </translation>
    </message>
    <message>
        <source>current</source>
        <translation>actuelle</translation>
    </message>
    <message>
        <source>upgrade %1</source>
        <translation>mise à niveau %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>Graph saved to %1</source>
        <translation>Graphe enregistré dans %1</translation>
    </message>
    <message>
        <source>New revision</source>
        <translation>Nouvelle révision</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>merge %1</source>
        <translation>fusion de %1</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Run a migration command</source>
        <translation>Exécuter une commande de migration</translation>
    </message>
    <message>
        <source>Open the environment&apos;s alembic.ini first: the command runs in its folder.</source>
        <translation>Ouvrez d’abord l’alembic.ini de l’environnement&#xa0;: la commande s’exécute dans son dossier.</translation>
    </message>
    <message>
        <source>SQL for %1 %2</source>
        <translation>SQL pour %1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1&#xa0;: terminé</translation>
    </message>
</context>
<context>
    <name>Godwit::RunCommandDialog</name>
    <message>
        <source>Preview the SQL only (--sql, offline: the database is not changed)</source>
        <translation>Prévisualiser seulement le SQL (--sql, hors ligne&#xa0;: la base de données n’est pas modifiée)</translation>
    </message>
    <message>
        <source>Run a migration command</source>
        <translation>Exécuter une commande de migration</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Mettre à niveau</translation>
    </message>
    <message>
        <source>Downgrade</source>
        <translation>Rétrograder</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>Marquer (stamp)</translation>
    </message>
    <message>
        <source>{config}: the alembic.ini; {action}: upgrade, downgrade or stamp; {target}: the revision; {sql}: --sql for a preview. Passwords stay in the application&apos;s own configuration.</source>
        <translation>{config}&#xa0;: l’alembic.ini&#xa0;; {action}&#xa0;: upgrade, downgrade ou stamp&#xa0;; {target}&#xa0;: la révision&#xa0;; {sql}&#xa0;: --sql pour un aperçu. Les mots de passe restent dans la configuration propre à l’application.</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Cible&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>C&amp;ommande&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation>&amp;Dossier de travail&#xa0;:</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Exécute&#xa0;:</translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation>Prévu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Preview SQL</source>
        <translation>&amp;Prévisualiser le SQL</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>Only the version table changes: no migration code runs.</source>
        <translation>Seule la table de versions change&#xa0;: aucun code de migration n’est exécuté.</translation>
    </message>
    <message>
        <source>Runs the downgrade() of each revision above the target.</source>
        <translation>Exécute le downgrade() de chaque révision située au-dessus de la cible.</translation>
    </message>
    <message>
        <source>Godwit cannot predict this upgrade: %1</source>
        <translation>Godwit ne peut pas prévoir cette mise à niveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing to apply: the database is already there.</source>
        <translation>Rien à appliquer&#xa0;: la base de données y est déjà.</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s) applied, in this order: %1</source>
        <translation>
            <numerusform>%n révision appliquée, dans cet ordre&#xa0;: %1</numerusform>
            <numerusform>%n révisions appliquées, dans cet ordre&#xa0;: %1</numerusform>
        </translation>
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
        <translation>Aucune table nommée «&#xa0;%1&#xa0;».</translation>
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
        <translation>Impossible de lire le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>No keychain is available: the password is kept in memory for this session only.</source>
        <translation>Aucun trousseau n’est disponible&#xa0;: le mot de passe est conservé en mémoire pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The keychain refused the password (%1); it is kept in memory for this session only.</source>
        <translation>Le trousseau a refusé le mot de passe (%1)&#xa0;; il est conservé en mémoire pour cette session uniquement.</translation>
    </message>
</context>
<context>
    <name>Godwit::TemplateValue</name>
    <message>
        <source>%1 is not callable</source>
        <translation>%1 n’est pas appelable</translation>
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
    <message>
        <source>Demo Invenio (SQLite)</source>
        <translation>Invenio de démonstration (SQLite)</translation>
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
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Espace de travail&#xa0;:</translation>
    </message>
    <message>
        <source>Keychain:</source>
        <translation>Trousseau&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies to the whole window at once; dialogs already open keep theirs.</source>
        <translation>Une nouvelle langue s’applique immédiatement à toute la fenêtre&#xa0;; les boîtes de dialogue déjà ouvertes conservent la leur.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Canceled by the user.</source>
        <translation>Annulé par l’utilisateur.</translation>
    </message>
    <message>
        <source>eff. head</source>
        <translation>tête eff.</translation>
    </message>
    <message>
        <source>head</source>
        <translation>tête</translation>
    </message>
    <message>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>branchement</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>fusion</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n revision(s)</source>
        <translation>
            <numerusform>Disposition de %n révision</numerusform>
            <numerusform>Disposition de %n révisions</numerusform>
        </translation>
    </message>
    <message>
        <source>Save SQL</source>
        <translation>Enregistrer le SQL</translation>
    </message>
    <message>
        <source>SQL (*.sql)</source>
        <translation>SQL (*.sql)</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n objet</numerusform>
            <numerusform>%n objets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rows of %n table(s)</source>
        <translation>
            <numerusform>%1 lignes de %n table</numerusform>
            <numerusform>%1 lignes de %n tables</numerusform>
        </translation>
    </message>
</context>
</TS>
